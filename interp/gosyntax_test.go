package interp

import (
	"strings"
	"testing"
)

// TestGoSyntaxOfNestedCellTypes checks %#v and %T of values whose cell
// struct types sit inside other types, and of types declared inside a
// function: Go names them main.T.
func TestGoSyntaxOfNestedCellTypes(t *testing.T) {
	const decls = "import \"fmt\"\ntype Lot struct {\n\tName string\n\tQty  int\n}\n"
	cases := []struct{ code, want string }{
		{"fmt.Printf(\"%#v\\n\", []Lot{{\"a\", 1}})", `[]main.Lot{main.Lot{Name:"a", Qty:1}}`},
		{"fmt.Printf(\"%#v\\n\", map[string]Lot{\"k\": {\"c\", 3}})", `map[string]main.Lot{"k":main.Lot{Name:"c", Qty:3}}`},
		{"var a any = [1]Lot{}\nfmt.Printf(\"%#v\\n\", a)", `[1]main.Lot{main.Lot{Name:"", Qty:0}}`},
		{"func f() {\n\ttype point struct{ X, Y int }\n\tfmt.Printf(\"%#v %T\\n\", []point{{3, 4}}, point{})\n}\nf()", `[]main.point{main.point{X:3, Y:4}} main.point`},
	}
	for _, c := range cases {
		s := newSession(t)
		res, rec := run(t, s, decls+c.code)
		if got := strings.TrimSpace(rec.out()); res.Err != nil || got != c.want {
			t.Errorf("%s\nprinted %s, err %v\nwant    %s", c.code, got, res.Err, c.want)
		}
	}
}
