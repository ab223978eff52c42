package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"sort"
)

const src = `package demo

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

func helper(a, b int) int {
	if a > b {
		return a
	}
	for i := 0; i < b; i++ {
		a += i
	}
	return a
}

func main() {
	fmt.Println(helper(1, 2), Point{1, 2}.Sum())
}
`

func main() {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "demo.go", src, 0)
	if err != nil {
		panic(err)
	}

	counts := map[string]int{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncDecl:
			counts["func"]++
		case *ast.IfStmt:
			counts["if"]++
		case *ast.ForStmt:
			counts["for"]++
		case *ast.CallExpr:
			counts["call"]++
		case *ast.ReturnStmt:
			counts["return"]++
		}
		return true
	})
	fmt.Println(counts)

	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			recv := ""
			if fd.Recv != nil {
				recv = "method "
			}
			pos := fset.Position(fd.Pos())
			fmt.Printf("%s%s at line %d, %d params\n", recv, fd.Name.Name, pos.Line, fd.Type.Params.NumFields())
		}
	}

	var idents []string
	seen := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && !seen[id.Name] {
			seen[id.Name] = true
			idents = append(idents, id.Name)
		}
		return true
	})
	sort.Strings(idents)
	fmt.Println(idents)
}
