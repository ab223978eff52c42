package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

const poem = `Two roads diverged in a yellow wood,
And sorry I could not travel both
And be one traveler, long I stood
And looked down one as far as I could

To where it bent in the undergrowth;`

func main() {
	n := 0
	for line := range strings.Lines(poem) {
		n++
		fmt.Printf("%2d %q\n", n, line)
	}

	totalWords := 0
	for line := range strings.Lines(poem) {
		for w := range strings.FieldsSeq(line) {
			totalWords++
			if strings.HasPrefix(w, "And") {
				fmt.Print("[", w, "]")
			}
		}
	}
	fmt.Println("\nwords:", totalWords)

	csv := "name,age,,city"
	for i, part := range enumerate(strings.SplitSeq(csv, ",")) {
		fmt.Printf("%d=%q ", i, part)
	}
	fmt.Println()

	for part := range strings.SplitAfterSeq("a.b.c", ".") {
		fmt.Print(part, "|")
	}
	fmt.Println()

	punct := 0
	for w := range strings.FieldsFuncSeq("hello, world; this-is go!", func(r rune) bool {
		if unicode.IsPunct(r) {
			punct++
		}
		return !unicode.IsLetter(r)
	}) {
		fmt.Print(strings.ToTitle(w[:1])+w[1:], " ")
	}
	fmt.Println("punct:", punct)

	data := []byte("k1=v1\nk2=v2\n\nk3=v3")
	for line := range bytes.Lines(data) {
		k, v, ok := bytes.Cut(bytes.TrimSpace(line), []byte("="))
		fmt.Printf("%s -> %s (%v)\n", k, v, ok)
	}
	for f := range bytes.FieldsSeq([]byte("  x  y z ")) {
		fmt.Printf("%s;", f)
	}
	fmt.Println()

	before, after, found := strings.Cut("user@example.com", "@")
	fmt.Println(before, after, found)
	s, ok := strings.CutPrefix("v1.2.3", "v")
	fmt.Println(s, ok)
	s, ok = strings.CutSuffix("main.go", ".rs")
	fmt.Println(s, ok)
}

func enumerate(seq func(func(string) bool)) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		i := 0
		for s := range seq {
			if !yield(i, s) {
				return
			}
			i++
		}
	}
}
