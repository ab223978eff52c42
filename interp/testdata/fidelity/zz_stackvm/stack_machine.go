package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Op byte

const (
	PUSH Op = iota
	ADD
	SUB
	MUL
	DIV
	DUP
	SWAP
	JZ
	JMP
	PRINT
	HALT
)

var opNames = map[Op]string{PUSH: "PUSH", ADD: "ADD", SUB: "SUB", MUL: "MUL", DIV: "DIV",
	DUP: "DUP", SWAP: "SWAP", JZ: "JZ", JMP: "JMP", PRINT: "PRINT", HALT: "HALT"}

func (o Op) String() string {
	if n, ok := opNames[o]; ok {
		return n
	}
	return "Op(" + strconv.Itoa(int(o)) + ")"
}

type Instr struct {
	Op  Op
	Arg int
}

type VMError struct {
	PC  int
	Op  Op
	Err error
}

func (e *VMError) Error() string { return fmt.Sprintf("pc=%d %v: %v", e.PC, e.Op, e.Err) }
func (e *VMError) Unwrap() error { return e.Err }

var (
	ErrUnderflow = errors.New("stack underflow")
	ErrDivZero   = errors.New("divide by zero")
)

type VM struct {
	stack []int
	out   strings.Builder
	steps int
}

func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic(ErrUnderflow)
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}
func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }

func (vm *VM) Run(prog []Instr) (err error) {
	pc := 0
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				e = fmt.Errorf("%v", r)
			}
			err = &VMError{pc, prog[pc].Op, e}
		}
	}()
	for ; pc < len(prog); pc++ {
		vm.steps++
		in := prog[pc]
		switch in.Op {
		case PUSH:
			vm.push(in.Arg)
		case ADD, SUB, MUL, DIV:
			b, a := vm.pop(), vm.pop()
			switch in.Op {
			case ADD:
				vm.push(a + b)
			case SUB:
				vm.push(a - b)
			case MUL:
				vm.push(a * b)
			case DIV:
				if b == 0 {
					panic(ErrDivZero)
				}
				vm.push(a / b)
			}
		case DUP:
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case SWAP:
			b, a := vm.pop(), vm.pop()
			vm.push(b)
			vm.push(a)
		case JZ:
			if vm.pop() == 0 {
				pc = in.Arg - 1
			}
		case JMP:
			pc = in.Arg - 1
		case PRINT:
			fmt.Fprintf(&vm.out, "%d ", vm.pop())
		case HALT:
			return nil
		default:
			panic(fmt.Sprintf("illegal opcode %d", in.Op))
		}
	}
	return nil
}

func main() {
	// countdown from 5, printing each value, then 5! computed
	countdown := []Instr{
		{PUSH, 5},
		{DUP, 0}, {JZ, 7}, {DUP, 0}, {PRINT, 0}, {PUSH, 1}, {SUB, 0}, // 1..6
		{JMP, 1}, // 7 is reached via JZ? no: index 7 is this JMP
	}
	countdown[2].Arg = 8
	countdown = append(countdown, Instr{HALT, 0})
	progs := map[string][]Instr{
		"countdown": countdown,
		"arith":     {{PUSH, 6}, {PUSH, 7}, {MUL, 0}, {PUSH, 2}, {SWAP, 0}, {SUB, 0}, {PRINT, 0}},
		"underflow": {{PUSH, 1}, {ADD, 0}},
		"divzero":   {{PUSH, 1}, {PUSH, 0}, {DIV, 0}},
		"illegal":   {{PUSH, 1}, {Op(42), 0}},
	}
	for _, name := range []string{"countdown", "arith", "underflow", "divzero", "illegal"} {
		vm := &VM{}
		err := vm.Run(progs[name])
		fmt.Printf("%-9s out=%-14q steps=%-3d stack=%v err=%v\n", name, vm.out.String(), vm.steps, vm.stack, err)
		if errors.Is(err, ErrUnderflow) || errors.Is(err, ErrDivZero) {
			var ve *VMError
			errors.As(err, &ve)
			fmt.Println("   trapped at", ve.PC, ve.Op)
		}
	}
	fmt.Println(Instr{JZ, 3}, []Op{PUSH, HALT, 99})
}
