package main

import (
	"fmt"
	"math"
	"strings"
)

type Op string

const (
	Add Op = "+"
	Sub Op = "-"
	Mul Op = "*"
	Div Op = "/"
)

type Num float64

func (n Num) String() string {
	if n == Num(math.Trunc(float64(n))) {
		return fmt.Sprintf("%d", int64(n))
	}
	return fmt.Sprintf("%.3f", float64(n))
}

func apply(op Op, a, b Num) (Num, error) {
	switch op {
	case Add:
		return a + b, nil
	case Sub:
		return a - b, nil
	case Mul:
		return a * b, nil
	case Div:
		if b == 0 {
			return 0, fmt.Errorf("divide %v by zero", a)
		}
		return a / b, nil
	}
	return 0, fmt.Errorf("unknown op %q", op)
}

func main() {
	cases := []struct {
		a, b Num
		op   Op
		want any
	}{
		{1, 2, Add, Num(3)},
		{7, 2, Div, Num(3.5)},
		{1, 3, Div, Num(0.333)},
		{5, 0, Div, "error"},
		{2, 8, "^", "error"},
		{-4, 2.5, Mul, Num(-10)},
	}
	var report strings.Builder
	for _, c := range cases {
		got, err := apply(c.op, c.a, c.b)
		var gotV any = got
		if err != nil {
			gotV = "error"
		}
		mark := "✓"
		if fmt.Sprint(gotV) != fmt.Sprint(c.want) {
			mark = "✗"
		}
		fmt.Fprintf(&report, "%s %v %s %v = %v (want %v)", mark, c.a, c.op, c.b, gotV, c.want)
		if err != nil {
			fmt.Fprintf(&report, " [%v]", err)
		}
		report.WriteString("\n")
	}
	fmt.Print(report.String())
	fmt.Println(cases[0], cases[3])
	fmt.Printf("%+v\n", cases[1])
	byOp := map[Op][]struct{ A, B Num }{}
	for _, c := range cases {
		byOp[c.op] = append(byOp[c.op], struct{ A, B Num }{c.a, c.b})
	}
	fmt.Println(byOp)
	fmt.Println(len(byOp[Div]), byOp["^"])
}
