package main

import (
	"errors"
	"fmt"
	"strings"
)

// safeDiv converts a runtime panic into an ordinary error, as
// encoding/json and text/template do internally.
func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("safeDiv(%d, %d): %v", a, b, r)
		}
	}()
	return a / b, nil
}

type parseError struct {
	pos int
	msg string
}

func (p *parseError) Error() string { return fmt.Sprintf("pos %d: %s", p.pos, p.msg) }

type parser struct {
	src string
	pos int
}

func (p *parser) fail(msg string) {
	panic(&parseError{p.pos, msg})
}

func (p *parser) expect(c byte) {
	if p.pos >= len(p.src) || p.src[p.pos] != c {
		p.fail(fmt.Sprintf("expected %q", c))
	}
	p.pos++
}

func (p *parser) word() string {
	start := p.pos
	for p.pos < len(p.src) && p.src[p.pos] >= 'a' && p.src[p.pos] <= 'z' {
		p.pos++
	}
	if start == p.pos {
		p.fail("expected word")
	}
	return p.src[start:p.pos]
}

// Parse reads "(word,word,...)".
func Parse(s string) (words []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(*parseError)
			if !ok {
				panic(r)
			}
			err = pe
		}
	}()
	p := &parser{src: s}
	p.expect('(')
	words = append(words, p.word())
	for p.pos < len(p.src) && p.src[p.pos] == ',' {
		p.pos++
		words = append(words, p.word())
	}
	p.expect(')')
	return words, nil
}

func main() {
	for _, d := range [][2]int{{10, 2}, {7, 0}, {-9, 4}} {
		q, err := safeDiv(d[0], d[1])
		fmt.Println(q, err)
	}
	for _, s := range []string{"(a,bc,def)", "(x)", "a,b", "(a,,b)", "(ab,cd", "()"} {
		words, err := Parse(s)
		if err != nil {
			var pe *parseError
			fmt.Printf("%-12q error: %v (parseError=%t)\n", s, err, errors.As(err, &pe))
			continue
		}
		fmt.Printf("%-12q words: %s\n", s, strings.Join(words, "|"))
	}
	var arr []int
	_, err := func() (v int, err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("recovered: %v", r)
			}
		}()
		return arr[3], nil
	}()
	fmt.Println(err)
}
