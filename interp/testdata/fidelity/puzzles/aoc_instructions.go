package main

import (
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

type instr struct {
	op  string
	arg int
}

func run(code []instr) (acc int, terminated bool) {
	seen := map[int]bool{}
	pc := 0
	for pc < len(code) {
		if seen[pc] {
			return acc, false
		}
		seen[pc] = true
		switch in := code[pc]; in.op {
		case "acc":
			acc += in.arg
			pc++
		case "jmp":
			pc += in.arg
		default:
			pc++
		}
	}
	return acc, true
}

func main() {
	var code []instr
	for _, line := range strings.Split(program, "\n") {
		op, arg, _ := strings.Cut(line, " ")
		n, _ := strconv.Atoi(arg)
		code = append(code, instr{op, n})
	}
	fmt.Println(run(code))

	for i := range code {
		orig := code[i].op
		switch orig {
		case "jmp":
			code[i].op = "nop"
		case "nop":
			code[i].op = "jmp"
		default:
			continue
		}
		if acc, ok := run(code); ok {
			fmt.Println("fixed at", i, "acc", acc)
		}
		code[i].op = orig
	}
}
