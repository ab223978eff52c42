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
	MUL
	DUP
	SWAP
	JZ
	JMP
	DEC
	PRINT
	HALT
)

var opNames = []string{"PUSH", "ADD", "MUL", "DUP", "SWAP", "JZ", "JMP", "DEC", "PRINT", "HALT"}

func (o Op) String() string { return opNames[o] }

type Instr struct {
	Op  Op
	Arg int
}

func (i Instr) String() string {
	switch i.Op {
	case PUSH, JZ, JMP:
		return fmt.Sprintf("%v %d", i.Op, i.Arg)
	}
	return i.Op.String()
}

type VM struct {
	stack []int
	pc    int
	steps int
	out   strings.Builder
}

var ErrStack = errors.New("stack underflow")

type VMError struct {
	PC  int
	Op  Op
	Err error
}

func (e *VMError) Error() string { return fmt.Sprintf("pc=%d %v: %v", e.PC, e.Op, e.Err) }
func (e *VMError) Unwrap() error { return e.Err }

func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic(ErrStack)
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) Run(prog []Instr, limit int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				panic(r)
			}
			err = &VMError{vm.pc, prog[vm.pc].Op, e}
		}
	}()
	for ; vm.pc < len(prog); vm.steps++ {
		if vm.steps >= limit {
			return fmt.Errorf("step limit %d hit at pc=%d", limit, vm.pc)
		}
		in := prog[vm.pc]
		switch in.Op {
		case PUSH:
			vm.stack = append(vm.stack, in.Arg)
		case ADD:
			vm.stack = append(vm.stack, vm.pop()+vm.pop())
		case MUL:
			vm.stack = append(vm.stack, vm.pop()*vm.pop())
		case DUP:
			v := vm.pop()
			vm.stack = append(vm.stack, v, v)
		case SWAP:
			a, b := vm.pop(), vm.pop()
			vm.stack = append(vm.stack, a, b)
		case DEC:
			vm.stack = append(vm.stack, vm.pop()-1)
		case PRINT:
			fmt.Fprintf(&vm.out, "%d ", vm.stack[len(vm.stack)-1])
		case JZ:
			if vm.stack[len(vm.stack)-1] == 0 {
				vm.pc = in.Arg
				continue
			}
		case JMP:
			vm.pc = in.Arg
			continue
		case HALT:
			return nil
		}
		vm.pc++
	}
	return nil
}

func main() {
	// countdown from 5, printing each value
	countdown := []Instr{{PUSH, 5}, {PRINT, 0}, {DEC, 0}, {JZ, 5}, {JMP, 1}, {HALT, 0}}
	fmt.Println(countdown)
	vm := &VM{}
	err := vm.Run(countdown, 100)
	fmt.Printf("out=%q err=%v steps=%d stack=%v\n", vm.out.String(), err, vm.steps, vm.stack)

	bad := []Instr{{PUSH, 2}, {ADD, 0}}
	vm = &VM{}
	err = vm.Run(bad, 100)
	var ve *VMError
	fmt.Println(err, errors.Is(err, ErrStack), errors.As(err, &ve), ve.PC, ve.Op)

	loop := []Instr{{PUSH, 1}, {JMP, 0}}
	vm = &VM{}
	fmt.Println(vm.Run(loop, 50), len(vm.stack))

	sq := []Instr{{PUSH, 7}, {DUP, 0}, {MUL, 0}, {PUSH, 1}, {SWAP, 0}, {PRINT, 0}, {HALT, 0}, {PRINT, 0}}
	vm = &VM{}
	fmt.Println(vm.Run(sq, 100), vm.out.String(), vm.stack)
	fmt.Printf("%d %v %s %x\n", MUL, MUL, Instr{JZ, 3}, Op(9))
}
