package main

import (
	"fmt"
	"strconv"
	"strings"
)

var program = parse(source)

var handlers = map[string]func(*CPU, []string){
	"cpy": (*CPU).cpy,
	"inc": func(c *CPU, a []string) { c.reg[a[0]]++; c.pc++ },
	"dec": func(c *CPU, a []string) { c.reg[a[0]]--; c.pc++ },
	"jnz": (*CPU).jnz,
	"out": (*CPU).out,
}

const source = `cpy 41 a
inc a
inc a
dec a
jnz a 2
dec a
cpy a b
cpy 3 c
inc b
dec c
jnz c -2
out b
out a`

type Instr struct {
	Op   string
	Args []string
}

type CPU struct {
	reg    map[string]int
	pc     int
	output []int
	steps  int
}

func init() {
	fmt.Println("loaded", len(program), "instructions,", len(handlers), "opcodes")
}

func parse(s string) []Instr {
	var out []Instr
	for _, line := range strings.Split(s, "\n") {
		f := strings.Fields(line)
		out = append(out, Instr{f[0], f[1:]})
	}
	return out
}

func (c *CPU) value(x string) int {
	if n, err := strconv.Atoi(x); err == nil {
		return n
	}
	return c.reg[x]
}

func (c *CPU) cpy(a []string) {
	c.reg[a[1]] = c.value(a[0])
	c.pc++
}

func (c *CPU) jnz(a []string) {
	if c.value(a[0]) != 0 {
		c.pc += c.value(a[1])
	} else {
		c.pc++
	}
}

func (c *CPU) out(a []string) {
	c.output = append(c.output, c.value(a[0]))
	c.pc++
}

func (c *CPU) Run(prog []Instr) {
	for c.pc >= 0 && c.pc < len(prog) {
		in := prog[c.pc]
		h, ok := handlers[in.Op]
		if !ok {
			panic("unknown op " + in.Op)
		}
		h(c, in.Args)
		c.steps++
	}
}

func main() {
	cpu := &CPU{reg: map[string]int{}}
	cpu.Run(program)
	fmt.Printf("a=%d b=%d c=%d d=%d\n", cpu.reg["a"], cpu.reg["b"], cpu.reg["c"], cpu.reg["d"])
	fmt.Println("output:", cpu.output, "steps:", cpu.steps)

	cpu2 := &CPU{reg: map[string]int{"c": 1}}
	cpu2.Run(program[:5])
	fmt.Println("partial run a =", cpu2.value("a"), "pc =", cpu2.pc)

	for _, in := range program[:3] {
		fmt.Printf("%+v\n", in)
	}
}
