package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const program = `
# compute fibonacci numbers into registers
cpy 1 a
cpy 1 b
cpy 20 d
loop:
cpy a c
inc a
dec a
add a b
cpy c b
dec d
jnz d loop
out a
mul a 2 e
mod e 7 f
jnz 0 loop
out f
`

type Inst struct {
	Op   string
	Args []string
	Line int
}

type CPU struct {
	Regs   map[string]int
	Labels map[string]int
	Out    []int
	Trace  map[string]int
}

func (c *CPU) val(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return c.Regs[s]
}

func assemble(src string) ([]Inst, map[string]int) {
	var prog []Inst
	labels := map[string]int{}
	for i, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if name, ok := strings.CutSuffix(line, ":"); ok {
			labels[name] = len(prog)
			continue
		}
		f := strings.Fields(line)
		prog = append(prog, Inst{f[0], f[1:], i})
	}
	return prog, labels
}

func (c *CPU) Run(prog []Inst) error {
	for pc := 0; pc < len(prog); pc++ {
		in := prog[pc]
		c.Trace[in.Op]++
		a := in.Args
		switch in.Op {
		case "cpy":
			c.Regs[a[1]] = c.val(a[0])
		case "inc":
			c.Regs[a[0]]++
		case "dec":
			c.Regs[a[0]]--
		case "add":
			c.Regs[a[0]] += c.val(a[1])
		case "mul":
			c.Regs[a[2]] = c.val(a[0]) * c.val(a[1])
		case "mod":
			c.Regs[a[2]] = c.val(a[0]) % c.val(a[1])
		case "out":
			c.Out = append(c.Out, c.val(a[0]))
		case "jnz":
			if c.val(a[0]) != 0 {
				target, ok := c.Labels[a[1]]
				if !ok {
					return fmt.Errorf("line %d: unknown label %q", in.Line, a[1])
				}
				pc = target - 1
			}
		default:
			return fmt.Errorf("line %d: unknown op %q", in.Line, in.Op)
		}
	}
	return nil
}

func main() {
	prog, labels := assemble(program)
	fmt.Println(len(prog), "instructions, labels:", labels)
	cpu := &CPU{Regs: map[string]int{}, Labels: labels, Trace: map[string]int{}}
	err := cpu.Run(prog)
	fmt.Println("err:", err, "out:", cpu.Out)
	regs := make([]string, 0, len(cpu.Regs))
	for r := range cpu.Regs {
		regs = append(regs, r)
	}
	sort.Strings(regs)
	for _, r := range regs {
		fmt.Printf("%s=%d ", r, cpu.Regs[r])
	}
	fmt.Println()
	type kv struct {
		op string
		n  int
	}
	var counts []kv
	for op, n := range cpu.Trace {
		counts = append(counts, kv{op, n})
	}
	sort.Slice(counts, func(i, j int) bool {
		if counts[i].n != counts[j].n {
			return counts[i].n > counts[j].n
		}
		return counts[i].op < counts[j].op
	})
	fmt.Println(counts)
	bad, l := assemble("cpy 1 a\njnz a nowhere\n")
	fmt.Println((&CPU{Regs: map[string]int{}, Labels: l, Trace: map[string]int{}}).Run(bad))
	bad2, l2 := assemble("halt")
	fmt.Println((&CPU{Regs: map[string]int{}, Labels: l2, Trace: map[string]int{}}).Run(bad2))
}
