package source

import (
	"reflect"
	"strings"
	"testing"
)

func TestIsComplete(t *testing.T) {
	for code, want := range map[string]string{
		"x := 1":             "complete",
		"func f() {":         "incomplete",
		"fmt.Println(1,":     "incomplete",
		"x := `raw":          "incomplete",
		"a := []int{1, 2}":   "complete",
		")":                  "invalid",
		"x := 1 +":           "incomplete",
		"for i := 0; i < 3;": "complete",
	} {
		if got, _ := IsComplete(code); got != want {
			t.Errorf("IsComplete(%q) = %q, want %q", code, got, want)
		}
	}
}

func TestSplit(t *testing.T) {
	type chunk struct {
		kind      Kind
		src       string
		line, col int
	}
	tests := []struct {
		cell string
		want []chunk
	}{
		{"x := 1\ny := 2", []chunk{{Stmt, "x := 1", 1, 1}, {Stmt, "y := 2", 2, 1}}},
		{"type T int\nfunc (T) M() {}\nvar v T\nv.M()", []chunk{{Decl, "type T int\nfunc (T) M() {}\nvar v T", 1, 1}, {Stmt, "v.M()", 4, 1}}},
		{"import \"fmt\"\nfmt.Println(1); func() {}()", []chunk{{Import, "import \"fmt\"", 1, 1}, {Stmt, "fmt.Println(1);", 2, 1}, {Stmt, "func() {}()", 2, 17}}},
		{"for i := 0; i < 3; i++ {\n}\nif x := f(); x {\n}", []chunk{{Stmt, "for i := 0; i < 3; i++ {\n}", 1, 1}, {Stmt, "if x := f(); x {\n}", 3, 1}}},
		{"// a comment\n\n  x := []int{\n1,\n}  \n", []chunk{{Stmt, "x := []int{\n1,\n}", 3, 3}}},
		// A func literal's body in a header does not end the header.
		{"if v := func() int { return 1 }(); v > 0 {\n}\nx := 1", []chunk{{Stmt, "if v := func() int { return 1 }(); v > 0 {\n}", 1, 1}, {Stmt, "x := 1", 3, 1}}},
		{"for f := func() struct{ n int } { return struct{ n int }{} }; f().n > 0; {\n}", []chunk{{Stmt, "for f := func() struct{ n int } { return struct{ n int }{} }; f().n > 0; {\n}", 1, 1}}},
		// go statements run in one chunk with the statement after them.
		{"c := make(chan int)\ngo f(c)\ngo func() {\n}()\nx := <-c\ny := x", []chunk{{Stmt, "c := make(chan int)", 1, 1},
			{Stmt, "go f(c)\ngo func() {\n}()\nx := <-c", 2, 1}, {Stmt, "y := x", 6, 1}}},
		// Braces of types and literals in a header are not its body's.
		{"switch i := interface{}(1); i {\n}\nx := 1", []chunk{{Stmt, "switch i := interface{}(1); i {\n}", 1, 1}, {Stmt, "x := 1", 3, 1}}},
		{"if f := func() int { return 1 }; f() > 0 {\n}\nx := 1", []chunk{{Stmt, "if f := func() int { return 1 }; f() > 0 {\n}", 1, 1}, {Stmt, "x := 1", 3, 1}}},
		{"if s := []int{1, 2}; len(s) > 1 {\n}\nx := 1", []chunk{{Stmt, "if s := []int{1, 2}; len(s) > 1 {\n}", 1, 1}, {Stmt, "x := 1", 3, 1}}},
		{"switch t := struct{ a int }{1}; t.a {\n}\nx := 1", []chunk{{Stmt, "switch t := struct{ a int }{1}; t.a {\n}", 1, 1}, {Stmt, "x := 1", 3, 1}}},
		{"for k := range map[string]int{\"a\": 1} {\n}\nx := 1", []chunk{{Stmt, "for k := range map[string]int{\"a\": 1} {\n}", 1, 1}, {Stmt, "x := 1", 3, 1}}},
		{"switch interface{}(x) {\n}\ny := 1", []chunk{{Stmt, "switch interface{}(x) {\n}", 1, 1}, {Stmt, "y := 1", 3, 1}}},
		{"switch []byte(s)[0] {\n}\ny := 1", []chunk{{Stmt, "switch []byte(s)[0] {\n}", 1, 1}, {Stmt, "y := 1", 3, 1}}},
		{"for _, c := range []byte(\"ab\") {\n}\ny := 1", []chunk{{Stmt, "for _, c := range []byte(\"ab\") {\n}", 1, 1}, {Stmt, "y := 1", 3, 1}}},
		{"if f := func() struct{ a int } { return struct{ a int }{1} }; f().a > 0 {\n}\ny := 1", []chunk{{Stmt, "if f := func() struct{ a int } { return struct{ a int }{1} }; f().a > 0 {\n}", 1, 1}, {Stmt, "y := 1", 3, 1}}},
		{"if f := func() []int { return nil }; f() == nil {\n}\ny := 1", []chunk{{Stmt, "if f := func() []int { return nil }; f() == nil {\n}", 1, 1}, {Stmt, "y := 1", 3, 1}}},
		{"for _, f := range []func(){a, b} {\n}\ny := 1", []chunk{{Stmt, "for _, f := range []func(){a, b} {\n}", 1, 1}, {Stmt, "y := 1", 3, 1}}},
	}
	for _, tt := range tests {
		c, err := Split(tt.cell)
		if err != nil {
			t.Errorf("Split(%q): %v", tt.cell, err)
			continue
		}
		var got []chunk
		for _, ch := range c.Chunks {
			got = append(got, chunk{ch.Kind, ch.Src, ch.Line, ch.Col})
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Split(%q) =\n%+v\nwant\n%+v", tt.cell, got, tt.want)
		}
	}
}

func TestSplitProgram(t *testing.T) {
	c, err := Split(RenameMain("package main\nimport (\"fmt\"; m \"math\")\nfunc main() { fmt.Println(m.Pi) }"))
	if err != nil {
		t.Fatal(err)
	}
	if !c.Program || !c.DeclaresMain || !reflect.DeepEqual(c.Imports, []string{"fmt", "math"}) || len(c.Chunks) != 2 {
		t.Errorf("Split of a program = %+v", c)
	}
	if _, err := Split("x := \"unterminated"); err == nil {
		t.Errorf("Split of a bad string gave no error")
	}
}

func TestRenameMain(t *testing.T) {
	const cell = "func main() { fmt.Println(\"main\") } // main\nmain()"
	const want = "func gopadMain() { fmt.Println(\"main\") } // main\ngopadMain()"
	if got := RenameMain(cell); got != want {
		t.Errorf("RenameMain = %q", got)
	}
}

func TestImportSpecs(t *testing.T) {
	got, err := ImportSpecs("import (\n\"fmt\"\nm \"math\"\n_ \"embed\"\n)")
	if err != nil || !reflect.DeepEqual(got, []string{`"fmt"`, `m "math"`, `_ "embed"`}) {
		t.Errorf("ImportSpecs = %q, %v", got, err)
	}
}

func TestSyntaxError(t *testing.T) {
	tests := []struct {
		ch        Chunk
		line, col int
		msg       string
	}{
		{Chunk{Kind: Stmt, Src: "x := )", Line: 3, Col: 1}, 3, 6, "expected operand"},
		{Chunk{Kind: Stmt, Src: "y := 1; x := (1 +", Line: 2, Col: 9}, 2, 26, "unexpected end of statement"},
		{Chunk{Kind: Decl, Src: "func f() {\n\treturn 1 +\n}", Line: 1, Col: 1}, 3, 1, "expected operand"},
	}
	for _, tt := range tests {
		e := SyntaxError(tt.ch)
		if e == nil {
			t.Errorf("SyntaxError(%q) = nil", tt.ch.Src)
			continue
		}
		if e.Pos.Line != tt.line || e.Pos.Column != tt.col || !strings.Contains(e.Msg, tt.msg) {
			t.Errorf("SyntaxError(%q) = %d:%d %s, want %d:%d %s", tt.ch.Src, e.Pos.Line, e.Pos.Column, e.Msg, tt.line, tt.col, tt.msg)
		}
	}
	if e := SyntaxError(Chunk{Kind: Stmt, Src: "x := 1"}); e != nil {
		t.Errorf("SyntaxError of good code = %v", e)
	}
}

func TestTrailingExpr(t *testing.T) {
	resultless := func(pkg, name string) bool { return pkg == "wg" && name == "Wait" }
	for src, want := range map[string]bool{
		"x := 1\nx":        true,
		"f(1)":             true,
		"fmt.Println(1)":   false,
		"wg.Wait()":        false,
		"nil":              false,
		"x := 1":           false,
		"println(1)":       false,
		"(strings.Repeat)": true,
	} {
		if got := TrailingExpr(src, resultless); got != want {
			t.Errorf("TrailingExpr(%q) = %v", src, got)
		}
	}
	if !TrailingCall("a()\nb()") || TrailingCall("a()\nx") {
		t.Errorf("TrailingCall")
	}
}
