package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

type BF struct {
	code  []byte
	jumps map[int]int
	tape  [300]byte
	ptr   int
	input *strings.Reader
	out   *bufio.Writer
	ops   int
}

func compile(src string) (*BF, error) {
	var code []byte
	for i := 0; i < len(src); i++ {
		if strings.IndexByte("+-<>[].,", src[i]) >= 0 {
			code = append(code, src[i])
		}
	}
	jumps := make(map[int]int)
	var stack []int
	for i, c := range code {
		switch c {
		case '[':
			stack = append(stack, i)
		case ']':
			if len(stack) == 0 {
				return nil, fmt.Errorf("unmatched ] at %d", i)
			}
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			jumps[i], jumps[j] = j, i
		}
	}
	if len(stack) > 0 {
		return nil, fmt.Errorf("unmatched [ at %d", stack[0])
	}
	return &BF{code: code, jumps: jumps}, nil
}

func (b *BF) Run(input string) {
	b.input = strings.NewReader(input)
	for pc := 0; pc < len(b.code); pc++ {
		b.ops++
		switch b.code[pc] {
		case '+':
			b.tape[b.ptr]++
		case '-':
			b.tape[b.ptr]--
		case '>':
			b.ptr++
		case '<':
			b.ptr--
		case '.':
			b.out.WriteByte(b.tape[b.ptr])
		case ',':
			// on EOF the cell is left unchanged
			if c, err := b.input.ReadByte(); err == nil {
				b.tape[b.ptr] = c
			}
		case '[':
			if b.tape[b.ptr] == 0 {
				pc = b.jumps[pc]
			}
		case ']':
			if b.tape[b.ptr] != 0 {
				pc = b.jumps[pc]
			}
		}
	}
	b.out.Flush()
}

const hello = `++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.`

const rot13 = `-,+[-[>>++++[>++++++++<-]<+<-[>+>+>-[>>>]<[[>+<-]>>+>]<<<<<-]]>>>[-]+>--[-[<->+++[-]]]<[++++++++++++<[>-[>+>>]>[+[<+>-]>+>>]<<<<<-]>>[<+>-]>[-[-<<[-]>>]<<[<<->>-]>>]<<[<<+>>-]]<[-]<.[-]<-,+]`

func main() {
	w := bufio.NewWriter(os.Stdout)
	b, err := compile(hello)
	if err != nil {
		fmt.Println(err)
		return
	}
	b.out = w
	b.Run("")
	fmt.Println("ops:", b.ops, "len:", len(b.code))

	r, _ := compile(rot13)
	r.out = w
	r.Run("Hello, Gopher!")
	w.WriteString("\n")
	w.Flush()
	fmt.Println("rot13 ops:", r.ops)

	// echo upper-case: read, subtract 32, print
	up, _ := compile(",[--------------------------------.,]")
	up.out = w
	up.Run("abcxyz\x00")
	w.WriteByte('\n')
	w.Flush()

	for _, bad := range []string{"[[]", "]", "+[-]>]"} {
		_, err := compile(bad)
		fmt.Printf("%-8q %v\n", bad, err)
	}
	wrap, _ := compile("-.")
	var sb strings.Builder
	wrap.out = bufio.NewWriter(&sb)
	wrap.Run("")
	fmt.Println([]byte(sb.String()), wrap.tape[0])
}
