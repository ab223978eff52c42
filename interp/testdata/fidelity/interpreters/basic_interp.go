package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Line struct {
	Num  int
	Stmt string
}

type Interp struct {
	lines []Line
	vars  map[string]int
	out   []string
	calls []int
}

func (in *Interp) value(tok string) (int, error) {
	if n, err := strconv.Atoi(tok); err == nil {
		return n, nil
	}
	v, ok := in.vars[tok]
	if !ok {
		return 0, fmt.Errorf("undefined variable %s", tok)
	}
	return v, nil
}

func (in *Interp) expr(toks []string) (int, error) {
	acc, err := in.value(toks[0])
	if err != nil {
		return 0, err
	}
	for i := 1; i+1 < len(toks); i += 2 {
		r, err := in.value(toks[i+1])
		if err != nil {
			return 0, err
		}
		switch toks[i] {
		case "+":
			acc += r
		case "-":
			acc -= r
		case "*":
			acc *= r
		case "/":
			acc /= r
		case "<":
			acc = b2i(acc < r)
		case "=":
			acc = b2i(acc == r)
		default:
			return 0, fmt.Errorf("bad operator %s", toks[i])
		}
	}
	return acc, nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (in *Interp) index(num int) (int, bool) {
	i := sort.Search(len(in.lines), func(i int) bool { return in.lines[i].Num >= num })
	return i, i < len(in.lines) && in.lines[i].Num == num
}

func (in *Interp) Run(limit int) error {
	pc := 0
	for steps := 0; pc < len(in.lines); steps++ {
		if steps > limit {
			return fmt.Errorf("too many steps")
		}
		l := in.lines[pc]
		f := strings.Fields(l.Stmt)
		pc++
		var err error
		switch f[0] {
		case "LET":
			var v int
			v, err = in.expr(f[3:])
			in.vars[f[1]] = v
		case "PRINT":
			var v int
			v, err = in.expr(f[1:])
			in.out = append(in.out, strconv.Itoa(v))
		case "IF":
			then := len(f) - 2
			var v int
			v, err = in.expr(f[1:then])
			if err == nil && v != 0 {
				target, _ := strconv.Atoi(f[then+1])
				i, ok := in.index(target)
				if !ok {
					return fmt.Errorf("line %d: no line %d", l.Num, target)
				}
				pc = i
			}
		case "GOTO", "GOSUB":
			target, _ := strconv.Atoi(f[1])
			i, ok := in.index(target)
			if !ok {
				return fmt.Errorf("line %d: no line %d", l.Num, target)
			}
			if f[0] == "GOSUB" {
				in.calls = append(in.calls, pc)
			}
			pc = i
		case "RETURN":
			pc = in.calls[len(in.calls)-1]
			in.calls = in.calls[:len(in.calls)-1]
		case "END":
			return nil
		default:
			err = fmt.Errorf("unknown statement %s", f[0])
		}
		if err != nil {
			return fmt.Errorf("line %d: %w", l.Num, err)
		}
	}
	return nil
}

func load(src string) *Interp {
	in := &Interp{vars: map[string]int{}}
	for _, raw := range strings.Split(strings.TrimSpace(src), "\n") {
		sp := strings.IndexByte(raw, ' ')
		n, _ := strconv.Atoi(raw[:sp])
		in.lines = append(in.lines, Line{n, strings.TrimSpace(raw[sp:])})
	}
	sort.Slice(in.lines, func(i, j int) bool { return in.lines[i].Num < in.lines[j].Num })
	return in
}

func main() {
	progs := []string{`
10 LET I = 1
20 LET S = 0
30 LET S = S + I * I
40 LET I = I + 1
50 IF I < 11 THEN 30
60 PRINT S
70 GOSUB 100
80 PRINT S
90 END
100 LET S = S / 5
110 RETURN`, `
30 PRINT X
10 LET X = 7
20 GOTO 30`, `
10 LET A = 1
20 GOTO 10`, `
10 PRINT Y + 1`, `
10 IF 1 = 1 THEN 99`}
	for i, p := range progs {
		in := load(p)
		err := in.Run(500)
		fmt.Printf("prog %d: out=%v err=%v\n", i, in.out, err)
	}
}
