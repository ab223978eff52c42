package main

import (
	"errors"
	"fmt"
	"strings"
)

type ParseError struct {
	Line int
	Msg  string
}

func (p *ParseError) Error() string { return fmt.Sprintf("line %d: %s", p.Line, p.Msg) }

type parser struct {
	lines []string
	pos   int
}

func (p *parser) fail(format string, args ...any) {
	panic(&ParseError{p.pos + 1, fmt.Sprintf(format, args...)})
}

func (p *parser) parseAssign() (string, int) {
	line := p.lines[p.pos]
	name, val, ok := strings.Cut(line, "=")
	if !ok {
		p.fail("missing '=' in %q", line)
	}
	name = strings.TrimSpace(name)
	n := 0
	for _, c := range strings.TrimSpace(val) {
		if c < '0' || c > '9' {
			p.fail("bad digit %q", c)
		}
		n = n*10 + int(c-'0')
	}
	if name == "boom" {
		var m map[string]int
		m[name] = n // a real runtime error, must not be swallowed
	}
	return name, n
}

func Parse(src string) (vars map[string]int, err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if pe, ok := r.(*ParseError); ok {
			err = pe
			return
		}
		panic(r)
	}()
	p := &parser{lines: strings.Split(strings.TrimSpace(src), "\n")}
	vars = map[string]int{}
	for p.pos = 0; p.pos < len(p.lines); p.pos++ {
		k, v := p.parseAssign()
		vars[k] = v
	}
	return vars, nil
}

func safeParse(src string) (vars map[string]int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v", r)
		}
	}()
	return Parse(src)
}

func main() {
	inputs := []string{
		"a = 1\nb = 22\nc=333",
		"a = 1\nb 2",
		"x = 12\ny = 3z",
		"ok = 1\nboom = 5",
	}
	for _, in := range inputs {
		vars, err := safeParse(in)
		var pe *ParseError
		switch {
		case errors.As(err, &pe):
			fmt.Printf("parse error at line %d: %v\n", pe.Line, err)
		case err != nil:
			fmt.Println("other:", err)
		default:
			fmt.Println("vars:", vars)
		}
	}
	func() {
		defer func() {
			fmt.Println("outer recovered:", recover())
		}()
		defer func() {
			if r := recover(); r != nil {
				panic(fmt.Sprintf("re-panic(%v)", r))
			}
		}()
		panic("first")
	}()
}
