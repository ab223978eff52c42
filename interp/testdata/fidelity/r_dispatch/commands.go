package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Command interface {
	Name() string
}

type Push struct{ Val int }
type Pop struct{}
type Add struct{}
type Dup struct{ Times int }

func (Push) Name() string { return "push" }
func (Pop) Name() string  { return "pop" }
func (Add) Name() string  { return "add" }
func (Dup) Name() string  { return "dup" }

var ErrUnderflow = errors.New("stack underflow")

type VM struct{ stack []int }

func (vm *VM) Exec(c Command) error {
	switch c := c.(type) {
	case Push:
		vm.stack = append(vm.stack, c.Val)
	case Pop:
		if len(vm.stack) == 0 {
			return fmt.Errorf("%s: %w", c.Name(), ErrUnderflow)
		}
		vm.stack = vm.stack[:len(vm.stack)-1]
	case Add:
		if len(vm.stack) < 2 {
			return fmt.Errorf("%s: %w", c.Name(), ErrUnderflow)
		}
		n := len(vm.stack)
		vm.stack = append(vm.stack[:n-2], vm.stack[n-2]+vm.stack[n-1])
	case Dup:
		if len(vm.stack) == 0 {
			return fmt.Errorf("%s: %w", c.Name(), ErrUnderflow)
		}
		top := vm.stack[len(vm.stack)-1]
		for range c.Times {
			vm.stack = append(vm.stack, top)
		}
	default:
		return fmt.Errorf("unknown command %T", c)
	}
	return nil
}

func parse(line string) (Command, error) {
	f := strings.Fields(line)
	if len(f) == 0 {
		return nil, errors.New("empty line")
	}
	switch f[0] {
	case "push":
		n, err := strconv.Atoi(f[1])
		if err != nil {
			return nil, err
		}
		return Push{n}, nil
	case "pop":
		return Pop{}, nil
	case "add":
		return Add{}, nil
	case "dup":
		return Dup{Times: 2}, nil
	}
	return nil, fmt.Errorf("bad op %q", f[0])
}

func main() {
	prog := []string{"push 3", "push 4", "add", "dup", "add", "pop", "pop", "pop", "mul", "push x"}
	vm := &VM{}
	for _, line := range prog {
		cmd, err := parse(line)
		if err != nil {
			fmt.Printf("%-8s parse error: %v\n", line, err)
			continue
		}
		if err := vm.Exec(cmd); err != nil {
			fmt.Printf("%-8s exec error: %v (underflow=%v)\n", line, err, errors.Is(err, ErrUnderflow))
			continue
		}
		fmt.Printf("%-8s %-5s %T %v\n", line, cmd.Name(), cmd, vm.stack)
	}
	cmds := []Command{Push{1}, Dup{1}, Add{}}
	for _, c := range cmds {
		_ = vm.Exec(c)
	}
	fmt.Println(vm.stack, len(cmds))
	fmt.Printf("%v %+v %#v\n", cmds[0], cmds[1], cmds[2])
}
