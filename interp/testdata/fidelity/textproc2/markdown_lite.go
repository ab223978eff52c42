package main

import (
	"bufio"
	"fmt"
	"regexp"
	"strings"
)

var (
	boldRe   = regexp.MustCompile(`\*\*(.+?)\*\*`)
	italicRe = regexp.MustCompile(`\*(.+?)\*`)
	codeRe   = regexp.MustCompile("`([^`]+)`")
	linkRe   = regexp.MustCompile(`\[([^\]]+)\]\(([^)]+)\)`)
)

func inline(s string) string {
	s = codeRe.ReplaceAllString(s, "<code>$1</code>")
	s = boldRe.ReplaceAllString(s, "<b>$1</b>")
	s = italicRe.ReplaceAllString(s, "<i>$1</i>")
	s = linkRe.ReplaceAllString(s, `<a href="$2">$1</a>`)
	return s
}

type renderer struct {
	out    strings.Builder
	inList bool
	inCode bool
	para   []string
}

func (r *renderer) flushPara() {
	if len(r.para) > 0 {
		r.out.WriteString("<p>" + inline(strings.Join(r.para, " ")) + "</p>\n")
		r.para = nil
	}
}

func (r *renderer) closeList() {
	if r.inList {
		r.out.WriteString("</ul>\n")
		r.inList = false
	}
}

func (r *renderer) line(l string) {
	if strings.HasPrefix(l, "```") {
		r.flushPara()
		r.closeList()
		if r.inCode {
			r.out.WriteString("</pre>\n")
		} else {
			r.out.WriteString("<pre>")
		}
		r.inCode = !r.inCode
		return
	}
	if r.inCode {
		r.out.WriteString(strings.ReplaceAll(l, "<", "&lt;") + "\n")
		return
	}
	trimmed := strings.TrimSpace(l)
	switch {
	case trimmed == "":
		r.flushPara()
		r.closeList()
	case strings.HasPrefix(trimmed, "#"):
		r.flushPara()
		r.closeList()
		level := len(trimmed) - len(strings.TrimLeft(trimmed, "#"))
		fmt.Fprintf(&r.out, "<h%d>%s</h%d>\n", level, inline(strings.TrimSpace(trimmed[level:])), level)
	case strings.HasPrefix(trimmed, "- "):
		r.flushPara()
		if !r.inList {
			r.out.WriteString("<ul>\n")
			r.inList = true
		}
		r.out.WriteString("  <li>" + inline(trimmed[2:]) + "</li>\n")
	default:
		r.closeList()
		r.para = append(r.para, trimmed)
	}
}

const doc = "# Release *notes*\n\nThis release adds **generics** support\nand a new `slices` package.\n\n## Changes\n- faster `map` iteration\n- see [the blog](https://go.dev/blog)\n- **breaking**: removed *old* API\n\n```\nif x < 10 {\n    return\n}\n```\nThanks to all **contributors**!\n"

func main() {
	var r renderer
	sc := bufio.NewScanner(strings.NewReader(doc))
	lines := 0
	for sc.Scan() {
		r.line(sc.Text())
		lines++
	}
	r.flushPara()
	r.closeList()
	fmt.Print(r.out.String())
	fmt.Println("input lines:", lines, "output lines:", strings.Count(r.out.String(), "\n"))
}
