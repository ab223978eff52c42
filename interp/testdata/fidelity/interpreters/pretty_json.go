package main

import (
	"fmt"
	"strings"
	"unicode"
)

type lexer struct {
	s   string
	pos int
}

func (l *lexer) skip() {
	for l.pos < len(l.s) && unicode.IsSpace(rune(l.s[l.pos])) {
		l.pos++
	}
}

type node struct {
	kind  string // object, array, string, number, literal
	text  string
	keys  []string
	items []*node
}

func (l *lexer) parse() (*node, error) {
	l.skip()
	if l.pos >= len(l.s) {
		return nil, fmt.Errorf("unexpected end at %d", l.pos)
	}
	switch c := l.s[l.pos]; {
	case c == '{':
		l.pos++
		n := &node{kind: "object"}
		for {
			l.skip()
			if l.pos < len(l.s) && l.s[l.pos] == '}' {
				l.pos++
				return n, nil
			}
			k, err := l.parse()
			if err != nil {
				return nil, err
			}
			if k.kind != "string" {
				return nil, fmt.Errorf("object key must be string, got %s at %d", k.kind, l.pos)
			}
			l.skip()
			if l.pos >= len(l.s) || l.s[l.pos] != ':' {
				return nil, fmt.Errorf("expected ':' at %d", l.pos)
			}
			l.pos++
			v, err := l.parse()
			if err != nil {
				return nil, err
			}
			n.keys = append(n.keys, k.text)
			n.items = append(n.items, v)
			l.skip()
			if l.pos < len(l.s) && l.s[l.pos] == ',' {
				l.pos++
			}
		}
	case c == '[':
		l.pos++
		n := &node{kind: "array"}
		for {
			l.skip()
			if l.pos < len(l.s) && l.s[l.pos] == ']' {
				l.pos++
				return n, nil
			}
			v, err := l.parse()
			if err != nil {
				return nil, err
			}
			n.items = append(n.items, v)
			l.skip()
			if l.pos < len(l.s) && l.s[l.pos] == ',' {
				l.pos++
			}
		}
	case c == '"':
		end := strings.IndexByte(l.s[l.pos+1:], '"')
		if end < 0 {
			return nil, fmt.Errorf("unterminated string at %d", l.pos)
		}
		n := &node{kind: "string", text: l.s[l.pos+1 : l.pos+1+end]}
		l.pos += end + 2
		return n, nil
	case c == '-' || (c >= '0' && c <= '9'):
		start := l.pos
		for l.pos < len(l.s) && strings.ContainsRune("-+.eE0123456789", rune(l.s[l.pos])) {
			l.pos++
		}
		return &node{kind: "number", text: l.s[start:l.pos]}, nil
	default:
		for _, lit := range []string{"true", "false", "null"} {
			if strings.HasPrefix(l.s[l.pos:], lit) {
				l.pos += len(lit)
				return &node{kind: "literal", text: lit}, nil
			}
		}
		return nil, fmt.Errorf("unexpected %q at %d", c, l.pos)
	}
}

func (n *node) pretty(sb *strings.Builder, indent int) {
	pad := strings.Repeat("    ", indent)
	switch n.kind {
	case "object", "array":
		open, close := "{", "}"
		if n.kind == "array" {
			open, close = "[", "]"
		}
		if len(n.items) == 0 {
			sb.WriteString(open + close)
			return
		}
		sb.WriteString(open + "\n")
		for i, it := range n.items {
			sb.WriteString(pad + "    ")
			if n.kind == "object" {
				fmt.Fprintf(sb, "%q: ", n.keys[i])
			}
			it.pretty(sb, indent+1)
			if i < len(n.items)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + close)
	case "string":
		fmt.Fprintf(sb, "%q", n.text)
	default:
		sb.WriteString(n.text)
	}
}

func main() {
	inputs := []string{
		`{"name":"gopher","age":13,"tags":["go","mascot"],"meta":{"born":2009,"blue":true,"nil":null}}`,
		`[1, 2.5, -3e2, [], {}, [[["deep"]]]]`,
		`  "just a string"  `,
		`{"a": [1, 2,}`,
		`{1: 2}`,
		`{"k" 1}`,
		`[tru]`,
		`"open`,
	}
	for _, in := range inputs {
		l := &lexer{s: in}
		n, err := l.parse()
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		var sb strings.Builder
		n.pretty(&sb, 0)
		fmt.Println(sb.String())
	}
}
