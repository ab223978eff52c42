package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const program = `3,9,8,9,10,9,4,9,99,-1,8`

const cmpProg = `3,21,1008,21,8,20,1005,20,22,107,8,21,20,1006,20,31,1106,0,36,98,0,0,1002,21,125,20,4,20,1105,1,46,104,999,1105,1,46,1101,1000,1,20,4,20,1105,1,46,98,99`

var ErrHalt = errors.New("halted")

type VM struct {
	mem    []int
	ip     int
	input  []int
	output []int
}

func NewVM(src string) *VM {
	var mem []int
	for _, f := range strings.Split(strings.TrimSpace(src), ",") {
		n, err := strconv.Atoi(f)
		if err != nil {
			panic(fmt.Sprintf("bad opcode %q: %v", f, err))
		}
		mem = append(mem, n)
	}
	return &VM{mem: mem}
}

func (vm *VM) param(i int) *int {
	mode := vm.mem[vm.ip] / 100
	for range i - 1 {
		mode /= 10
	}
	addr := vm.ip + i
	if mode%10 == 0 {
		addr = vm.mem[addr]
	}
	return &vm.mem[addr]
}

func (vm *VM) Step() error {
	op := vm.mem[vm.ip] % 100
	switch op {
	case 1, 2, 7, 8:
		a, b, c := *vm.param(1), *vm.param(2), vm.param(3)
		switch op {
		case 1:
			*c = a + b
		case 2:
			*c = a * b
		case 7:
			*c = btoi(a < b)
		case 8:
			*c = btoi(a == b)
		}
		vm.ip += 4
	case 3:
		if len(vm.input) == 0 {
			return errors.New("input exhausted")
		}
		*vm.param(1), vm.input = vm.input[0], vm.input[1:]
		vm.ip += 2
	case 4:
		vm.output = append(vm.output, *vm.param(1))
		vm.ip += 2
	case 5, 6:
		v, target := *vm.param(1), *vm.param(2)
		if (op == 5) == (v != 0) {
			vm.ip = target
		} else {
			vm.ip += 3
		}
	case 99:
		return ErrHalt
	default:
		return fmt.Errorf("ip=%d: unknown opcode %d", vm.ip, op)
	}
	return nil
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func Run(src string, in ...int) ([]int, error) {
	vm := NewVM(src)
	vm.input = in
	for {
		if err := vm.Step(); err != nil {
			if errors.Is(err, ErrHalt) {
				return vm.output, nil
			}
			return vm.output, err
		}
	}
}

func main() {
	for _, x := range []int{7, 8, 9} {
		out, err := Run(program, x)
		fmt.Printf("eq8(%d) = %v err=%v\n", x, out, err)
	}
	for _, x := range []int{5, 8, 11} {
		out, _ := Run(cmpProg, x)
		fmt.Printf("cmp(%d) = %v\n", x, out)
	}
	_, err := Run("1,0,0,0,42")
	fmt.Println("error:", err)
	_, err = Run("3,0,99")
	fmt.Println("error:", err)
}
