package main

import (
	"bufio"
	"fmt"
	"strings"
)

const source = `package demo

// Add adds.
func Add(a, b int) int {
	return a + b // simple
}

/* block
comment */
func Sub(a, b int) int {

	return a - b
}
`

type Counts struct {
	Total, Blank, Comment, Code int
}

func count(src string) Counts {
	var c Counts
	inBlock := false
	sc := bufio.NewScanner(strings.NewReader(src))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		c.Total++
		switch {
		case inBlock:
			c.Comment++
			if strings.Contains(line, "*/") {
				inBlock = false
			}
		case line == "":
			c.Blank++
		case strings.HasPrefix(line, "//"):
			c.Comment++
		case strings.HasPrefix(line, "/*"):
			c.Comment++
			inBlock = !strings.Contains(line, "*/")
		default:
			c.Code++
		}
	}
	return c
}

func main() {
	c := count(source)
	fmt.Printf("%+v\n", c)

	pct := func(n int) string { return fmt.Sprintf("%5.1f%%", 100*float64(n)/float64(c.Total)) }
	fmt.Println("code   ", pct(c.Code))
	fmt.Println("comment", pct(c.Comment))
	fmt.Println("blank  ", pct(c.Blank))

	words := bufio.NewScanner(strings.NewReader(source))
	words.Split(bufio.ScanWords)
	n := 0
	for words.Scan() {
		n++
	}
	fmt.Println("words:", n)
}
