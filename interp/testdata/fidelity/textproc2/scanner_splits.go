package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

// commaSplit splits on commas, trimming spaces.
func commaSplit(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i]), nil
	}
	if atEOF && len(data) > 0 {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

func sentenceSplit(data []byte, atEOF bool) (int, []byte, error) {
	for i, b := range data {
		if b == '.' || b == '!' || b == '?' {
			return i + 1, bytes.TrimSpace(data[:i+1]), nil
		}
	}
	if atEOF && len(bytes.TrimSpace(data)) > 0 {
		return len(data), bytes.TrimSpace(data), nil
	}
	if atEOF {
		return len(data), nil, nil
	}
	return 0, nil, nil
}

func main() {
	text := `The quick brown fox
jumps over the lazy dog.

Go is expressive, concise, clean, and efficient.`

	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("line %d: %q\n", n, sc.Text())
	}

	sc = bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	words := 0
	longest := ""
	for sc.Scan() {
		words++
		w := strings.TrimFunc(sc.Text(), unicode.IsPunct)
		if len(w) > len(longest) {
			longest = w
		}
	}
	fmt.Println("words:", words, "longest:", longest)

	sc = bufio.NewScanner(strings.NewReader("héllo, 世界"))
	sc.Split(bufio.ScanRunes)
	var runes []string
	for sc.Scan() {
		runes = append(runes, sc.Text())
	}
	fmt.Println("runes:", len(runes), strings.Join(runes, "|"))

	sc = bufio.NewScanner(strings.NewReader("apple, banana ,cherry,  date ,elderberry"))
	sc.Split(commaSplit)
	for sc.Scan() {
		fmt.Printf("[%s] ", sc.Text())
	}
	fmt.Println()

	sc = bufio.NewScanner(strings.NewReader("Hi there! How are you? I am fine. Thanks"))
	sc.Split(sentenceSplit)
	for i := 1; sc.Scan(); i++ {
		fmt.Printf("sentence %d: %s\n", i, sc.Text())
	}

	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100)))
	sc.Buffer(make([]byte, 10), 20)
	for sc.Scan() {
		fmt.Println("never")
	}
	fmt.Println("err:", sc.Err())
}
