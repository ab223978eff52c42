package rewrite

import (
	"go/ast"
	"go/token"
	"slices"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// Package-level variables are initialized in Go's order: again and again
// the earliest variable in declaration order whose dependencies are ready,
// dependencies found through the functions and methods an initializer
// calls (go/types computes this order, Info.InitOrder). yaegi orders a
// chunk's variables otherwise: in passes over the declarations, each
// taking those whose initializer names no variable still waiting, and it
// counts only variables named in the initializer itself — plus the blank
// identifier, which it keeps as a variable of its own: every `var _ = f()`
// waits for the last one declared. A program whose initializers print or
// register something, or read a variable through a function, then ran them
// in another order or read zero values, silently.
//
// initOrderPass gives yaegi a chunk whose order it cannot get wrong: each
// initialized variable names the one Go initializes before it, and blank
// variables get names of their own:
//
//	var total = sum(weights)   →  var total, gopadV4_1 = sum(weights), &weights
//	var weights = load()          var weights = load()
//	var _ = register("a")      →  var gopadV60, gopadV60_1 = register("a"), &total
//	var n int = count()        →  var n, gopadV88_1 = int(count()), &gopadV60
//
// A chunk yaegi already orders as Go does is left alone.
var initOrderPass = Pass{
	Name:  "initOrder",
	Wants: wantsInitOrder,
	Run:   func(u *Unit) []source.Edit { return u.Types.initOrder() },
}

// initSpecs lists the top-level var specs of f in source order.
func initSpecs(f *ast.File) []*ast.ValueSpec {
	var out []*ast.ValueSpec
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.VAR {
			for _, s := range gd.Specs {
				out = append(out, s.(*ast.ValueSpec))
			}
		}
	}
	return out
}

// wantsInitOrder reports whether u is a declaration chunk with two
// initialized variables or more of which one may be ordered wrongly: it
// is blank, or its initializer names a function of the chunk or a
// variable the chunk declares after it.
func wantsInitOrder(u *Unit) bool {
	if u.Kind != source.Decl {
		return false
	}
	specs := initSpecs(u.AST)
	later := map[string]int{} // variable name -> its spec
	initialized := 0
	for i, s := range specs {
		for _, n := range s.Names {
			later[n.Name] = i
		}
		if len(s.Values) > 0 {
			initialized++
		}
	}
	if initialized < 2 {
		return false
	}
	funcs := map[string]bool{}
	for _, d := range u.AST.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			funcs[fd.Name.Name] = true
		}
	}
	for i, s := range specs {
		if len(s.Values) == 0 {
			continue
		}
		for _, n := range s.Names {
			if n.Name == "_" {
				return true
			}
		}
		found := false
		for _, v := range s.Values {
			ast.Inspect(v, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok {
					j, isVar := later[id.Name]
					found = found || funcs[id.Name] || isVar && j > i
				}
				return !found
			})
		}
		if found {
			return true
		}
	}
	return false
}

// initOrder returns the edits that make yaegi initialize the chunk's
// variables in Go's order, none when it already does or cannot be made to.
func (tc *Types) initOrder() []source.Edit {
	specs := initSpecs(tc.File)
	// A blank check (blankchecks.go) initializes nothing at run time.
	inited := make([]bool, len(specs))
	initialized := 0
	for i, s := range specs {
		if len(s.Values) > 0 && !(slices.Contains(blankCheckSpecs(tc.File), s) && tc.isBlankCheck(s)) {
			inited[i] = true
			initialized++
		}
	}
	if initialized < 2 {
		return nil
	}
	goSeq := tc.goInitSeq(specs, inited)
	deps := yaegiDeps(specs, true)
	if slices.Equal(initializedIn(inited, yaegiInitOrder(deps)), goSeq) {
		return nil
	}
	edits, names := renameBlankVars(tc, specs)
	chained := yaegiDeps(specs, false)
	for i := 1; i < len(goSeq); i++ {
		s, prev := goSeq[i], goSeq[i-1]
		if link, ok := tc.initLink(specs[s], names[prev]); ok && !tupleSpec(specs[prev]) {
			chained[s] = append(chained[s], prev)
			edits = append(edits, link...)
		}
	}
	if !slices.Equal(initializedIn(inited, yaegiInitOrder(chained)), goSeq) {
		return nil // a spec that takes no link, or a dependency yaegi imagines, is in the way
	}
	return edits
}

// goInitSeq is the order, as indexes of specs, in which Go initializes the
// chunk's initialized variables (inited).
func (tc *Types) goInitSeq(specs []*ast.ValueSpec, inited []bool) []int {
	at := map[token.Pos]int{}
	for i, s := range specs {
		for _, n := range s.Names {
			at[n.Pos()] = i
		}
	}
	var seq []int
	for _, init := range tc.Info.InitOrder {
		for _, v := range init.Lhs {
			if i, ok := at[v.Pos()]; ok && inited[i] && !slices.Contains(seq, i) {
				seq = append(seq, i)
			}
		}
	}
	return seq
}

// yaegiDeps lists for each spec the specs yaegi makes it wait for: those
// that declare a name it mentions (yaegi looks names up in the package
// scope, also where a local variable shadows them) and, with blanks, the
// last spec that declares a blank variable when it mentions _. A spec of
// several names and one value (var x, y = f()) is left out both ways:
// yaegi does not record it as the declaration of its names.
func yaegiDeps(specs []*ast.ValueSpec, blanks bool) [][]int {
	decl := map[string]int{}
	for i, s := range specs {
		for _, n := range s.Names {
			if (n.Name != "_" || blanks) && !tupleSpec(s) {
				decl[n.Name] = i
			}
		}
	}
	deps := make([][]int, len(specs))
	for i, s := range specs {
		if tupleSpec(s) {
			continue
		}
		ast.Inspect(s, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				ast.Inspect(sel.X, func(m ast.Node) bool { return collectDep(m, decl, i, &deps[i]) })
				return false
			}
			return collectDep(n, decl, i, &deps[i])
		})
	}
	return deps
}

// tupleSpec reports whether s declares several names with one value.
func tupleSpec(s *ast.ValueSpec) bool { return len(s.Values) == 1 && len(s.Names) > 1 }

// collectDep adds to deps the spec that declares identifier n, unless it
// is spec self.
func collectDep(n ast.Node, decl map[string]int, self int, deps *[]int) bool {
	if id, ok := n.(*ast.Ident); ok {
		if j, ok := decl[id.Name]; ok && j != self && !slices.Contains(*deps, j) {
			*deps = append(*deps, j)
		}
	}
	return true
}

// yaegiInitOrder is the order in which yaegi initializes specs with deps:
// passes over the specs waiting, each taking in source order those whose
// dependencies are done (see genGlobalVarDecl in yaegi's cfg.go). Specs
// left waiting forever are left out.
func yaegiInitOrder(deps [][]int) []int {
	done := make([]bool, len(deps))
	var order []int
	waiting := make([]int, len(deps))
	for i := range waiting {
		waiting[i] = i
	}
	for len(waiting) > 0 {
		var rest []int
		for _, i := range waiting {
			ready := true
			for _, d := range deps[i] {
				ready = ready && done[d]
			}
			if !ready {
				rest = append(rest, i)
				continue
			}
			done[i] = true
			order = append(order, i)
		}
		if len(rest) == len(waiting) {
			break
		}
		waiting = rest
	}
	return order
}

// initializedIn keeps the specs of order that are inited.
func initializedIn(inited []bool, order []int) []int {
	var out []int
	for _, i := range order {
		if inited[i] {
			out = append(out, i)
		}
	}
	return out
}

// renameBlankVars names the blank variables of specs gopadV<offset> and
// returns the edits, with the name each spec can be referred to by.
func renameBlankVars(tc *Types, specs []*ast.ValueSpec) ([]source.Edit, []string) {
	var edits []source.Edit
	names := make([]string, len(specs))
	for i, s := range specs {
		for _, n := range s.Names {
			name := n.Name
			if name == "_" {
				name = "gopadV" + strconv.Itoa(tc.Off(n.Pos()))
				edits = append(edits, source.Replace(tc.Off(n.Pos()), tc.Off(n.End()), name))
			}
			if names[i] == "" {
				names[i] = name
			}
		}
	}
	return edits, names
}

// initLink returns the edits that make spec s name variable prev, so that
// yaegi initializes s after it: an extra name whose value is prev's
// address. A spec with a type gives it to its values as conversions
// instead (assignable values convert to the same values). A spec of
// several names and one value cannot take an extra name: false. (A
// function literal around the value would do, but yaegi then reads
// variables that such a spec assigned as invalid values.)
func (tc *Types) initLink(s *ast.ValueSpec, prev string) ([]source.Edit, bool) {
	if len(s.Names) != len(s.Values) {
		return nil, false
	}
	lastName, lastValue := s.Names[len(s.Names)-1], s.Values[len(s.Values)-1]
	edits := []source.Edit{
		source.Insert(tc.Off(lastName.End()), ", gopadV"+strconv.Itoa(tc.Off(s.Pos()))+"_1"),
		{From: tc.Off(lastValue.End()), To: tc.Off(lastValue.End()), Text: ", &" + prev, Order: -2},
	}
	if s.Type == nil {
		return edits, true
	}
	conv := tc.code(s.Type)
	if strings.HasPrefix(conv, "*") || strings.HasPrefix(conv, "<-") || strings.HasPrefix(conv, "func") {
		conv = "(" + conv + ")"
	}
	edits = append(edits, source.Replace(tc.Off(lastName.End()), tc.Off(s.Type.End()), ""))
	for _, v := range s.Values {
		edits = append(edits,
			source.Edit{From: tc.Off(v.Pos()), To: tc.Off(v.Pos()), Text: conv + "(", Order: 2},
			source.Edit{From: tc.Off(v.End()), To: tc.Off(v.End()), Text: ")", Order: -1})
	}
	return edits, true
}
