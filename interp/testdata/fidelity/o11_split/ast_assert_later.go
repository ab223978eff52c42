// A function that calls one declared after it (a later cell in a
// notebook), which asserts a go/ast interface to its concrete types: the
// session's view of go/ast lacks the interface's unexported method
// (exprNode), and the split form waited for a cell to declare "exprNode"
// (the class seen in pathbox/learning-go's operator precedence parser).
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
)

func parseAndEval(exp string) (int, error) {
	tree, err := parser.ParseExpr(exp)
	if err != nil {
		return 0, err
	}
	return eval(tree)
}

func eval(tree ast.Expr) (int, error) {
	switch n := tree.(type) {
	case *ast.BasicLit:
		if n.Kind != token.INT {
			return 0, fmt.Errorf("%v unsupported", n.Kind)
		}
		return strconv.Atoi(n.Value)
	case *ast.ParenExpr:
		return eval(n.X)
	case *ast.BinaryExpr:
		x, err := eval(n.X)
		if err != nil {
			return 0, err
		}
		y, err := eval(n.Y)
		if err != nil {
			return 0, err
		}
		switch n.Op {
		case token.ADD:
			return x + y, nil
		case token.SUB:
			return x - y, nil
		case token.MUL:
			return x * y, nil
		}
		return 0, fmt.Errorf("%v unsupported", n.Op)
	}
	if _, ok := tree.(*ast.Ident); ok {
		return 0, fmt.Errorf("identifier unsupported")
	}
	return 0, fmt.Errorf("%T unsupported", tree)
}

func main() {
	for _, exp := range []string{"(1+3)*7", "1+3*7", "7", "7.5", "x", "8/2", "2-(5-1)"} {
		r, err := parseAndEval(exp)
		fmt.Printf("%-8s %d %v\n", exp, r, err)
	}
}
