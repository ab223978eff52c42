package source

import (
	"go/ast"
	"testing"
)

func TestCellPos(t *testing.T) {
	c := Chunk{Kind: Stmt, Src: "x := 1\ny := f(x)", Line: 3, Col: 5}
	for _, tt := range []struct{ off, line, col int }{
		{0, 3, 5}, {5, 3, 10}, {7, 4, 1}, {12, 4, 6},
	} {
		if l, c := c.CellPos(tt.off); l != tt.line || c != tt.col {
			t.Errorf("CellPos(%d) = %d:%d, want %d:%d", tt.off, l, c, tt.line, tt.col)
		}
	}
}

func TestParseMapsOffsets(t *testing.T) {
	f, err := Parse(Chunk{Kind: Stmt, Src: "x := 1\nfmt.Println(x)", Line: 1, Col: 1})
	if err != nil {
		t.Fatal(err)
	}
	es, ok := f.Last().(*ast.ExprStmt)
	if !ok {
		t.Fatalf("last statement is %T", f.Last())
	}
	if got := f.Code(es); got != "fmt.Println(x)" {
		t.Errorf("Code = %q", got)
	}
	if off := f.Off(es.Pos()); f.Src[off:] != "fmt.Println(x)" {
		t.Errorf("Off = %d", off)
	}
	d, err := Parse(Chunk{Kind: Decl, Src: "func f() {}"})
	if err != nil || d.Body() != nil || len(d.AST.Decls) != 1 {
		t.Errorf("declaration chunk: %v, body %v", err, d.Body())
	}
}
