// Handheld halting (AoC 2020 day 8 style): parse instructions with
// strings.Fields and strconv.Atoi, detect loops, repair one instruction.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const program = `nop +0
acc +1
jmp +4
acc +3
jmp -3
acc -99
acc +1
jmp -4
acc +6`

type Op int

const (
	Nop Op = iota
	Acc
	Jmp
)

var opNames = map[string]Op{"nop": Nop, "acc": Acc, "jmp": Jmp}

func (o Op) String() string { return [...]string{"nop", "acc", "jmp"}[o] }

type Instr struct {
	Op  Op
	Arg int
}

var ErrLoop = errors.New("infinite loop")

type LoopError struct {
	PC, Acc int
}

func (e *LoopError) Error() string { return fmt.Sprintf("loop at pc=%d acc=%d", e.PC, e.Acc) }
func (e *LoopError) Unwrap() error { return ErrLoop }

func parse(src string) ([]Instr, error) {
	var prog []Instr
	for i, line := range strings.Split(src, "\n") {
		f := strings.Fields(line)
		if len(f) != 2 {
			return nil, fmt.Errorf("line %d: want 2 fields, got %d", i+1, len(f))
		}
		op, ok := opNames[f[0]]
		if !ok {
			return nil, fmt.Errorf("line %d: unknown op %q", i+1, f[0])
		}
		n, err := strconv.Atoi(f[1])
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", i+1, err)
		}
		prog = append(prog, Instr{op, n})
	}
	return prog, nil
}

func run(prog []Instr) (int, error) {
	seen := make([]bool, len(prog))
	acc, pc := 0, 0
	for pc < len(prog) {
		if seen[pc] {
			return acc, &LoopError{pc, acc}
		}
		seen[pc] = true
		switch in := prog[pc]; in.Op {
		case Acc:
			acc += in.Arg
			pc++
		case Jmp:
			pc += in.Arg
		default:
			pc++
		}
	}
	return acc, nil
}

func main() {
	prog, err := parse(program)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(prog[:3])

	acc, err := run(prog)
	var le *LoopError
	fmt.Println("part 1:", acc, err, errors.Is(err, ErrLoop), errors.As(err, &le) && le.PC == 1)

	for i, in := range prog {
		if in.Op == Acc {
			continue
		}
		fixed := append([]Instr(nil), prog...)
		fixed[i].Op = map[Op]Op{Nop: Jmp, Jmp: Nop}[in.Op]
		if acc, err := run(fixed); err == nil {
			fmt.Printf("part 2: flip %d (%v -> %v) acc=%d\n", i, in.Op, fixed[i].Op, acc)
		}
	}

	_, err = parse("nop +0\nmul 3")
	fmt.Println(err)
	_, err = parse("acc x1")
	fmt.Println(err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func)
}
