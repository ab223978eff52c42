package main

import (
	"fmt"
	"strings"
)

type OpKind byte

const (
	Keep OpKind = ' '
	Add  OpKind = '+'
	Del  OpKind = '-'
)

type Op struct {
	Kind OpKind
	Line string
}

func (o Op) String() string { return fmt.Sprintf("%c %s", o.Kind, o.Line) }

func lcs(a, b []string) [][]int {
	t := make([][]int, len(a)+1)
	for i := range t {
		t[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				t[i][j] = t[i+1][j+1] + 1
			} else {
				t[i][j] = max(t[i+1][j], t[i][j+1])
			}
		}
	}
	return t
}

func Diff(a, b []string) []Op {
	t := lcs(a, b)
	var ops []Op
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			ops = append(ops, Op{Keep, a[i]})
			i++
			j++
		case t[i+1][j] >= t[i][j+1]:
			ops = append(ops, Op{Del, a[i]})
			i++
		default:
			ops = append(ops, Op{Add, b[j]})
			j++
		}
	}
	for ; i < len(a); i++ {
		ops = append(ops, Op{Del, a[i]})
	}
	for ; j < len(b); j++ {
		ops = append(ops, Op{Add, b[j]})
	}
	return ops
}

func main() {
	before := strings.Split("package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Println(1)\n}", "\n")
	after := strings.Split("package main\nimport (\n\t\"fmt\"\n)\nfunc main() {\n\tfmt.Println(2)\n}", "\n")
	ops := Diff(before, after)
	stats := map[OpKind]int{}
	for _, op := range ops {
		fmt.Println(op)
		stats[op.Kind]++
	}
	fmt.Printf("+%d -%d =%d\n", stats[Add], stats[Del], stats[Keep])
	fmt.Println(stats)
	fmt.Printf("%v %q %d %c\n", Add, Del, Keep, Add)
	fmt.Printf("%v\n", ops[:2])
	fmt.Printf("%+v\n", ops[len(ops)-1])
	t := lcs([]string{"a", "b", "c"}, []string{"b", "c", "d"})
	fmt.Println(t)
}
