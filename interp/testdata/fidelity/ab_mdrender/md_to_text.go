package main

import (
	"bufio"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

type Block interface {
	Render(width int) []string
}

type Heading struct {
	Level int
	Text  string
}
type Para struct{ Text string }
type List struct {
	Ordered bool
	Items   []string
}
type Code struct {
	Lang  string
	Lines []string
}
type Rule struct{}

var (
	boldRe   = regexp.MustCompile(`\*\*(.+?)\*\*`)
	italRe   = regexp.MustCompile(`_(.+?)_`)
	linkRe   = regexp.MustCompile(`\[([^\]]+)\]\(([^)]+)\)`)
	codeRe   = regexp.MustCompile("`([^`]+)`")
	orderedR = regexp.MustCompile(`^(\d+)\.\s+(.*)$`)
)

func inline(s string) string {
	s = codeRe.ReplaceAllString(s, "'$1'")
	s = boldRe.ReplaceAllStringFunc(s, func(m string) string { return strings.ToUpper(m[2 : len(m)-2]) })
	s = italRe.ReplaceAllString(s, "/$1/")
	s = linkRe.ReplaceAllString(s, "$1 <$2>")
	return s
}

func wrap(text string, width int, indent string) []string {
	var lines []string
	cur := indent
	for _, w := range strings.Fields(text) {
		if utf8.RuneCountInString(cur)+utf8.RuneCountInString(w)+1 > width && strings.TrimSpace(cur) != "" {
			lines = append(lines, cur)
			cur = strings.Repeat(" ", utf8.RuneCountInString(indent))
		}
		if strings.TrimSpace(cur) != "" {
			cur += " "
		}
		cur += w
	}
	return append(lines, cur)
}

func (h Heading) Render(width int) []string {
	t := inline(h.Text)
	if h.Level == 1 {
		t = strings.ToUpper(t)
	}
	under := map[int]string{1: "=", 2: "-"}[h.Level]
	if under == "" {
		return []string{strings.Repeat("#", h.Level) + " " + t}
	}
	return []string{t, strings.Repeat(under, utf8.RuneCountInString(t))}
}

func (p Para) Render(width int) []string { return wrap(inline(p.Text), width, "") }

func (l List) Render(width int) []string {
	var out []string
	for i, it := range l.Items {
		bullet := "  • "
		if l.Ordered {
			bullet = fmt.Sprintf("%3d. ", i+1)
		}
		out = append(out, wrap(inline(it), width, bullet)...)
	}
	return out
}

func (c Code) Render(int) []string {
	out := []string{"  ┌─ " + c.Lang}
	for _, l := range c.Lines {
		out = append(out, "  │ "+l)
	}
	return append(out, "  └─")
}

func (Rule) Render(width int) []string { return []string{strings.Repeat("─", width)} }

func parse(src string) []Block {
	var blocks []Block
	var para []string
	var list *List
	flush := func() {
		if len(para) > 0 {
			blocks = append(blocks, Para{strings.Join(para, " ")})
			para = nil
		}
		if list != nil {
			blocks = append(blocks, *list)
			list = nil
		}
	}
	sc := bufio.NewScanner(strings.NewReader(src))
	for sc.Scan() {
		line := sc.Text()
		trim := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(trim, "```"):
			flush()
			c := Code{Lang: strings.TrimPrefix(trim, "```")}
			for sc.Scan() && !strings.HasPrefix(sc.Text(), "```") {
				c.Lines = append(c.Lines, sc.Text())
			}
			blocks = append(blocks, c)
		case trim == "":
			flush()
		case trim == "---":
			flush()
			blocks = append(blocks, Rule{})
		case strings.HasPrefix(trim, "#"):
			flush()
			n := len(trim) - len(strings.TrimLeft(trim, "#"))
			blocks = append(blocks, Heading{n, strings.TrimSpace(trim[n:])})
		case strings.HasPrefix(trim, "- "), orderedR.MatchString(trim):
			if len(para) > 0 {
				flush()
			}
			ordered := !strings.HasPrefix(trim, "- ")
			if list == nil || list.Ordered != ordered {
				flush()
				list = &List{Ordered: ordered}
			}
			item := strings.TrimPrefix(trim, "- ")
			if m := orderedR.FindStringSubmatch(trim); ordered && m != nil {
				item = m[2]
			}
			list.Items = append(list.Items, item)
		default:
			para = append(para, trim)
		}
	}
	flush()
	return blocks
}

const doc = "# Release notes\n\nThis release of **gopad** brings _faster_ startup and a new `%time` magic.\nSee [the docs](https://example.org/docs) for details about every change listed below.\n\n## Changes\n\n- Cells are type-checked before they run, so errors show up **early**\n- The `display` package renders HTML\n1. first ordered\n2. second ordered with a rather long line that will need wrapping at forty\n\n```go\nfmt.Println(\"hi\")\n```\n---\n### Thanks\nTo everyone who reported bugs.\n"

func main() {
	blocks := parse(doc)
	counts := map[string]int{}
	for _, b := range blocks {
		counts[fmt.Sprintf("%T", b)]++
	}
	fmt.Println(counts)
	for _, width := range []int{40, 64} {
		fmt.Printf("---- width %d\n", width)
		for i, b := range blocks {
			if i > 0 {
				fmt.Println()
			}
			for _, l := range b.Render(width) {
				fmt.Println(strings.TrimRight(l, " "))
			}
		}
	}
	fmt.Printf("%v\n%+v\n", blocks[0], blocks[len(blocks)-3])
}
