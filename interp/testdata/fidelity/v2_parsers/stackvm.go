package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Op uint8

const (
	PUSH Op = iota + 1
	ADD
	SUB
	MUL
	DUP
	SWAP
	JZ
	JMP
	PRINT
	HALT
)

var opNames = map[string]Op{"push": PUSH, "add": ADD, "sub": SUB, "mul": MUL, "dup": DUP,
	"swap": SWAP, "jz": JZ, "jmp": JMP, "print": PRINT, "halt": HALT}

func (o Op) String() string {
	for k, v := range opNames {
		if v == o {
			return strings.ToUpper(k)
		}
	}
	return "Op(" + strconv.Itoa(int(o)) + ")"
}

type Instr struct {
	Op  Op
	Arg int
}

type VMError struct {
	PC  int
	Ins Instr
	Err error
}

func (e VMError) Error() string { return fmt.Sprintf("pc=%d %v: %v", e.PC, e.Ins, e.Err) }
func (e VMError) Unwrap() error { return e.Err }

var ErrUnderflow = errors.New("stack underflow")
var ErrSteps = errors.New("step limit")

func Assemble(src string) ([]Instr, error) {
	var prog []Instr
	for n, line := range strings.Split(src, "\n") {
		if i := strings.IndexByte(line, ';'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		op, ok := opNames[f[0]]
		if !ok {
			return nil, fmt.Errorf("line %d: unknown op %q", n+1, f[0])
		}
		ins := Instr{Op: op}
		if len(f) > 1 {
			v, err := strconv.Atoi(f[1])
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", n+1, err)
			}
			ins.Arg = v
		}
		prog = append(prog, ins)
	}
	return prog, nil
}

type VM struct {
	stack []int
	out   []string
}

func (vm *VM) pop() (int, error) {
	if len(vm.stack) == 0 {
		return 0, ErrUnderflow
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v, nil
}

func (vm *VM) Run(prog []Instr, limit int) (err error) {
	pc := 0
	for steps := 0; pc < len(prog); steps++ {
		if steps >= limit {
			return VMError{pc, prog[pc], ErrSteps}
		}
		ins := prog[pc]
		pc++
		fail := func(e error) error { return VMError{pc - 1, ins, e} }
		switch ins.Op {
		case PUSH:
			vm.stack = append(vm.stack, ins.Arg)
		case ADD, SUB, MUL:
			b, e1 := vm.pop()
			a, e2 := vm.pop()
			if e := errors.Join(e1, e2); e != nil {
				return fail(e)
			}
			switch ins.Op {
			case ADD:
				vm.stack = append(vm.stack, a+b)
			case SUB:
				vm.stack = append(vm.stack, a-b)
			default:
				vm.stack = append(vm.stack, a*b)
			}
		case DUP:
			if len(vm.stack) == 0 {
				return fail(ErrUnderflow)
			}
			vm.stack = append(vm.stack, vm.stack[len(vm.stack)-1])
		case SWAP:
			n := len(vm.stack)
			if n < 2 {
				return fail(ErrUnderflow)
			}
			vm.stack[n-1], vm.stack[n-2] = vm.stack[n-2], vm.stack[n-1]
		case JZ:
			v, e := vm.pop()
			if e != nil {
				return fail(e)
			}
			if v == 0 {
				pc = ins.Arg
			}
		case JMP:
			pc = ins.Arg
		case PRINT:
			v, e := vm.pop()
			if e != nil {
				return fail(e)
			}
			vm.out = append(vm.out, strconv.Itoa(v))
		case HALT:
			return nil
		}
	}
	return nil
}

const countdown = `
push 5      ; counter
dup         ; 1
print       ; 2
push 1      ; 3
sub         ; 4
dup         ; 5
jz 8        ; 6
jmp 1       ; 7
halt        ; 8
`

func main() {
	prog, err := Assemble(countdown)
	fmt.Println(len(prog), err)
	fmt.Println(prog[:3])
	vm := &VM{}
	err = vm.Run(prog, 1000)
	fmt.Println(strings.Join(vm.out, ","), vm.stack, err)

	for _, src := range []string{"push 1\nadd", "push 2\nfoo", "push x", "jmp 0", "push 3\npush 4\nmul\nprint"} {
		p, err := Assemble(src)
		if err != nil {
			fmt.Println("asm:", err)
			continue
		}
		vm := &VM{}
		err = vm.Run(p, 50)
		var ve VMError
		if errors.As(err, &ve) {
			fmt.Printf("run: %v | pc=%d op=%v under=%t steps=%t\n", err, ve.PC, ve.Ins.Op, errors.Is(err, ErrUnderflow), errors.Is(err, ErrSteps))
		} else {
			fmt.Println("ok:", vm.out, err)
		}
	}
	fmt.Printf("%v %d %+v\n", Op(42), MUL, Instr{JZ, 8})
}
