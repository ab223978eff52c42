package rewrite

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// promotedMethods declares, beside a cell's struct type, the methods it
// gets from an embedded field of a compiled type, as methods of its own:
//
//	type file struct {                 type file struct {
//	    *strings.Reader                    *strings.Reader
//	    name string              →         name string
//	}                                  }; func (gopadP file) Read(a0 []byte) (int, error) { return gopadP.Reader.Read(a0) }; ...
//
// yaegi calls such a method on the value, but does not count it when the
// value is converted to an interface of a compiled package: passing a
// file as an io.Reader panics with "method not found: Read", and a type
// assertion to file on an io.Reader does not compile. A method the cells
// declare on the type in the same chunk is left to them; the session
// records the declared ones as its own methods of the type, so that one a
// later cell declares replaces it (the session is rebuilt, as for any
// method declared again).
var promotedMethodsPass = Pass{
	Name:  "promotedMethods",
	Wants: func(u *Unit) bool { return u.sights().typeDecls },
	Run:   func(u *Unit) []source.Edit { return u.Types.promotedMethods() },
}

// promotedReceiver is the receiver name of the methods promotedMethods
// declares.
const promotedReceiver = "gopadP"

func (tc *Types) promotedMethods() []source.Edit {
	var edits []source.Edit
	for _, d := range tc.File.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || tc.Off(gd.Pos()) < 0 {
			continue
		}
		var decls []string
		for _, sp := range gd.Specs {
			if ts, ok := sp.(*ast.TypeSpec); ok && ts.TypeParams == nil && !ts.Assign.IsValid() {
				decls = append(decls, tc.forwards(ts)...)
				edits = append(edits, tc.embeddedErrors(ts)...)
			}
		}
		if len(decls) > 0 {
			edits = append(edits, source.Insert(tc.Off(gd.End()), "; "+strings.Join(decls, "; ")))
		}
	}
	return edits
}

// forwards are the method declarations of the methods type ts gets from
// its embedded fields of compiled types.
func (tc *Types) forwards(ts *ast.TypeSpec) []string {
	tn, ok := tc.Info.Defs[ts.Name].(*types.TypeName)
	if !ok {
		return nil
	}
	named, ok := tn.Type().(*types.Named)
	if !ok {
		return nil
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	values := types.NewMethodSet(named)
	all := types.NewMethodSet(types.NewPointer(named))
	var out []string
	for i := 0; i < all.Len(); i++ {
		sel := all.At(i)
		fn, ok := sel.Obj().(*types.Func)
		if !ok || len(sel.Index()) < 2 || !fn.Exported() || fn.Pkg() == tc.Pkg || !compiledEmbed(st.Field(sel.Index()[0]), tc.Pkg) {
			continue
		}
		recv := ts.Name.Name
		if values.Lookup(fn.Pkg(), fn.Name()) == nil {
			recv = "*" + recv
		}
		if decl, ok := tc.forward(named, sel.Index(), fn, recv); ok {
			out = append(out, decl)
		}
	}
	return out
}

// compiledEmbed reports whether f is an embedded field of a type (or a
// pointer to a type) of a package other than the cells'.
func compiledEmbed(f *types.Var, cells *types.Package) bool {
	if !f.Embedded() {
		return false
	}
	t := f.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && (n.Obj().Pkg() != nil && n.Obj().Pkg() != cells || n == types.Universe.Lookup("error").Type())
}

// embeddedErrors names the embedded error fields of a struct type: yaegi
// cannot build a struct that embeds error (reflect.StructOf does not
// support methods of embedded interfaces, and fmt then prints a PANIC
// text for the value), so the field becomes a field named error, whose
// Error method promotedMethods declares:
//
//	type MyErr struct{ error }   →   type MyErr struct{ error error }
func (tc *Types) embeddedErrors(ts *ast.TypeSpec) []source.Edit {
	st, ok := ts.Type.(*ast.StructType)
	if !ok || ts.TypeParams != nil {
		return nil
	}
	var edits []source.Edit
	for _, f := range st.Fields.List {
		if id, ok := f.Type.(*ast.Ident); ok && len(f.Names) == 0 && id.Name == "error" && tc.Info.Uses[id] == types.Universe.Lookup("error") {
			edits = append(edits, source.Insert(tc.Off(f.Type.Pos()), "error "))
		}
	}
	return edits
}

// forward writes the method that calls fn through the field path index.
func (tc *Types) forward(named *types.Named, index []int, fn *types.Func, recv string) (string, bool) {
	sig := fn.Signature()
	params, args, ok := tc.paramList(sig)
	if !ok {
		return "", false
	}
	results, ok := tc.resultList(sig)
	if !ok {
		return "", false
	}
	path := promotedReceiver
	var t types.Type = named
	for _, i := range index[:len(index)-1] {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok {
			return "", false
		}
		path += "." + st.Field(i).Name()
		t = st.Field(i).Type()
	}
	ret := "return "
	if sig.Results().Len() == 0 {
		ret = ""
	}
	return "func (" + promotedReceiver + " " + recv + ") " + fn.Name() + "(" + params + ") " + results + " { " +
		ret + path + "." + fn.Name() + "(" + args + ") }", true
}
