package main

import (
	"fmt"
	"strings"
)

type Op uint8

const (
	OpConst Op = iota
	OpLoad
	OpStore
	OpAdd
	OpSub
	OpMul
	OpLt
	OpJmp
	OpJz
	OpCall
	OpRet
	OpPrint
	OpHalt
)

var opNames = map[Op]string{
	OpConst: "CONST", OpLoad: "LOAD", OpStore: "STORE", OpAdd: "ADD", OpSub: "SUB", OpMul: "MUL",
	OpLt: "LT", OpJmp: "JMP", OpJz: "JZ", OpCall: "CALL", OpRet: "RET", OpPrint: "PRINT", OpHalt: "HALT",
}

func (o Op) String() string { return opNames[o] }

type Instr struct {
	Op  Op
	Arg int
}

func (i Instr) String() string {
	switch i.Op {
	case OpConst, OpLoad, OpStore, OpJmp, OpJz, OpCall:
		return fmt.Sprintf("%-5v %d", i.Op, i.Arg)
	}
	return i.Op.String()
}

type Frame struct {
	ret    int
	locals [4]int
}

type Machine struct {
	code   []Instr
	stack  []int
	frames []Frame
	pc     int
	steps  int
	out    []string
}

type VMError struct {
	PC    int
	Instr Instr
	Msg   string
}

func (e VMError) Error() string { return fmt.Sprintf("pc=%d (%v): %s", e.PC, e.Instr, e.Msg) }

func (m *Machine) pop() int {
	if len(m.stack) == 0 {
		panic(VMError{m.pc, m.code[m.pc], "empty stack"})
	}
	v := m.stack[len(m.stack)-1]
	m.stack = m.stack[:len(m.stack)-1]
	return v
}

func (m *Machine) Run(limit int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if ve, ok := r.(VMError); ok {
				err = ve
				return
			}
			panic(r)
		}
	}()
	m.frames = []Frame{{ret: -1}}
	for m.steps = 0; m.steps < limit; m.steps++ {
		in := m.code[m.pc]
		fr := &m.frames[len(m.frames)-1]
		next := m.pc + 1
		switch in.Op {
		case OpConst:
			m.stack = append(m.stack, in.Arg)
		case OpLoad:
			m.stack = append(m.stack, fr.locals[in.Arg])
		case OpStore:
			fr.locals[in.Arg] = m.pop()
		case OpAdd, OpSub, OpMul, OpLt:
			b, a := m.pop(), m.pop()
			r := map[Op]func() int{
				OpAdd: func() int { return a + b },
				OpSub: func() int { return a - b },
				OpMul: func() int { return a * b },
				OpLt: func() int {
					if a < b {
						return 1
					}
					return 0
				},
			}[in.Op]()
			m.stack = append(m.stack, r)
		case OpJmp:
			next = in.Arg
		case OpJz:
			if m.pop() == 0 {
				next = in.Arg
			}
		case OpCall:
			nf := Frame{ret: next}
			nf.locals[0] = m.pop()
			m.frames = append(m.frames, nf)
			next = in.Arg
		case OpRet:
			next = fr.ret
			m.frames = m.frames[:len(m.frames)-1]
			if next < 0 {
				return VMError{m.pc, in, "return from top frame"}
			}
		case OpPrint:
			m.out = append(m.out, fmt.Sprint(m.pop()))
		case OpHalt:
			return nil
		}
		m.pc = next
	}
	return fmt.Errorf("step limit %d reached at pc=%d", limit, m.pc)
}

func disasm(code []Instr) string {
	var b strings.Builder
	for i, in := range code {
		fmt.Fprintf(&b, "%02d  %v\n", i, in)
	}
	return b.String()
}

func main() {
	// factorial via a loop in a called function: fact(n) at 6
	prog := []Instr{
		{OpConst, 6}, {OpCall, 6}, {OpPrint, 0}, {OpConst, 10}, {OpCall, 6}, {OpPrint, 0},
		// 6: locals[0]=n, locals[1]=acc
		{OpConst, 1}, {OpStore, 1},
		{OpConst, 1}, {OpLoad, 0}, {OpLt, 0}, {OpJz, 20},
		{OpLoad, 1}, {OpLoad, 0}, {OpMul, 0}, {OpStore, 1},
		{OpLoad, 0}, {OpConst, 1}, {OpSub, 0}, {OpStore, 0},
		// 20 would be loop back; patch below
		{OpLoad, 1}, {OpRet, 0},
	}
	prog[19+0] = Instr{OpStore, 0}
	prog = append(prog[:20], append([]Instr{{OpJmp, 8}}, prog[20:]...)...)
	prog[11].Arg = 21
	prog = append(prog, Instr{OpHalt, 0})
	// after the calls the main body must halt before falling into fact
	main := append([]Instr{}, prog[:6]...)
	main = append(main, Instr{OpHalt, 0})
	code := append(main, prog[6:]...)
	for i := range code[7:] {
		in := &code[7+i]
		if in.Op == OpJmp || in.Op == OpJz {
			in.Arg++
		}
	}
	code[1].Arg, code[4].Arg = 7, 7
	fmt.Print(disasm(code))
	m := &Machine{code: code}
	err := m.Run(1000)
	fmt.Println("out:", m.out, "err:", err, "steps:", m.steps)
	bad := &Machine{code: []Instr{{OpConst, 1}, {OpAdd, 0}, {OpHalt, 0}}}
	err = bad.Run(10)
	fmt.Printf("%v | %+v\n", err, err)
	loop := &Machine{code: []Instr{{OpJmp, 0}}}
	fmt.Println(loop.Run(25))
	ret := &Machine{code: []Instr{{OpRet, 0}}}
	fmt.Printf("%#v\n", ret.Run(5))
}
