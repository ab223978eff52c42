package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

// splitCSVish splits on commas outside double quotes.
func splitCSVish(data []byte, atEOF bool) (int, []byte, error) {
	inQuote := false
	for i, b := range data {
		switch {
		case b == '"':
			inQuote = !inQuote
		case b == ',' && !inQuote:
			return i + 1, bytes.TrimSpace(data[:i]), nil
		}
	}
	if atEOF && len(data) > 0 {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

func sentences(data []byte, atEOF bool) (int, []byte, error) {
	for i := 0; i < len(data); i++ {
		if data[i] == '.' || data[i] == '!' || data[i] == '?' {
			j := i + 1
			for j < len(data) && data[j] == ' ' {
				j++
			}
			return j, data[:i+1], nil
		}
	}
	if atEOF && len(bytes.TrimSpace(data)) > 0 {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(`alpha, "beta, gamma", delta ,"x"`))
	sc.Split(splitCSVish)
	for sc.Scan() {
		fmt.Printf("[%s] ", sc.Text())
	}
	fmt.Println(sc.Err())

	text := "Go is fun. Is it? Yes! trailing words"
	sc = bufio.NewScanner(strings.NewReader(text))
	sc.Split(sentences)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q\n", n, sc.Text())
	}

	sc = bufio.NewScanner(strings.NewReader("héllo wörld\nsecond line"))
	sc.Split(bufio.ScanRunes)
	upper := 0
	runes := 0
	for sc.Scan() {
		runes++
		if r := []rune(sc.Text())[0]; unicode.IsLetter(r) && r > 127 {
			upper++
		}
	}
	fmt.Println("runes:", runes, "non-ascii letters:", upper)

	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100)))
	sc.Buffer(make([]byte, 10), 20)
	for sc.Scan() {
	}
	fmt.Println("err:", sc.Err())
	words := bufio.NewScanner(strings.NewReader("  one two\tthree\n\nfour  "))
	words.Split(bufio.ScanWords)
	var ws []string
	for words.Scan() {
		ws = append(ws, words.Text())
	}
	fmt.Println(ws, len(ws))
	r := bufio.NewReader(strings.NewReader("key=value\nnext"))
	k, _ := r.ReadString('=')
	rest, err := r.ReadString('\n')
	last, err2 := r.ReadString('\n')
	fmt.Printf("%q %q %v %q %v\n", k, rest, err, last, err2)
}
