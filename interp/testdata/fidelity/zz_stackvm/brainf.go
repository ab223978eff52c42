package main

import (
	"errors"
	"fmt"
	"strings"
)

type Program struct {
	code  []byte
	jumps map[int]int
}

type SyntaxError struct {
	Pos  int
	What string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("%s at %d", e.What, e.Pos) }

func Compile(src string) (*Program, error) {
	p := &Program{jumps: map[int]int{}}
	for _, c := range []byte(src) {
		if strings.IndexByte("+-<>[].,", c) >= 0 {
			p.code = append(p.code, c)
		}
	}
	var stack []int
	for i, c := range p.code {
		switch c {
		case '[':
			stack = append(stack, i)
		case ']':
			if len(stack) == 0 {
				return nil, &SyntaxError{i, "unmatched ]"}
			}
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			p.jumps[i], p.jumps[j] = j, i
		}
	}
	if len(stack) > 0 {
		return nil, &SyntaxError{stack[0], "unmatched ["}
	}
	return p, nil
}

func (p *Program) Run(input string, maxSteps int) (string, int, error) {
	tape := make([]byte, 64)
	var out strings.Builder
	ptr, in, steps := 0, 0, 0
	for pc := 0; pc < len(p.code); pc++ {
		steps++
		if steps > maxSteps {
			return out.String(), steps, errors.New("too many steps")
		}
		switch p.code[pc] {
		case '+':
			tape[ptr]++
		case '-':
			tape[ptr]--
		case '>':
			ptr++
			if ptr == len(tape) {
				tape = append(tape, make([]byte, len(tape))...)
			}
		case '<':
			if ptr == 0 {
				return out.String(), steps, fmt.Errorf("pointer below zero at pc %d", pc)
			}
			ptr--
		case '.':
			out.WriteByte(tape[ptr])
		case ',':
			if in < len(input) {
				tape[ptr] = input[in]
				in++
			} else {
				tape[ptr] = 0
			}
		case '[':
			if tape[ptr] == 0 {
				pc = p.jumps[pc]
			}
		case ']':
			if tape[ptr] != 0 {
				pc = p.jumps[pc]
			}
		}
	}
	return out.String(), steps, nil
}

const hello = `++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.`
const rev = `>,[>,]<[.<]`
const upper = `,[>++++[<-------->-]<.,]`

func main() {
	cases := []struct{ name, src, input string }{
		{"hello", hello, ""},
		{"reverse", rev, "gopad"},
		{"upper", upper, "abc"},
		{"loop", "+[]", ""},
		{"left", "<", ""},
		{"bad1", "+[[]", ""},
		{"bad2", "+]", ""},
	}
	for _, c := range cases {
		p, err := Compile(c.src)
		if err != nil {
			var se *SyntaxError
			fmt.Printf("%-8s compile error: %v (syntax=%t)\n", c.name, err, errors.As(err, &se))
			continue
		}
		out, steps, err := p.Run(c.input, 5000)
		fmt.Printf("%-8s %q steps=%d err=%v\n", c.name, out, steps, err)
	}
}
