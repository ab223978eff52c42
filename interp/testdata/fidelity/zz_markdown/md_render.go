package main

import (
	"fmt"
	"strings"
	"unicode"
)

const doc = `# Release Notes

Welcome to **gopad** version *2.1*. This release has ` + "`fixes`" + `.

## Changes

- Faster **startup**
- New *themes*
  - dark
  - light
1. First step
2. Second step

> Quoted text stays quoted
> across lines.

---
Bye!`

type Block interface {
	Render(sb *strings.Builder)
}

type Heading struct {
	Level int
	Text  string
}

type Para struct{ Lines []string }

type ListItem struct {
	Depth   int
	Ordered bool
	N       int
	Text    string
}

type Quote struct{ Text string }

type Rule struct{}

func (h Heading) Render(sb *strings.Builder) {
	t := inline(h.Text)
	if h.Level == 1 {
		t = strings.ToUpper(t)
	}
	sb.WriteString(t + "\n")
	ch := "="
	if h.Level > 1 {
		ch = "-"
	}
	sb.WriteString(strings.Repeat(ch, len([]rune(t))) + "\n")
}

func (p Para) Render(sb *strings.Builder) {
	sb.WriteString(inline(strings.Join(p.Lines, " ")) + "\n")
}

func (l ListItem) Render(sb *strings.Builder) {
	bullet := "*"
	if l.Ordered {
		bullet = fmt.Sprintf("%d)", l.N)
	}
	fmt.Fprintf(sb, "%s%s %s\n", strings.Repeat("  ", l.Depth), bullet, inline(l.Text))
}

func (q Quote) Render(sb *strings.Builder) { fmt.Fprintf(sb, "| %s\n", inline(q.Text)) }
func (Rule) Render(sb *strings.Builder)    { sb.WriteString(strings.Repeat("~", 20) + "\n") }

func inline(s string) string {
	r := strings.NewReplacer("**", "", "*", "_", "`", "'")
	return r.Replace(s)
}

func parse(src string) []Block {
	var blocks []Block
	var para []string
	flush := func() {
		if len(para) > 0 {
			blocks = append(blocks, Para{Lines: para})
			para = nil
		}
	}
	for _, line := range strings.Split(src, "\n") {
		trimmed := strings.TrimLeftFunc(line, unicode.IsSpace)
		indent := (len(line) - len(trimmed)) / 2
		switch {
		case trimmed == "":
			flush()
		case strings.HasPrefix(trimmed, "#"):
			flush()
			lvl := len(trimmed) - len(strings.TrimLeft(trimmed, "#"))
			blocks = append(blocks, Heading{lvl, strings.TrimSpace(trimmed[lvl:])})
		case strings.HasPrefix(trimmed, "- "):
			flush()
			blocks = append(blocks, ListItem{Depth: indent, Text: trimmed[2:]})
		case len(trimmed) > 2 && unicode.IsDigit(rune(trimmed[0])) && trimmed[1] == '.':
			flush()
			blocks = append(blocks, ListItem{Depth: indent, Ordered: true, N: int(trimmed[0] - '0'), Text: strings.TrimSpace(trimmed[2:])})
		case strings.HasPrefix(trimmed, ">"):
			flush()
			blocks = append(blocks, Quote{strings.TrimSpace(trimmed[1:])})
		case trimmed == "---":
			flush()
			blocks = append(blocks, Rule{})
		default:
			para = append(para, trimmed)
		}
	}
	flush()
	return blocks
}

func main() {
	blocks := parse(doc)
	var sb strings.Builder
	counts := map[string]int{}
	for _, b := range blocks {
		b.Render(&sb)
		counts[fmt.Sprintf("%T", b)]++
	}
	fmt.Print(sb.String())
	fmt.Println("blocks:", len(blocks))
	for _, k := range []string{"main.Heading", "main.Para", "main.ListItem", "main.Quote", "main.Rule"} {
		fmt.Printf("%-14s %d\n", k, counts[k])
	}
}
