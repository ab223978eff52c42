package main

import (
	"errors"
	"fmt"
	"strings"
)

type Opcode byte

const (
	OpPush Opcode = iota
	OpAdd
	OpSub
	OpMul
	OpDup
	OpSwap
	OpJz
	OpJmp
	OpPrint
	OpHalt
	OpLoad
	OpStore
)

var opNames = map[Opcode]string{
	OpPush: "PUSH", OpAdd: "ADD", OpSub: "SUB", OpMul: "MUL", OpDup: "DUP", OpSwap: "SWAP",
	OpJz: "JZ", OpJmp: "JMP", OpPrint: "PRINT", OpHalt: "HALT", OpLoad: "LOAD", OpStore: "STORE",
}

func (o Opcode) String() string {
	if n, ok := opNames[o]; ok {
		return n
	}
	return fmt.Sprintf("OP(%d)", byte(o))
}

type Instr struct {
	Op  Opcode
	Arg int
}

type VMError struct {
	PC  int
	Op  Opcode
	Err error
}

func (e *VMError) Error() string { return fmt.Sprintf("pc=%d %v: %v", e.PC, e.Op, e.Err) }
func (e *VMError) Unwrap() error { return e.Err }

var ErrStackUnderflow = errors.New("stack underflow")

type VM struct {
	stack []int
	vars  [4]int
	out   strings.Builder
	steps int
}

func (vm *VM) pop() (int, error) {
	if len(vm.stack) == 0 {
		return 0, ErrStackUnderflow
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v, nil
}

func (vm *VM) Run(prog []Instr) error {
	for pc := 0; pc < len(prog); {
		in := prog[pc]
		vm.steps++
		var a, b int
		var err error
		switch in.Op {
		case OpPush:
			vm.stack = append(vm.stack, in.Arg)
		case OpAdd, OpSub, OpMul:
			if b, err = vm.pop(); err == nil {
				a, err = vm.pop()
			}
			if err == nil {
				switch in.Op {
				case OpAdd:
					vm.stack = append(vm.stack, a+b)
				case OpSub:
					vm.stack = append(vm.stack, a-b)
				default:
					vm.stack = append(vm.stack, a*b)
				}
			}
		case OpDup:
			if a, err = vm.pop(); err == nil {
				vm.stack = append(vm.stack, a, a)
			}
		case OpJz:
			if a, err = vm.pop(); err == nil && a == 0 {
				pc = in.Arg
				continue
			}
		case OpJmp:
			pc = in.Arg
			continue
		case OpPrint:
			if a, err = vm.pop(); err == nil {
				fmt.Fprintf(&vm.out, "%d ", a)
			}
		case OpLoad:
			vm.stack = append(vm.stack, vm.vars[in.Arg])
		case OpStore:
			if a, err = vm.pop(); err == nil {
				vm.vars[in.Arg] = a
			}
		case OpHalt:
			return nil
		default:
			err = fmt.Errorf("illegal instruction")
		}
		if err != nil {
			return &VMError{pc, in.Op, err}
		}
		pc++
	}
	return nil
}

func main() {
	// factorial of 6 using vars[0]=n, vars[1]=acc
	fact := []Instr{
		{OpPush, 6}, {OpStore, 0}, {OpPush, 1}, {OpStore, 1},
		{OpLoad, 0}, {OpJz, 15},
		{OpLoad, 1}, {OpLoad, 0}, {OpMul, 0}, {OpStore, 1},
		{OpLoad, 0}, {OpPush, 1}, {OpSub, 0}, {OpStore, 0},
		{OpJmp, 4},
		{OpLoad, 1}, {OpPrint, 0}, {OpHalt, 0},
	}
	for i, in := range fact[:6] {
		fmt.Printf("%02d %-5v %d\n", i, in.Op, in.Arg)
	}
	progs := map[string][]Instr{
		"fact":      fact,
		"countdown": {{OpPush, 3}, {OpDup, 0}, {OpPrint, 0}, {OpPush, 1}, {OpSub, 0}, {OpDup, 0}, {OpJz, 8}, {OpJmp, 1}, {OpHalt, 0}},
		"underflow": {{OpPush, 1}, {OpAdd, 0}},
		"illegal":   {{Opcode(42), 0}},
	}
	for _, name := range []string{"fact", "countdown", "underflow", "illegal"} {
		vm := &VM{}
		err := vm.Run(progs[name])
		fmt.Printf("%-9s out=%q steps=%d err=%v underflow=%t\n", name, vm.out.String(), vm.steps, err, errors.Is(err, ErrStackUnderflow))
	}
}
