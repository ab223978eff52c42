package main

import (
	"fmt"
	"regexp"
	"strings"
)

var input = `# Getting Started
Intro text.
## Install & Setup
### On Linux
### On macOS (Apple Silicon)
## Usage
### CLI flags
### Config file: gopad.toml
## FAQ
## Usage
# Appendix`

type Entry struct {
	Level int
	Title string
	Slug  string
	Kids  []*Entry
}

var nonSlug = regexp.MustCompile(`[^a-z0-9 -]+`)

func slugify(s string, seen map[string]int) string {
	base := strings.ToLower(s)
	base = nonSlug.ReplaceAllString(base, "")
	base = strings.Join(strings.Fields(base), "-")
	n := seen[base]
	seen[base]++
	if n > 0 {
		return fmt.Sprintf("%s-%d", base, n)
	}
	return base
}

func build(lines []string) []*Entry {
	seen := map[string]int{}
	root := &Entry{Level: 0}
	stack := []*Entry{root}
	for _, l := range lines {
		if !strings.HasPrefix(l, "#") {
			continue
		}
		lvl := strings.IndexFunc(l, func(r rune) bool { return r != '#' })
		title := strings.TrimSpace(l[lvl:])
		e := &Entry{Level: lvl, Title: title, Slug: slugify(title, seen)}
		for stack[len(stack)-1].Level >= lvl {
			stack = stack[:len(stack)-1]
		}
		parent := stack[len(stack)-1]
		parent.Kids = append(parent.Kids, e)
		stack = append(stack, e)
	}
	return root.Kids
}

func (e *Entry) String() string {
	return fmt.Sprintf("[%s](#%s)", e.Title, e.Slug)
}

func walk(es []*Entry, prefix string, out *[]string) {
	for i, e := range es {
		num := fmt.Sprintf("%s%d.", prefix, i+1)
		*out = append(*out, fmt.Sprintf("%s%s %v", strings.Repeat("   ", e.Level-1), num, e))
		walk(e.Kids, num, out)
	}
}

func count(es []*Entry) (n, depth int) {
	for _, e := range es {
		c, d := count(e.Kids)
		n += 1 + c
		depth = max(depth, d+1)
	}
	return
}

func main() {
	toc := build(strings.Split(input, "\n"))
	var out []string
	walk(toc, "", &out)
	fmt.Println(strings.Join(out, "\n"))
	n, d := count(toc)
	fmt.Printf("%d entries, depth %d\n", n, d)
	fmt.Println(toc[0].Kids[0])
	fmt.Printf("%v\n", toc[0].Kids[1].Kids)
}
