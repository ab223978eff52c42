package main

import (
	"fmt"
	"html"
	"regexp"
	"strings"
)

var (
	boldRe   = regexp.MustCompile(`\*\*(.+?)\*\*`)
	italicRe = regexp.MustCompile(`\*(.+?)\*`)
	codeRe   = regexp.MustCompile("`([^`]+)`")
	linkRe   = regexp.MustCompile(`\[([^\]]+)\]\(([^)]+)\)`)
)

type Block interface {
	HTML() string
}

type Heading struct {
	Level int
	Text  string
}
type Para struct{ Lines []string }
type List struct {
	Ordered bool
	Items   []string
}

func inline(s string) string {
	s = html.EscapeString(s)
	s = codeRe.ReplaceAllString(s, "<code>$1</code>")
	s = boldRe.ReplaceAllString(s, "<b>$1</b>")
	s = italicRe.ReplaceAllString(s, "<i>$1</i>")
	s = linkRe.ReplaceAllString(s, `<a href="$2">$1</a>`)
	return s
}

func (h Heading) HTML() string { return fmt.Sprintf("<h%d>%s</h%d>", h.Level, inline(h.Text), h.Level) }
func (p Para) HTML() string    { return "<p>" + inline(strings.Join(p.Lines, " ")) + "</p>" }
func (l List) HTML() string {
	tag := "ul"
	if l.Ordered {
		tag = "ol"
	}
	var b strings.Builder
	b.WriteString("<" + tag + ">")
	for _, it := range l.Items {
		b.WriteString("<li>" + inline(it) + "</li>")
	}
	b.WriteString("</" + tag + ">")
	return b.String()
}

func parse(src string) []Block {
	var blocks []Block
	var para []string
	var list *List
	flush := func() {
		if len(para) > 0 {
			blocks = append(blocks, Para{para})
			para = nil
		}
		if list != nil {
			blocks = append(blocks, *list)
			list = nil
		}
	}
	olRe := regexp.MustCompile(`^\d+\.\s+`)
	for _, line := range strings.Split(src, "\n") {
		t := strings.TrimSpace(line)
		switch {
		case t == "":
			flush()
		case strings.HasPrefix(t, "#"):
			flush()
			n := len(t) - len(strings.TrimLeft(t, "#"))
			blocks = append(blocks, Heading{n, strings.TrimSpace(t[n:])})
		case strings.HasPrefix(t, "- "), olRe.MatchString(t):
			ordered := !strings.HasPrefix(t, "- ")
			if list == nil || list.Ordered != ordered {
				flush()
				list = &List{Ordered: ordered}
			}
			list.Items = append(list.Items, olRe.ReplaceAllString(strings.TrimPrefix(t, "- "), ""))
		default:
			if list != nil {
				flush()
			}
			para = append(para, t)
		}
	}
	flush()
	return blocks
}

const doc = `# Title with *style*
Some **bold** text and ` + "`code`" + ` here,
continued on a second line with <tags> & stuff.

## Lists
- first [link](http://x.io)
- second **item**
1. one
2. two

Trailing paragraph.`

func main() {
	blocks := parse(doc)
	for i, b := range blocks {
		fmt.Printf("%d %-8T %s\n", i, b, b.HTML())
	}
	counts := map[string]int{}
	for _, b := range blocks {
		switch b.(type) {
		case Heading:
			counts["heading"]++
		case Para:
			counts["para"]++
		case List:
			counts["list"]++
		}
	}
	fmt.Println(counts)
}
