package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// TupleVars runs before Typed, whose initOrder orders the specs it
// writes (it cannot order a tuple's).
var TupleVars = Phase{Name: "tuplevars", Typed: true, Passes: []Pass{tupleVarsPass}}

// tupleVarsPass rewrites a package-level var spec that takes several
// values from one expression (var t, _ = time.Parse(...), var v, ok =
// m[k], var a, b, found = strings.Cut(...)) in a declaration chunk. yaegi
// compiles the functions of the chunk with the variable bound to the wrong
// value of the tuple: a function reading t got the error, or a zero
// time.Time without a word; and it panics on a comma-ok form ("nil
// type"). A spec per variable, each reading a field of a struct
// that one call fills, gives yaegi what it gets right:
//
//	var t, _ = time.Parse(l, s)
//	→ var (gopadTV_t = func() (gopadR struct{ V0 time.Time; V1 error }) { gopadR.V0, gopadR.V1 = time.Parse(l, s); return }(); t = gopadTV_t.V0)
var tupleVarsPass = Pass{
	Name:  "tupleVars",
	Wants: func(u *Unit) bool { return u.Kind == source.Decl && len(tupleSpecs(u.AST)) > 0 },
	Run:   func(u *Unit) []source.Edit { return u.Types.tupleVars() },
}

// tupleVar is a var spec with several names and one value, and the
// declaration it is in.
type tupleVar struct {
	decl *ast.GenDecl
	spec *ast.ValueSpec
}

func tupleSpecs(f *ast.File) []tupleVar {
	var out []tupleVar
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, s := range gd.Specs {
			if vs := s.(*ast.ValueSpec); tupleSpec(vs) {
				out = append(out, tupleVar{gd, vs})
			}
		}
	}
	return out
}

func (tc *Types) tupleVars() []source.Edit {
	var edits []source.Edit
	for _, ts := range tupleSpecs(tc.File) {
		text, ok := tc.tupleVarText(ts.spec)
		if !ok {
			continue
		}
		if !ts.decl.Lparen.IsValid() {
			text = "(" + text + ")"
		}
		edits = append(edits, source.Replace(tc.Off(ts.spec.Names[0].Pos()), tc.Off(ts.spec.End()), text))
	}
	return edits
}

// tupleVarText is the specs that stand for vs (see tupleVarsPass),
// separated by semicolons.
func (tc *Types) tupleVarText(vs *ast.ValueSpec) (string, bool) {
	tuple, ok := tc.Info.Types[vs.Values[0]].Type.(*types.Tuple)
	if !ok || tuple.Len() != len(vs.Names) {
		return "", false
	}
	helper := "gopadTV" + fmt.Sprint(tc.Off(vs.Pos()))
	var fields, targets []string
	for i := range tuple.Len() {
		t := tuple.At(i).Type()
		text, ok := tc.TypeText(types.Default(t))
		if !ok || mentionsTypeParam(t) {
			return "", false
		}
		fields = append(fields, fmt.Sprintf("V%d %s", i, text))
		targets = append(targets, fmt.Sprintf("gopadR.V%d", i))
	}
	for _, n := range vs.Names {
		if n.Name != "_" {
			helper = "gopadTV_" + n.Name
			break
		}
	}
	specs := []string{helper + " = func() (gopadR struct{ " + strings.Join(fields, "; ") + " }) { " +
		strings.Join(targets, ", ") + " = " + tc.code(vs.Values[0]) + "; return }()"}
	typ := ""
	if vs.Type != nil {
		typ = " " + tc.code(vs.Type)
	}
	for i, n := range vs.Names {
		if n.Name != "_" {
			specs = append(specs, fmt.Sprintf("%s%s = %s.V%d", n.Name, typ, helper, i))
		}
	}
	return strings.Join(specs, "; "), true
}
