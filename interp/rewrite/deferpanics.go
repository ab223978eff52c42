package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strconv"

	"github.com/gopad/gopad/interp/source"
)

// deferPanics keeps a function's deferred calls running after one of them
// panics, as Go does. yaegi runs them in one loop of compiled code: a
// panic in a deferred call ends the loop (the calls after it never run)
// and a recover() after it would return the function's first panic, not
// the one that replaced it. A function with more than one deferred call
// (or one in a loop), of which one may panic (a function literal or a
// function of the cells whose body calls panic; where a deferred literal
// recovers, also a func variable, a compiled function or method, close),
// gets a gopadBuiltin Defers (gopadrt/defers.go):
//
//	func work() {                      func work() {
//	                                       gopadDS5 := gopadBuiltin.NewDefers(); defer gopadDS5.End()
//	    defer func() { r := recover() }()  defer func() { r := gopadDS5.Take(recover()) }()
//	    defer cleanup()                    defer gopadDS5.Guard(cleanup).(func())()
//	    defer func() { panic("x") }()      defer func() { defer func() { gopadDS5.Caught(recover()) }(); panic("x") }()
//
// A deferred function of the cells that calls recover itself is refused
// at run time while a later panic is pending (Defers.Recovering): its
// recover() would return the first panic.
var deferPanicsPass = Pass{
	Name:  "deferPanics",
	Wants: func(u *Unit) bool { return u.sights().defers },
	Run:   func(u *Unit) []source.Edit { return u.Types.deferPanics() },
}

// A bodyFact says what a function's body does, for deferPanics.
type bodyFact struct {
	panics   bool // calls panic, anywhere in its body
	recovers bool // calls recover itself (not in a function literal)
}

// bodyFacts are the facts of the functions declared in a file, by the
// identifier that declares them.
type bodyFacts map[*ast.Ident]bodyFact

// funcBodyFacts notes the facts of f's functions and methods that call
// panic or recover.
func funcBodyFacts(f *ast.File) bodyFacts {
	facts := bodyFacts{}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
			if bf := factsOf(fd.Body); bf != (bodyFact{}) {
				facts[fd.Name] = bf
			}
		}
	}
	return facts
}

// factsOf reads body's calls of panic and recover by name.
func factsOf(body *ast.BlockStmt) bodyFact {
	var bf bodyFact
	bf.panics = callsNamed(body, "panic", true)
	bf.recovers = callsNamed(body, "recover", false)
	return bf
}

// callsNamed reports whether n calls the function called name, also in
// function literals when nested is set.
func callsNamed(n ast.Node, name string, nested bool) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok && !nested {
			return false
		}
		if call, ok := n.(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == name {
				found = true
			}
		}
		return !found
	})
	return found
}

// deferPanics returns the edits of the chunk's functions whose deferred
// calls may panic.
func (tc *Types) deferPanics() []source.Edit {
	facts := tc.funcFacts()
	inserts := map[int]string{} // insertions at the start of a body, in order
	var edits []source.Edit
	goLits := map[*ast.FuncLit]bool{}
	ast.Inspect(tc.File, func(n ast.Node) bool {
		var body *ast.BlockStmt
		switch n := n.(type) {
		case *ast.GoStmt:
			if lit, ok := ast.Unparen(n.Call.Fun).(*ast.FuncLit); ok {
				goLits[lit] = true
			}
		case *ast.FuncDecl:
			body = n.Body
		case *ast.FuncLit:
			body = n.Body
		}
		// The function a statement chunk is checked in is the cell's top
		// level, whose defers celldefers.go runs.
		if body != nil && tc.Off(body.Lbrace) >= 0 {
			_, isLit := n.(*ast.FuncLit)
			edits = append(edits, tc.deferScope(body, isLit && goLits[n.(*ast.FuncLit)], facts, inserts)...)
		}
		return true
	})
	for off, text := range inserts {
		edits = append(edits, source.Edit{From: off, To: off, Text: text, Order: -1})
	}
	return edits
}

// funcFacts are the facts of the functions of the session and the chunk.
func (tc *Types) funcFacts() map[types.Object]bodyFact {
	if tc.facts != nil {
		return tc.facts // once a chunk: printArgs asks for each operand
	}
	out := map[types.Object]bodyFact{}
	for id, bf := range tc.sessionFacts {
		if obj := tc.Info.Defs[id]; obj != nil {
			out[obj] = bf
		}
	}
	for id, bf := range funcBodyFacts(tc.File) {
		if obj := tc.Info.Defs[id]; obj != nil {
			out[obj] = bf
		}
	}
	tc.facts = out
	return out
}

// ownDefers lists the defer statements of body itself (not of function
// literals in it), and whether one is in a loop.
func ownDefers(body *ast.BlockStmt) (ds []*ast.DeferStmt, inLoop bool) {
	var visit func(n ast.Node, loop bool)
	visit = func(n ast.Node, loop bool) {
		ast.Inspect(n, func(m ast.Node) bool {
			switch m := m.(type) {
			case *ast.FuncLit:
				return false
			case *ast.DeferStmt:
				ds = append(ds, m)
				inLoop = inLoop || loop
			case *ast.ForStmt:
				if m != n {
					visit(m.Body, true)
					return false
				}
			case *ast.RangeStmt:
				if m != n {
					visit(m.Body, true)
					return false
				}
			}
			return true
		})
	}
	visit(body, false)
	return ds, inLoop
}

// deferScope returns the edits of one function body: none unless it has
// several deferred calls of which one may panic.
// A goroutine literal's panic goes to the session (gopanic.go in interp).
func (tc *Types) deferScope(body *ast.BlockStmt, goLit bool, facts map[types.Object]bodyFact, inserts map[int]string) []source.Edit {
	ds, inLoop := ownDefers(body)
	if len(ds) == 0 || len(ds) == 1 && !inLoop {
		return nil
	}
	panicky, recovering := false, false
	for _, d := range ds {
		panicky = panicky || tc.deferMayPanic(d, facts)
		if lit, ok := ast.Unparen(d.Call.Fun).(*ast.FuncLit); ok && callsNamed(lit.Body, "recover", false) {
			recovering = true
		}
	}
	// A deferred call of a func variable may panic (a nil one does, as Go's
	// deferred call of nil does), and so may one of a compiled function or
	// method (close of a closed channel inside, wg.Done below zero):
	// guarded when a deferred literal recovers.
	varCalls := recovering && slices.ContainsFunc(ds, func(d *ast.DeferStmt) bool { return tc.deferredGuardable(d) || tc.deferredClose(d) })
	panicky = panicky || varCalls
	if !panicky {
		return nil
	}
	name := fmt.Sprintf("gopadDS%d", tc.Off(body.Lbrace))
	start := tc.Off(body.Lbrace) + 1
	ctor := "NewDefers"
	if goLit {
		ctor = "NewGoDefers"
	}
	inserts[start] += " " + name + " := gopadBuiltin." + ctor + "(); defer " + name + ".End(); "
	var edits []source.Edit
	for _, d := range ds {
		if lit, ok := ast.Unparen(d.Call.Fun).(*ast.FuncLit); ok {
			edits = append(edits, tc.deferredLiteral(lit, name, facts, inserts)...)
			continue
		}
		if varCalls && tc.deferredClose(d) {
			edits = append(edits, tc.guardedClose(d, name)...)
			continue
		}
		if varCalls && tc.deferredGuardable(d) {
			edits = append(edits, tc.guardedFuncVar(d, name)...)
			continue
		}
		edits = append(edits, tc.deferredCellFunc(d, name, facts)...)
	}
	return edits
}

// deferredGuardable reports whether d calls a variable of a func type,
// or a function or method of a compiled package, none of them generic.
func (tc *Types) deferredGuardable(d *ast.DeferStmt) bool {
	if tc.rangeFuncDeferred(d) {
		return false // rangefuncdefer.go defers it
	}
	fun := ast.Unparen(d.Call.Fun)
	var obj types.Object
	switch f := fun.(type) {
	case *ast.Ident:
		obj = tc.Info.Uses[f]
	case *ast.SelectorExpr:
		obj = tc.Info.Uses[f.Sel]
	}
	switch obj := obj.(type) {
	case *types.Var:
	case *types.Func:
		if obj.Pkg() == nil || obj.Pkg() == tc.Pkg {
			return false // a method of error, or of the cells: deferredCellFunc
		}
	default:
		return false
	}
	sig, ok := tc.Info.Types[fun].Type.Underlying().(*types.Signature)
	return ok && sig.TypeParams().Len() == 0
}

// deferredClose reports whether d calls the builtin close.
func (tc *Types) deferredClose(d *ast.DeferStmt) bool {
	if tc.rangeFuncDeferred(d) {
		return false // rangefuncdefer.go defers it
	}
	b, ok := tc.Info.Uses[identOf(d.Call.Fun)].(*types.Builtin)
	return ok && b.Name() == "close" && len(d.Call.Args) == 1
}

// guardedClose hands the panic of a deferred close (of a closed or nil
// channel) to Defers name, the channel still taken at the defer
// statement:
//
//	defer close(ch)   →   defer func(gopadC chan int) { defer func() { gopadDS5.Caught(recover()) }(); close(gopadC) }(ch)
func (tc *Types) guardedClose(d *ast.DeferStmt, name string) []source.Edit {
	ch, ok := tc.TypeText(tc.Info.Types[d.Call.Args[0]].Type)
	if !ok {
		return nil
	}
	lit := "func(gopadC " + ch + ") { defer func() { " + name + ".Caught(recover()) }(); close(gopadC) }"
	return []source.Edit{source.Replace(tc.Off(d.Call.Fun.Pos()), tc.Off(d.Call.Lparen), lit)}
}

// guardedFuncVar hands the panic of d's func variable to Defers name, so
// that the deferred literal that recovers gets it.
func (tc *Types) guardedFuncVar(d *ast.DeferStmt, name string) []source.Edit {
	sig, ok := tc.TypeText(tc.Info.Types[d.Call.Fun].Type.Underlying())
	if !ok {
		return nil
	}
	return []source.Edit{
		source.Insert(tc.Off(d.Call.Fun.Pos()), name+".Guard("),
		source.Insert(tc.Off(d.Call.Fun.End()), ").("+sig+")"),
	}
}

// deferMayPanic reports whether d calls a function literal or a function
// of the cells that calls panic.
func (tc *Types) deferMayPanic(d *ast.DeferStmt, facts map[types.Object]bodyFact) bool {
	if lit, ok := ast.Unparen(d.Call.Fun).(*ast.FuncLit); ok {
		if callsNamed(lit.Body, "panic", true) {
			return true
		}
		found := false
		ast.Inspect(lit.Body, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if fn := tc.cellFunc(call.Fun); fn != nil && facts[fn].panics {
					found = true
				}
			}
			return !found
		})
		return found
	}
	fn := tc.cellFunc(d.Call.Fun)
	return fn != nil && facts[fn].panics
}

// cellFunc is the function or method of the cells that fun names, or nil.
func (tc *Types) cellFunc(fun ast.Expr) *types.Func {
	id := funcIdent(fun)
	if id == nil {
		return nil
	}
	fn, ok := tc.Info.Uses[id].(*types.Func)
	if !ok || fn.Pkg() != tc.Pkg {
		return nil
	}
	if sig := fn.Type().(*types.Signature); sig.TypeParams().Len() > 0 || sig.RecvTypeParams().Len() > 0 {
		return nil
	}
	return fn
}

// deferredLiteral guards a deferred function literal that may panic and
// hands its own recover() calls the panic of the calls before it.
func (tc *Types) deferredLiteral(lit *ast.FuncLit, name string, facts map[types.Object]bodyFact, inserts map[int]string) []source.Edit {
	if callsNamed(lit.Body, "panic", true) || tc.callsPanicking(lit.Body, facts) {
		inserts[tc.Off(lit.Body.Lbrace)+1] += " defer func() { " + name + ".Caught(recover()) }(); "
	}
	var edits []source.Edit
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false // not called by the deferral: its recover() is nil
		}
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 0 {
			return true
		}
		if b, ok := tc.Info.Uses[identOf(call.Fun)].(*types.Builtin); ok && b.Name() == "recover" {
			edits = append(edits,
				source.Edit{From: tc.Off(call.Pos()), To: tc.Off(call.Pos()), Text: name + ".Take("},
				source.Edit{From: tc.Off(call.End()), To: tc.Off(call.End()), Text: ")"})
		}
		return true
	})
	return edits
}

// callsPanicking reports whether n calls a function of the cells that
// calls panic.
func (tc *Types) callsPanicking(n ast.Node, facts map[types.Object]bodyFact) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if fn := tc.cellFunc(call.Fun); fn != nil && facts[fn].panics {
				found = true
			}
		}
		return !found
	})
	return found
}

// deferredCellFunc wraps the deferred call of a function of the cells
// that panics (Guard) or recovers (Recovering).
func (tc *Types) deferredCellFunc(d *ast.DeferStmt, name string, facts map[types.Object]bodyFact) []source.Edit {
	fn := tc.cellFunc(d.Call.Fun)
	if fn == nil {
		return nil
	}
	sig, ok := tc.TypeText(types.NewSignatureType(nil, nil, nil, fn.Signature().Params(), fn.Signature().Results(), fn.Signature().Variadic()))
	if !ok {
		return nil
	}
	var open string
	switch bf := facts[fn]; {
	case bf.recovers:
		open = name + ".Recovering(" + strconv.Quote(fn.Name()) + ", "
	case bf.panics:
		open = name + ".Guard("
	default:
		return nil
	}
	return []source.Edit{
		source.Insert(tc.Off(d.Call.Fun.Pos()), open),
		source.Insert(tc.Off(d.Call.Fun.End()), ").("+sig+")"),
	}
}

// identOf is e as an identifier, or nil.
func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}
