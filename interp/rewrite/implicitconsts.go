package rewrite

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// ImplicitConsts writes out a const block's iota and its implicit
// repetitions: a spec with neither type nor values repeats the last one
// that has them (Go defines it as that text), and iota is the spec's index
// in the block. yaegi counts iota per name, not per spec, and recurses
// without end on a repeated line of two names
// (const ( a, b = iota, iota * 10; c, d )).
var ImplicitConsts = Pass{Name: "implicitConsts", Wants: holds(hasConstBlock), Run: func(u *Unit) []source.Edit {
	var es edits
	walk(u, func(n ast.Node, _ *cursor) bool {
		if d, ok := n.(*ast.GenDecl); ok && d.Tok == token.CONST && d.Lparen.IsValid() {
			es.add(implicitConsts(u, d)...)
		}
		return true
	})
	return es
}}

func implicitConsts(u *Unit, d *ast.GenDecl) []source.Edit {
	var es []source.Edit
	var last *ast.ValueSpec
	for i, sp := range d.Specs {
		vs := sp.(*ast.ValueSpec)
		index := strconv.Itoa(i)
		if len(vs.Values) > 0 {
			last = vs
			for _, v := range vs.Values {
				for _, id := range iotas(v) {
					es = append(es, source.Replace(u.Off(id.Pos()), u.Off(id.End()), index))
				}
			}
			continue
		}
		if vs.Type != nil || last == nil {
			continue
		}
		if repeat := repeatSpec(u, last, index); !strings.Contains(repeat, "\n") { // edits keep the cell's lines
			es = append(es, source.Insert(u.Off(vs.Names[len(vs.Names)-1].End()), repeat))
		}
	}
	return es
}

// repeatSpec is the text that makes a spec without values the repetition
// of last, with iota as index: " T = v1, v2".
func repeatSpec(u *Unit, last *ast.ValueSpec, index string) string {
	repeat := " = "
	if last.Type != nil {
		repeat = " " + u.Code(last.Type) + repeat
	}
	for j, v := range last.Values {
		text, base := u.Code(v), v.Pos()
		ids := iotas(v)
		for k := len(ids) - 1; k >= 0; k-- {
			from := int(ids[k].Pos() - base)
			text = text[:from] + index + text[from+len("iota"):]
		}
		if j > 0 {
			repeat += ", "
		}
		repeat += text
	}
	return repeat
}

// iotas lists the uses of iota in a constant expression, in order.
func iotas(e ast.Expr) []*ast.Ident {
	var ids []*ast.Ident
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == "iota" {
			ids = append(ids, id)
		}
		return true
	})
	return ids
}
