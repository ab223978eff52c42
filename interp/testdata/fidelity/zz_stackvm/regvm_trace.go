package main

import (
	"fmt"
	"strings"
)

type Reg uint8

const (
	A Reg = iota
	B
	C
	D
)

func (r Reg) String() string { return string("ABCD"[r]) }

type Instr interface {
	Exec(m *Machine)
	fmt.Stringer
}

type Set struct {
	R Reg
	V int
}
type AddR struct{ Dst, Src Reg }
type MulI struct {
	R Reg
	V int
}
type JumpLT struct {
	R      Reg
	Limit  int
	Target int
}
type Emit struct{ R Reg }

func (i Set) Exec(m *Machine)  { m.regs[i.R] = i.V }
func (i AddR) Exec(m *Machine) { m.regs[i.Dst] += m.regs[i.Src] }
func (i MulI) Exec(m *Machine) { m.regs[i.R] *= i.V }
func (i JumpLT) Exec(m *Machine) {
	if m.regs[i.R] < i.Limit {
		m.pc = i.Target - 1
	}
}
func (i Emit) Exec(m *Machine) { m.out = append(m.out, m.regs[i.R]) }

func (i Set) String() string    { return fmt.Sprintf("SET %v, %d", i.R, i.V) }
func (i AddR) String() string   { return fmt.Sprintf("ADD %v, %v", i.Dst, i.Src) }
func (i MulI) String() string   { return fmt.Sprintf("MUL %v, %d", i.R, i.V) }
func (i JumpLT) String() string { return fmt.Sprintf("JLT %v, %d -> %d", i.R, i.Limit, i.Target) }
func (i Emit) String() string   { return fmt.Sprintf("EMIT %v", i.R) }

type Machine struct {
	regs  [4]int
	pc    int
	out   []int
	trace []string
	hooks map[string]func(Instr)
}

func (m *Machine) Run(prog []Instr, maxSteps int) int {
	steps := 0
	for m.pc = 0; m.pc < len(prog) && steps < maxSteps; m.pc++ {
		in := prog[m.pc]
		if h, ok := m.hooks[fmt.Sprintf("%T", in)]; ok {
			h(in)
		}
		in.Exec(m)
		steps++
	}
	return steps
}

func main() {
	prog := []Instr{
		Set{A, 1}, Set{B, 0}, Set{C, 1},
		AddR{B, A}, Emit{B}, MulI{C, 2}, AddR{A, C}, JumpLT{A, 40, 3},
		Emit{A}, Emit{C},
	}
	for i, in := range prog {
		fmt.Printf("%02d  %v\n", i, in)
	}
	m := &Machine{hooks: map[string]func(Instr){}}
	jumps := 0
	m.hooks["main.JumpLT"] = func(in Instr) { jumps++ }
	m.hooks["main.Emit"] = func(in Instr) {
		e := in.(Emit)
		m.trace = append(m.trace, fmt.Sprintf("%v=%d", e.R, m.regs[e.R]))
	}
	steps := m.Run(prog, 100)
	fmt.Println("steps", steps, "jumps", jumps)
	fmt.Println("out", m.out)
	fmt.Println(strings.Join(m.trace, " "))
	fmt.Printf("%v %+v\n", m.regs, prog[7])
	m2 := &Machine{}
	fmt.Println(m2.Run([]Instr{Set{D, 0}, AddR{D, D}, JumpLT{D, 1, 0}}, 9), m2.regs[D])
}
