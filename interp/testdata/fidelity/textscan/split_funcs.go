// bufio.Scanner with the built-in split functions and custom ones:
// comma-separated values, blank-line separated records, and a wrapper
// that counts tokens.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func scanCommas(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i]), nil
	}
	if atEOF && len(data) > 0 {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

// scanRecords splits on blank lines (paragraphs).
func scanRecords(data []byte, atEOF bool) (int, []byte, error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.Index(data, []byte("\n\n")); i >= 0 {
		return i + 2, data[:i], nil
	}
	if atEOF {
		return len(data), bytes.TrimRight(data, "\n"), nil
	}
	return 0, nil, nil
}

func countingSplit(inner bufio.SplitFunc, n *int) bufio.SplitFunc {
	return func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := inner(data, atEOF)
		if tok != nil {
			*n++
		}
		return adv, tok, err
	}
}

const records = `name: Ada
lang: Go

name: Linus
lang: C
editor: none

name: Rob`

func main() {
	sc := bufio.NewScanner(strings.NewReader("one two  three\nfour\tfive"))
	sc.Split(bufio.ScanWords)
	var words []string
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	fmt.Println(len(words), words)

	sc = bufio.NewScanner(strings.NewReader("héllo"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()

	sc = bufio.NewScanner(strings.NewReader("a\r\nb\n\nc"))
	for i := 1; sc.Scan(); i++ {
		fmt.Printf("%d:%q ", i, sc.Text())
	}
	fmt.Println()

	n := 0
	sc = bufio.NewScanner(strings.NewReader("red, green ,blue,, yellow "))
	sc.Split(countingSplit(scanCommas, &n))
	for sc.Scan() {
		fmt.Printf("[%s]", sc.Bytes())
	}
	fmt.Println(" tokens:", n)

	sc = bufio.NewScanner(strings.NewReader(records))
	sc.Split(scanRecords)
	for sc.Scan() {
		fields := map[string]string{}
		for _, line := range strings.Split(sc.Text(), "\n") {
			k, v, _ := strings.Cut(line, ": ")
			fields[k] = v
		}
		fmt.Printf("%-6s %-5q %d fields\n", fields["name"], fields["lang"], len(fields))
	}

	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort"))
	sc.Buffer(make([]byte, 16), 32)
	for sc.Scan() {
		fmt.Println("line", sc.Text())
	}
	fmt.Println("err:", sc.Err(), sc.Err() == bufio.ErrTooLong)

	sc = bufio.NewScanner(strings.NewReader("1 2 x 4"))
	sc.Split(bufio.ScanWords)
	sum := 0
	for sc.Scan() {
		var v int
		if _, err := fmt.Sscan(sc.Text(), &v); err != nil {
			fmt.Println("skip:", err)
			continue
		}
		sum += v
	}
	fmt.Println("sum", sum)
}
