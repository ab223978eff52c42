package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// yaegi keeps a cell's type over a basic type that has methods (every
// such type has one: keptTypes) beside its value inside an empty interface
// when the value is assigned to an interface variable or passed as an
// argument, but not when it is converted, any(c), returned as an interface
// (also a generic function's value of a type parameter), sent on a chan
// any (StopChan sends a variable of the value's type through compiled
// code), given to panic or assigned to an interface field of a compiled
// struct (fieldOps converts it there): there the value becomes a bare value of the
// basic type, which type switches, assertions and %T then take for one;
// and a nil pointer (map, slice...) converted, any(p), compared with nil
// at once, was taken for nil. The pass makes those an assignment:
//
//	any(c)              →  func() any { var gopadA any = c; return gopadA }()
//	Shape(c)            →  func() Shape { var gopadA Shape = c; return gopadA }()   (a cell's interface)
//	return c  (as any)  →  return func() any { var gopadA any = c; return gopadA }()
//	ch <- c  (chan any) →  ch <- func() any { var gopadA any = c; return gopadA }()
//	panic(c)            →  panic(func() any { var gopadA any = c; return gopadA }())

var anyConversionsPass = Pass{
	Name: "anyConversions",
	Wants: func(u *Unit) bool {
		return u.sights().ifaceTypes || u.dynamicNames() && (u.has(hasReturn) || u.sights().sends || u.sights().callArgs || strings.Contains(u.Src, "panic(") ||
			u.has(hasAssign) && u.selects(func(s sel, _ string) bool { return !s.called })) // maybe a compiled struct's field
	},
	Run: func(u *Unit) []source.Edit { return u.Types.anyConversions() },
}

// anyConversions returns the edits of the conversions and returns of
// values of kept types (see boxedBare) to empty interfaces.
func (tc *Types) anyConversions() []source.Edit {
	var edits []source.Edit
	for _, s := range tc.anySites() {
		edits = append(edits, tc.assignedAny(s.whole, s.x, s.t)...)
	}
	return edits
}

// anySite is one value anyConversions gives to an empty interface t: whole
// gives it the value of x.
type anySite struct {
	whole, x ast.Expr
	t        types.Type
}

// anyConverted reports whether anyConversions assigns e itself to an
// empty interface (whole == x): another pass that wraps e in a literal
// taking e's own type would be handed the interface (ifaceConvert's
// func(gopadV U32) any {...}(func() any {...}()) did not compile).
func (tc *Types) anyConverted(e ast.Expr) bool {
	tc.anySites()
	return tc.anySelf[e]
}

// anySites lists the values anyConversions converts, once a chunk.
func (tc *Types) anySites() []anySite {
	if tc.anyDone {
		return tc.anyList
	}
	tc.anyDone = true
	var sites []anySite
	add := func(whole, x ast.Expr, t types.Type) { sites = append(sites, anySite{whole, x, t}) }
	guards := map[ast.Expr]bool{}
	compared := map[ast.Expr]bool{} // operands of == and != and of switch cases
	var results []*types.Tuple      // of the functions around the node
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeAssertExpr:
			guards[ast.Unparen(n.X)] = true
		case *ast.FuncDecl, *ast.FuncLit:
			var sig types.Type
			var body *ast.BlockStmt
			if d, ok := n.(*ast.FuncDecl); ok {
				body = d.Body
				if fn := tc.Info.Defs[d.Name]; fn != nil {
					sig = fn.Type()
				}
			} else {
				sig, body = tc.Info.Types[n.(*ast.FuncLit)].Type, n.(*ast.FuncLit).Body
			}
			var res *types.Tuple
			if sig, ok := sig.(*types.Signature); ok {
				res = sig.Results()
			}
			results = append(results, res)
			if body != nil {
				ast.Inspect(body, visit)
			}
			results = results[:len(results)-1]
			return false
		case *ast.ReturnStmt:
			if len(results) > 0 && results[len(results)-1] != nil && results[len(results)-1].Len() == len(n.Results) {
				for i, r := range n.Results {
					if rt := results[len(results)-1].At(i).Type(); emptyIface(rt) && tc.boxedBare(tc.Info.Types[r].Type) {
						add(r, r, rt)
					}
				}
			}
		case *ast.AssignStmt:
			// fieldOps converts a value assigned to an interface field
			// of a compiled struct (list.Element's Value): any(c).
			if n.Tok != token.ASSIGN || len(n.Lhs) != len(n.Rhs) {
				break
			}
			for i, l := range n.Lhs {
				if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok && tc.compiledField(sel) && tc.boxedBare(tc.Info.Types[n.Rhs[i]].Type) {
					add(n.Rhs[i], n.Rhs[i], tc.Info.Types[l].Type)
				}
			}
		case *ast.SendStmt:
			// gopad sends through compiled code (StopChan): a
			// variable of the value's own type would send it bare.
			if ch, ok := tc.Info.Types[n.Chan].Type.Underlying().(*types.Chan); ok && emptyIface(ch.Elem()) && tc.boxedBare(tc.Info.Types[n.Value].Type) {
				add(n.Value, n.Value, ch.Elem())
			}
		case *ast.CallExpr:
			sites = append(sites, tc.callSites(n, guards[n], compared[n])...)
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				compared[ast.Unparen(n.X)], compared[ast.Unparen(n.Y)] = true, true
			}
		case *ast.SwitchStmt:
			markSwitchCompared(n, compared)
		}
		return true
	}
	ast.Inspect(tc.File, visit)
	tc.anyList, tc.anySelf = sites, map[ast.Expr]bool{}
	for _, s := range sites {
		tc.anySelf[s.x] = tc.anySelf[s.x] || s.whole == s.x
	}
	return sites
}

// callSites are the sites of call: panic's argument, arguments that are
// calls (resultArgs), and a conversion to an empty interface, or to one of
// the cells' interfaces with methods, unless an assertion guards it.
func (tc *Types) callSites(n *ast.CallExpr, guarded, compared bool) []anySite {
	var sites []anySite
	if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && len(n.Args) == 1 && tc.Info.Uses[id] == types.Universe.Lookup("panic") &&
		tc.boxedBare(tc.Info.Types[n.Args[0]].Type) {
		sites = append(sites, anySite{n.Args[0], n.Args[0], types.Universe.Lookup("any").Type()})
	}
	sites = append(sites, tc.resultArgs(n)...)
	tv := tc.Info.Types[n.Fun]
	if !tv.IsType() || len(n.Args) != 1 || guarded {
		return sites
	}
	arg := tc.Info.Types[n.Args[0]]
	// Q(Grams(5)) was bare too: its type switch took a Liters; and
	// Shape(q) given to an any a float64. A conversion compared (switch
	// State(c) { case Named(c): }) stays: its literal's value compared
	// unequal.
	cellIface := tc.twinsImplement(tv.Type) || !compared && tc.cellInterface(tv.Type) && !tc.genericType(tv.Type)
	if emptyIface(tv.Type) && (tc.boxedBare(arg.Type) || nilable(arg)) || cellIface && tc.boxedBare(arg.Type) {
		sites = append(sites, anySite{n, n.Args[0], tv.Type})
	}
	return sites
}

// resultArgs are the edits of the arguments of call, a call of a
// function of the cells, that are calls (not conversions) giving a kept
// type's value to an empty interface parameter, isL(mkL()): yaegi hands
// the function the bare value there, as it does for a return.
func (tc *Types) resultArgs(call *ast.CallExpr) []anySite {
	tv := tc.Info.Types[call.Fun]
	sig, ok := types.Unalias(tv.Type).(*types.Signature)
	if !ok || tv.IsType() || call.Ellipsis.IsValid() {
		return nil
	}
	var id *ast.Ident
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	}
	if id != nil {
		if obj := tc.Info.Uses[id]; obj == nil || obj.Pkg() != tc.Pkg {
			return nil // compiled code: handedArgs'
		}
	}
	var sites []anySite
	for i, a := range call.Args {
		inner, isCall := ast.Unparen(a).(*ast.CallExpr)
		if !isCall || tc.Info.Types[inner.Fun].IsType() {
			continue
		}
		if pt := paramType(sig, i); pt != nil && emptyIface(pt) && tc.boxedBare(tc.Info.Types[a].Type) {
			sites = append(sites, anySite{a, a, pt})
		}
	}
	return sites
}

// assignedAny replaces whole, which gives the value of x to the empty
// interface t, by an assignment of x to a variable of t.
func (tc *Types) assignedAny(whole, x ast.Expr, t types.Type) []source.Edit {
	tt, ok := tc.TypeText(t)
	if !ok {
		return nil
	}
	open, close := "func() "+tt+" { var gopadA "+tt+" = ", "; return gopadA }()"
	if anyOperation([]ast.Expr{x}) {
		// computed before it is converted (see ifaceOperands)
		open, close = open+"(", ")"+close
	}
	if whole == x {
		return source.Around(tc.Off(x.Pos()), tc.Off(x.End()), open, close)
	}
	return []source.Edit{
		source.Replace(tc.Off(whole.Pos()), tc.Off(x.Pos()), open),
		source.Replace(tc.Off(x.End()), tc.Off(whole.End()), close),
	}
}

// nilable reports whether tv is a value (not the nil literal) of a
// pointer, map, slice, channel or func type: any(p) of a nil one is an
// interface that is not nil in Go, and yaegi's conversion made it nil
// when compared at once (any(p) == nil).
func nilable(tv types.TypeAndValue) bool {
	if tv.Type == nil || tv.IsNil() || tv.IsType() {
		return false
	}
	switch tv.Type.Underlying().(type) {
	case *types.Pointer, *types.Map, *types.Slice, *types.Chan, *types.Signature:
		return true
	}
	return false
}

// compiledField reports whether sel selects a field of an empty interface
// type of a compiled package's struct type, also one promoted through a
// cell's struct.
func (tc *Types) compiledField(sel *ast.SelectorExpr) bool {
	f, ok := tc.Info.Selections[sel]
	if !ok || f.Kind() != types.FieldVal || !emptyIface(f.Type()) {
		return false
	}
	return f.Obj().Pkg() != tc.Pkg // (nil in gopad's view of some packages, interp/typeinfo)
}

// emptyIface reports whether t is an empty interface type (not a type
// parameter, whose constraint may be one).
func emptyIface(t types.Type) bool {
	_, param := t.(*types.TypeParam)
	return !param && empty(t)
}

// boxedBare reports whether yaegi makes a value of static type t a bare
// value when it converts it to an empty interface or returns it as one,
// where an assignment keeps its type: t is a kept type over a basic type
// (keptType), or a type parameter (a generic func's return v, with T a Celsius).
func (tc *Types) boxedBare(t types.Type) bool {
	if _, ok := t.(*types.TypeParam); ok {
		return true
	}
	return t != nil && tc.keptType(t)
}

// keptType reports whether t is a cell's type over a basic or composite
// type, or a struct type without fields (keptUnder), that yaegi keeps
// beside its value in an interface (keptBeside).
func (tc *Types) keptType(t types.Type) bool {
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() != tc.Pkg || n.TypeParams().Len() > 0 {
		return false
	}
	return keptUnder(n.Underlying()) && tc.keptBeside(n)
}

// userKept reports whether t is a cell's type over a basic type that has
// methods of the cells' own (not only keptTypes' GopadSelf). A bare value
// of the basic type that comes back from compiled code may be a value of
// a type without them (see gopadrt's handed.go), not of t.
func (tc *Types) userKept(t types.Type) bool {
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() != tc.Pkg || n.TypeParams().Len() > 0 {
		return false
	}
	_, basic := n.Underlying().(*types.Basic)
	return basic && types.NewMethodSet(types.NewPointer(n)).Len() > 0
}

// genericType reports whether t is an instance of a generic type, or the
// session's concrete copy of one (mono.go), or mentions a type parameter
// (Mer[T](t), I[byte](s)): the literal around a conversion to it made
// its type switches and assertions fail (Go's typeparam/issue50002.go
// and issue53477.go).
func (tc *Types) genericType(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return mentionsTypeParam(t)
	}
	_, isCopy := tc.copies[n.Obj().Name()]
	return isCopy || n.TypeArgs().Len() > 0 || mentionsTypeParam(t)
}

// markSwitchCompared marks the tag and the case expressions of s, which
// the switch compares.
func markSwitchCompared(s *ast.SwitchStmt, compared map[ast.Expr]bool) {
	if s.Tag == nil {
		return
	}
	compared[ast.Unparen(s.Tag)] = true
	for _, c := range s.Body.List {
		for _, e := range c.(*ast.CaseClause).List {
			compared[ast.Unparen(e)] = true
		}
	}
}
