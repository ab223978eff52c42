package main

import (
	"bufio"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const source = `
; sum of 1..n and fibonacci, with labels
        load  r0, 10      ; n
        load  r1, 0       ; acc
loop:   add   r1, r0
        dec   r0
        jnz   r0, loop
        out   r1
        load  r2, 0
        load  r3, 1
        load  r4, 8
fib:    out   r2
        mov   r5, r3
        add   r3, r2
        mov   r2, r5
        dec   r4
        jnz   r4, fib
        halt
`

type Inst struct {
	Op   string
	Args []string
	Line int
}

type AsmError struct {
	Line int
	Msg  string
}

func (e AsmError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func assemble(src string) ([]Inst, map[string]int, error) {
	var prog []Inst
	labels := map[string]int{}
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line, _, _ := strings.Cut(sc.Text(), ";")
		if lbl, rest, ok := strings.Cut(line, ":"); ok {
			lbl = strings.TrimSpace(lbl)
			if _, dup := labels[lbl]; dup {
				errs = append(errs, AsmError{n, "duplicate label " + lbl})
			}
			labels[lbl] = len(prog)
			line = rest
		}
		f := strings.Fields(strings.ReplaceAll(line, ",", " "))
		if len(f) == 0 {
			continue
		}
		prog = append(prog, Inst{f[0], f[1:], n})
	}
	return prog, labels, errors.Join(errs...)
}

type CPU struct {
	R   [8]int
	Out []int
}

func (c *CPU) reg(s string) *int {
	i, err := strconv.Atoi(strings.TrimPrefix(s, "r"))
	if err != nil || i < 0 || i >= len(c.R) {
		panic(fmt.Sprintf("bad register %q", s))
	}
	return &c.R[i]
}

func (c *CPU) val(s string) int {
	if strings.HasPrefix(s, "r") {
		return *c.reg(s)
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

func (c *CPU) Run(prog []Inst, labels map[string]int, limit int) (steps int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("runtime: %v", r)
		}
	}()
	for pc := 0; pc < len(prog); pc++ {
		if steps++; steps > limit {
			return steps, errors.New("step limit exceeded")
		}
		in := prog[pc]
		switch in.Op {
		case "load", "mov":
			*c.reg(in.Args[0]) = c.val(in.Args[1])
		case "add":
			*c.reg(in.Args[0]) += c.val(in.Args[1])
		case "dec":
			*c.reg(in.Args[0])--
		case "jnz":
			if c.val(in.Args[0]) != 0 {
				pc = labels[in.Args[1]] - 1
			}
		case "out":
			c.Out = append(c.Out, c.val(in.Args[0]))
		case "halt":
			return steps, nil
		default:
			return steps, AsmError{in.Line, "unknown op " + in.Op}
		}
	}
	return steps, nil
}

func main() {
	prog, labels, err := assemble(source)
	fmt.Println(len(prog), "instructions, labels", labels["loop"], labels["fib"], err)
	cpu := &CPU{}
	steps, err := cpu.Run(prog, labels, 1000)
	fmt.Println("out:", cpu.Out, "steps:", steps, "err:", err)
	fmt.Printf("regs: %v\n", cpu.R)

	bad := "a: load r0, 1\na: load r9, 2\nmul r0, r0\n"
	prog, labels, err = assemble(bad)
	fmt.Println("assemble:", err)
	cpu = &CPU{}
	_, err = cpu.Run(prog, labels, 10)
	fmt.Println("run:", err)
	_, err = (&CPU{}).Run([]Inst{{"load", []string{"r0", "1"}, 1}, {"mul", nil, 2}}, nil, 10)
	var ae AsmError
	fmt.Println(err, errors.As(err, &ae), ae.Line)
	_, err = (&CPU{}).Run([]Inst{{"load", []string{"r0", "1"}, 1}, {"jnz", []string{"r0", "x"}, 2}}, map[string]int{"x": 1}, 50)
	fmt.Println(err)
}
