// A function that calls one declared after it (a later cell in a
// notebook), whose type switch has cases of go/ast's types over an
// ast.Expr: the session's view of go/ast lacks Expr's unexported method,
// so go/types called the cases impossible ("cannot have dynamic type
// *ast.BasicLit (missing method exprNode)"), and the split form waited for
// a cell to declare "exprNode" (pathbox/learning-go's precedence parser).
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
)

func calc(exp string) (int, error) {
	tree, err := parser.ParseExpr(exp)
	if err != nil {
		return 0, err
	}
	return value(tree)
}

func value(tree ast.Expr) (int, error) {
	switch n := tree.(type) {
	case *ast.BasicLit:
		return strconv.Atoi(n.Value)
	case *ast.ParenExpr:
		return value(n.X)
	case *ast.BinaryExpr:
		x, err := value(n.X)
		if err != nil {
			return 0, err
		}
		y, err := value(n.Y)
		if err != nil {
			return 0, err
		}
		if n.Op == token.MUL {
			return x * y, nil
		}
		return x + y, nil
	}
	return 0, fmt.Errorf("%T unsupported", tree)
}

func main() {
	for _, e := range []string{"(2+3)*4", "2+3*4", "f(1)"} {
		r, err := calc(e)
		fmt.Println(e, r, err)
	}
}
