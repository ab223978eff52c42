package main

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
)

type Machine struct {
	tape   [300]byte
	ptr    int
	jumps  map[int]int
	input  *strings.Reader
	output bytes.Buffer
	ops    int
}

var ErrUnbalanced = errors.New("unbalanced brackets")

func compile(prog string) (map[int]int, error) {
	jumps := make(map[int]int)
	var stack []int
	for i, c := range []byte(prog) {
		switch c {
		case '[':
			stack = append(stack, i)
		case ']':
			if len(stack) == 0 {
				return nil, fmt.Errorf("at %d: %w", i, ErrUnbalanced)
			}
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			jumps[i], jumps[j] = j, i
		}
	}
	if len(stack) > 0 {
		return nil, fmt.Errorf("at %d: %w", stack[0], ErrUnbalanced)
	}
	return jumps, nil
}

func Run(prog, in string) (string, int, error) {
	jumps, err := compile(prog)
	if err != nil {
		return "", 0, err
	}
	m := &Machine{jumps: jumps, input: strings.NewReader(in)}
	for pc := 0; pc < len(prog); pc++ {
		if m.ops++; m.ops > 1_000_000 {
			return m.output.String(), m.ops, errors.New("op limit")
		}
		switch prog[pc] {
		case '>':
			m.ptr++
		case '<':
			m.ptr--
		case '+':
			m.tape[m.ptr]++
		case '-':
			m.tape[m.ptr]--
		case '.':
			m.output.WriteByte(m.tape[m.ptr])
		case ',':
			if b, err := m.input.ReadByte(); err == nil {
				m.tape[m.ptr] = b
			}
		case '[':
			if m.tape[m.ptr] == 0 {
				pc = m.jumps[pc]
			}
		case ']':
			if m.tape[m.ptr] != 0 {
				pc = m.jumps[pc]
			}
		default:
			m.ops--
		}
	}
	return m.output.String(), m.ops, nil
}

const hello = `++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.`

const rot13 = `-,+[-[>>++++[>++++++++<-]<+<-[>+>+>-[>>>]<[[>+<-]>>+>]<<<<<-]]>>>[-]+>--[-[<->+++[-]]]<[++++++++++++<[>-[>+>>]>[+[<+>-]>+>>]<<<<<-]>>[<+>-]>[-[-<<[-]>>]<<[<<->>-]>>]<<[<<+>>-]]<[-]<.[-]<-,+]`

func main() {
	out, ops, err := Run(hello, "")
	fmt.Printf("%q ops=%d err=%v\n", out, ops, err)
	out, _, err = Run(rot13, "Hello, Gopher!")
	fmt.Printf("%q %v\n", out, err)
	out, _, _ = Run(rot13, out)
	fmt.Printf("%q\n", out)
	rev := ">,[>,]<[.<]"
	out, ops, _ = Run(rev, "stressed")
	fmt.Println(out, ops)
	add := ",>,[<+>-]<------------------------------------------------."
	out, _, _ = Run(add, "34")
	fmt.Println(out)
	for _, p := range []string{"[[]", "+]", "[]]["} {
		_, _, err := Run(p, "")
		fmt.Println(p, err, errors.Is(err, ErrUnbalanced))
	}
	var wrap Machine
	wrap.tape[0]--
	fmt.Println(wrap.tape[0], len(wrap.tape), wrap.jumps == nil)
}
