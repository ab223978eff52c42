package main

import (
	"fmt"
	"strings"
)

type Instr interface{ isInstr() }

type Push struct{ V int }
type Add struct{}
type Mul struct{}
type Dup struct{}
type Jz struct{ To int }
type Print struct{}

func (Push) isInstr()  {}
func (Add) isInstr()   {}
func (Mul) isInstr()   {}
func (Dup) isInstr()   {}
func (Jz) isInstr()    {}
func (Print) isInstr() {}

func run(prog []Instr) (out []string, steps int) {
	var st []int
	pop := func() int {
		v := st[len(st)-1]
		st = st[:len(st)-1]
		return v
	}
	for pc := 0; pc < len(prog); pc++ {
		steps++
		switch in := prog[pc].(type) {
		case Push:
			st = append(st, in.V)
		case Add:
			st = append(st, pop()+pop())
		case Mul:
			st = append(st, pop()*pop())
		case Dup:
			v := pop()
			st = append(st, v, v)
		case Jz:
			if pop() == 0 {
				pc = in.To - 1
			}
		case Print:
			out = append(out, fmt.Sprint(st[len(st)-1]))
		}
	}
	return out, steps
}

func disasm(prog []Instr) string {
	var parts []string
	for _, in := range prog {
		parts = append(parts, strings.TrimPrefix(fmt.Sprintf("%T%v", in, in), "main."))
	}
	return strings.Join(parts, " ")
}

func main() {
	prog := []Instr{Push{3}, Dup{}, Mul{}, Print{}, Push{4}, Add{}, Print{}, Push{0}, Jz{10}, Print{}, Push{1}, Print{}}

	out, steps := run(prog)
	fmt.Println(out, steps)
	fmt.Println(disasm(prog))
}
