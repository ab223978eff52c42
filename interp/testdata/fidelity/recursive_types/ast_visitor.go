package main

import (
	"fmt"
	"strings"
)

type Expr interface{ isExpr() }

type Num struct{ V int }
type Bin struct {
	Op   byte
	L, R Expr
}
type Neg struct{ X Expr }

func (Num) isExpr() {}
func (Bin) isExpr() {}
func (Neg) isExpr() {}

// Visitor is called for each node; the visitor it returns visits the node's children (nil skips them),
// the shape of go/ast's Inspect with a func instead of an interface.
type Visitor func(e Expr, depth int) Visitor

func Walk(v Visitor, e Expr, depth int) {
	w := v(e, depth)
	if w == nil {
		return
	}
	switch e := e.(type) {
	case Bin:
		Walk(w, e.L, depth+1)
		Walk(w, e.R, depth+1)
	case Neg:
		Walk(w, e.X, depth+1)
	}
}

func printer(b *strings.Builder) Visitor {
	var v Visitor
	v = func(e Expr, depth int) Visitor {
		b.WriteString(strings.Repeat("  ", depth))
		switch e := e.(type) {
		case Num:
			fmt.Fprintf(b, "num %d\n", e.V)
		case Bin:
			fmt.Fprintf(b, "bin %c\n", e.Op)
		case Neg:
			b.WriteString("neg\n")
		}
		return v
	}
	return v
}

func counter(counts map[string]int, maxDepth int) Visitor {
	var v Visitor
	v = func(e Expr, depth int) Visitor {
		counts[fmt.Sprintf("%T", e)]++
		if depth >= maxDepth {
			return nil
		}
		return v
	}
	return v
}

func eval(e Expr) int {
	switch e := e.(type) {
	case Num:
		return e.V
	case Neg:
		return -eval(e.X)
	case Bin:
		l, r := eval(e.L), eval(e.R)
		switch e.Op {
		case '+':
			return l + r
		case '-':
			return l - r
		case '*':
			return l * r
		}
	}
	panic("bad expr")
}

func main() {
	e := Bin{'+', Num{2}, Bin{'*', Neg{Num{3}}, Bin{'-', Num{10}, Num{4}}}}
	var b strings.Builder
	Walk(printer(&b), e, 0)
	fmt.Print(b.String())
	fmt.Println("value", eval(e))

	for _, d := range []int{0, 1, 5} {
		counts := map[string]int{}
		Walk(counter(counts, d), e, 0)
		fmt.Println(d, counts)
	}
	v := counter(map[string]int{}, 0)
	fmt.Printf("%T %v\n", v, v(Num{1}, 0) == nil)
}
