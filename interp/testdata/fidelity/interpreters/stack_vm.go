package main

import (
	"errors"
	"fmt"
	"strings"
)

type Op byte

const (
	PUSH Op = iota
	ADD
	SUB
	MUL
	DUP
	SWAP
	JZ
	JMP
	PRINT
	HALT
	DEC
	OVER
)

var opNames = map[Op]string{PUSH: "PUSH", ADD: "ADD", SUB: "SUB", MUL: "MUL", DUP: "DUP",
	SWAP: "SWAP", JZ: "JZ", JMP: "JMP", PRINT: "PRINT", HALT: "HALT", DEC: "DEC", OVER: "OVER"}

func (o Op) String() string {
	if n, ok := opNames[o]; ok {
		return n
	}
	return fmt.Sprintf("Op(%d)", byte(o))
}

type Instr struct {
	Op  Op
	Arg int
}

var ErrStackUnderflow = errors.New("stack underflow")

type VM struct {
	stack []int
	pc    int
	steps int
	out   strings.Builder
}

func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic(ErrStackUnderflow)
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }

func (vm *VM) Run(prog []Instr, maxSteps int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok && errors.Is(e, ErrStackUnderflow) {
				err = fmt.Errorf("pc=%d %v: %w", vm.pc, prog[vm.pc].Op, e)
				return
			}
			panic(r)
		}
	}()
	for vm.pc < len(prog) {
		if vm.steps >= maxSteps {
			return fmt.Errorf("step limit %d reached", maxSteps)
		}
		vm.steps++
		in := prog[vm.pc]
		next := vm.pc + 1
		switch in.Op {
		case PUSH:
			vm.push(in.Arg)
		case ADD:
			b, a := vm.pop(), vm.pop()
			vm.push(a + b)
		case SUB:
			b, a := vm.pop(), vm.pop()
			vm.push(a - b)
		case MUL:
			vm.push(vm.pop() * vm.pop())
		case DUP:
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case OVER:
			b, a := vm.pop(), vm.pop()
			vm.push(a)
			vm.push(b)
			vm.push(a)
		case SWAP:
			b, a := vm.pop(), vm.pop()
			vm.push(b)
			vm.push(a)
		case DEC:
			vm.push(vm.pop() - 1)
		case JZ:
			if vm.pop() == 0 {
				next = in.Arg
			}
		case JMP:
			next = in.Arg
		case PRINT:
			fmt.Fprintf(&vm.out, "%d ", vm.stack[len(vm.stack)-1])
		case HALT:
			return nil
		default:
			return fmt.Errorf("bad opcode %v", in.Op)
		}
		vm.pc = next
	}
	return nil
}

func main() {
	// factorial of 6: acc n
	fact := []Instr{
		{PUSH, 1}, {PUSH, 6},
		{DUP, 0}, {JZ, 11},
		{DUP, 0}, {PRINT, 0}, {SWAP, 0}, {OVER, 0}, {MUL, 0}, {SWAP, 0}, {DEC, 0}, {JMP, 2},
	}
	fact[3].Arg = 12
	fact = append(fact, Instr{SWAP, 0}, Instr{PRINT, 0}, Instr{HALT, 0})
	for i, in := range fact {
		fmt.Printf("%02d %-5v %d\n", i, in.Op, in.Arg)
	}
	vm := &VM{}
	err := vm.Run(fact, 1000)
	fmt.Println("out:", vm.out.String(), "err:", err, "steps:", vm.steps, "stack:", vm.stack)

	vm2 := &VM{}
	err = vm2.Run([]Instr{{PUSH, 1}, {ADD, 0}}, 10)
	fmt.Println(err, errors.Is(err, ErrStackUnderflow))

	vm3 := &VM{}
	fmt.Println(vm3.Run([]Instr{{JMP, 0}}, 50), vm3.steps)
	vm4 := &VM{}
	fmt.Println(vm4.Run([]Instr{{Op(42), 0}}, 5))
	fmt.Printf("%v %s %d\n", Op(3), MUL, HALT)
}
