package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

type counts struct{ lines, words, bytes, chars int }

func wc(r io.Reader) (counts, error) {
	var c counts
	br := bufio.NewReader(r)
	inWord := false
	for {
		ru, size, err := br.ReadRune()
		if err == io.EOF {
			return c, nil
		}
		if err != nil {
			return c, err
		}
		c.bytes += size
		c.chars++
		if ru == '\n' {
			c.lines++
		}
		if ru == ' ' || ru == '\n' || ru == '\t' {
			inWord = false
		} else if !inWord {
			inWord = true
			c.words++
		}
	}
}

func main() {
	text := "The Go gopher 🐹\nlikes  notebooks\n\nand cells\n"
	c, err := wc(strings.NewReader(text))
	fmt.Printf("%7d %7d %7d %7d %v\n", c.lines, c.words, c.bytes, c.chars, err)
	fmt.Println(utf8.RuneCountInString(text))
}
