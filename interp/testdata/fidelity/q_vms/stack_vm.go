package main

import (
	"errors"
	"fmt"
	"strings"
)

type Opcode byte

const (
	OpPush Opcode = iota
	OpPop
	OpAdd
	OpSub
	OpMul
	OpDup
	OpSwap
	OpJmp
	OpJz
	OpLoad
	OpStore
	OpPrint
	OpHalt
)

var opNames = map[Opcode]string{
	OpPush: "PUSH", OpPop: "POP", OpAdd: "ADD", OpSub: "SUB", OpMul: "MUL", OpDup: "DUP",
	OpSwap: "SWAP", OpJmp: "JMP", OpJz: "JZ", OpLoad: "LOAD", OpStore: "STORE", OpPrint: "PRINT", OpHalt: "HALT",
}

func (o Opcode) String() string {
	if s, ok := opNames[o]; ok {
		return s
	}
	return fmt.Sprintf("OP(%d)", byte(o))
}

func (o Opcode) HasArg() bool {
	switch o {
	case OpPush, OpJmp, OpJz, OpLoad, OpStore:
		return true
	}
	return false
}

type Instr struct {
	Op  Opcode
	Arg int
}

func (in Instr) String() string {
	if in.Op.HasArg() {
		return fmt.Sprintf("%v %d", in.Op, in.Arg)
	}
	return in.Op.String()
}

var ErrStackUnderflow = errors.New("stack underflow")

type VM struct {
	code  []Instr
	stack []int
	vars  [8]int
	pc    int
	steps int
	out   strings.Builder
}

func (vm *VM) pop() (int, error) {
	if len(vm.stack) == 0 {
		return 0, fmt.Errorf("pc=%d: %w", vm.pc, ErrStackUnderflow)
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v, nil
}

func (vm *VM) Run(limit int) error {
	for vm.pc < len(vm.code) {
		if vm.steps++; vm.steps > limit {
			return fmt.Errorf("step limit %d exceeded", limit)
		}
		in := vm.code[vm.pc]
		vm.pc++
		switch in.Op {
		case OpPush:
			vm.stack = append(vm.stack, in.Arg)
		case OpPop:
			if _, err := vm.pop(); err != nil {
				return err
			}
		case OpAdd, OpSub, OpMul:
			b, err := vm.pop()
			if err != nil {
				return err
			}
			a, err := vm.pop()
			if err != nil {
				return err
			}
			switch in.Op {
			case OpAdd:
				vm.stack = append(vm.stack, a+b)
			case OpSub:
				vm.stack = append(vm.stack, a-b)
			default:
				vm.stack = append(vm.stack, a*b)
			}
		case OpDup:
			v, err := vm.pop()
			if err != nil {
				return err
			}
			vm.stack = append(vm.stack, v, v)
		case OpSwap:
			n := len(vm.stack)
			vm.stack[n-1], vm.stack[n-2] = vm.stack[n-2], vm.stack[n-1]
		case OpJmp:
			vm.pc = in.Arg
		case OpJz:
			v, err := vm.pop()
			if err != nil {
				return err
			}
			if v == 0 {
				vm.pc = in.Arg
			}
		case OpLoad:
			vm.stack = append(vm.stack, vm.vars[in.Arg])
		case OpStore:
			v, err := vm.pop()
			if err != nil {
				return err
			}
			vm.vars[in.Arg] = v
		case OpPrint:
			v, err := vm.pop()
			if err != nil {
				return err
			}
			fmt.Fprintln(&vm.out, v)
		case OpHalt:
			return nil
		default:
			return fmt.Errorf("bad opcode %v at %d", in.Op, vm.pc-1)
		}
	}
	return nil
}

func main() {
	// factorial of 10: acc=1 (var0), n=10 (var1); loop while n != 0
	fact := []Instr{
		{OpPush, 1}, {OpStore, 0}, {OpPush, 10}, {OpStore, 1},
		{OpLoad, 1}, {OpJz, 15},
		{OpLoad, 0}, {OpLoad, 1}, {OpMul, 0}, {OpStore, 0},
		{OpLoad, 1}, {OpPush, 1}, {OpSub, 0}, {OpStore, 1}, {OpJmp, 4},
		{OpLoad, 0}, {OpPrint, 0}, {OpHalt, 0},
	}
	for i, in := range fact[:6] {
		fmt.Printf("%02d %v\n", i, in)
	}
	vm := &VM{code: fact}
	err := vm.Run(1000)
	fmt.Print(vm.out.String())
	fmt.Println("err:", err, "steps:", vm.steps, "vars:", vm.vars[:2])

	bad := &VM{code: []Instr{{OpPush, 2}, {OpAdd, 0}}}
	err = bad.Run(100)
	fmt.Println(err, errors.Is(err, ErrStackUnderflow))
	loop := &VM{code: []Instr{{OpJmp, 0}}}
	fmt.Println(loop.Run(50))
	odd := &VM{code: []Instr{{Opcode(42), 0}}}
	fmt.Println(odd.Run(5), Opcode(42), []Opcode{OpDup, OpSwap})
	fmt.Printf("%v %d %s\n", Instr{OpPush, 7}, OpHalt, OpPrint)
}
