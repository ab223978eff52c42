package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("one two  three\nfour\tfive"))
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		n++
		fmt.Print(sc.Text(), ",")
	}
	fmt.Println(n)

	rs := bufio.NewScanner(strings.NewReader("héj"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("%q ", rs.Text())
	}
	fmt.Println()

	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100)))
	long.Buffer(make([]byte, 10), 20)
	for long.Scan() {
	}
	fmt.Println(long.Err())

	csvish := bufio.NewScanner(strings.NewReader("a;b;;c"))
	csvish.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i, b := range data {
			if b == ';' {
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for csvish.Scan() {
		fmt.Printf("[%s]", csvish.Text())
	}
	fmt.Println()
}
