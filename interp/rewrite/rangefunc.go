package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var rangeFuncPass = Pass{
	Name:  "rangeFunc",
	Wants: func(u *Unit) bool { return u.sights().ranges },
	Run:   func(u *Unit) []source.Edit { return u.Types.rangeFuncs() },
}

// rangeFuncs is rewriteRangeFuncs, once a chunk: deferRecv asks which
// defers it took (rangeFuncDeferred).
func (tc *Types) rangeFuncs() []source.Edit {
	if !tc.rangeDone {
		tc.rangeDone = true
		tc.rangeEdits = tc.rewriteRangeFuncs()
	}
	return tc.rangeEdits
}

// rangeFuncDeferred reports whether d is a defer in a range over a
// function that rangeFuncs rewrites (rangefuncdefer.go).
func (tc *Types) rangeFuncDeferred(d *ast.DeferStmt) bool {
	tc.rangeFuncs()
	return tc.rangeDefers[d]
}

// rewriteRangeFuncs rewrites range over functions (Go 1.23 iterators),
// which yaegi cannot compile, into a call of the iterator with a yield
// function:
//
//	for k, v := range seq {        seq(func(k K, v V) bool {
//		if k == x { break }    →       if k == x { return false }
//		...                            ...; return true
//	}                              })
//
// continue becomes return true. A return from the enclosing function sets
// a flag and the results, stops the iteration, and returns after the call;
// from nested loops it stops each in turn. A labelled break or continue of
// a rewritten loop around the loop sets that loop's brk variable likewise.
// A defer in the loop defers to the end of the enclosing function
// (rangefuncdefer.go). Loops that use goto, or break or continue another
// outer statement, are left alone (the interpreter then reports them).
func (tc *Types) rewriteRangeFuncs() []source.Edit {
	var edits []source.Edit
	n := 0
	var funcs []ast.Node // enclosing functions, innermost last
	var parents []ast.Node
	var loops []*yieldBody // the rewritten loops around the node, innermost last
	var done []*yieldBody  // every rewritten loop
	ast.Inspect(tc.File, func(node ast.Node) bool {
		if node == nil {
			last := parents[len(parents)-1]
			parents = parents[:len(parents)-1]
			if len(funcs) > 0 && funcs[len(funcs)-1] == last {
				funcs = funcs[:len(funcs)-1]
			}
			if len(loops) > 0 && loops[len(loops)-1].rs == last {
				loops = loops[:len(loops)-1]
			}
			return true
		}
		var label *ast.LabeledStmt
		if len(parents) > 0 {
			label, _ = parents[len(parents)-1].(*ast.LabeledStmt)
		}
		parents = append(parents, node)
		switch node := node.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			funcs = append(funcs, node)
		case *ast.RangeStmt:
			var fn ast.Node
			if len(funcs) > 0 {
				fn = funcs[len(funcs)-1]
			}
			n++
			var outer *yieldBody
			if len(loops) > 0 && loops[len(loops)-1].fn == fn {
				outer = loops[len(loops)-1]
			}
			if y, ok := tc.rangeFunc(node, label, fn, n, outer); ok {
				loops = append(loops, y)
				done = append(done, y)
			}
		}
		return true
	})
	// A loop's opening and closing text depend on the loops nested in it
	// (their returns and branches), which are walked after it.
	for _, y := range done {
		edits = append(edits, y.wrap()...)
		for _, d := range y.deferred {
			if tc.rangeDefers == nil {
				tc.rangeDefers = map[*ast.DeferStmt]bool{}
			}
			tc.rangeDefers[d] = true
		}
	}
	return edits
}

// yieldParams returns the parameter types of the yield function of a range
// operand of function type, or ok false.
func yieldParams(t types.Type) ([]types.Type, bool) {
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || sig.Params().Len() != 1 || sig.Results().Len() != 0 {
		return nil, false
	}
	y, ok := sig.Params().At(0).Type().Underlying().(*types.Signature)
	if !ok || y.Results().Len() != 1 || y.Params().Len() > 2 {
		return nil, false
	}
	if b, ok := y.Results().At(0).Type().Underlying().(*types.Basic); !ok || b.Kind() != types.Bool {
		return nil, false
	}
	var out []types.Type
	for i := 0; i < y.Params().Len(); i++ {
		out = append(out, y.Params().At(i).Type())
	}
	return out, true
}

// rangeFunc rewrites rs, the n-th range statement of the chunk, labelled
// label (or nil), in the function fn (nil at the top level), inside the
// body of the rewritten loop outer of the same function (or nil); false
// when it does not range over a function or cannot be rewritten.
func (tc *Types) rangeFunc(rs *ast.RangeStmt, label *ast.LabeledStmt, fn ast.Node, n int, outer *yieldBody) (*yieldBody, bool) {
	if _, _, std := tc.stdIterOf(rs); std {
		return nil, false // rangeStdIters' plain range
	}
	params, assign, ok := tc.yieldParamList(rs, n)
	if !ok {
		return nil, false
	}
	y := &yieldBody{tc: tc, fn: fn, rs: rs, params: params, assign: assign, start: rs.Pos(), parent: outer,
		flag: fmt.Sprintf("gopadRet%d", n), brk: fmt.Sprintf("gopadBrk%d", n), ok: true}
	if outer != nil {
		y.root = outer.top()
	}
	if label != nil {
		y.label = label.Label.Name
		y.start = label.Pos()
	}
	y.walk(rs.Body, 0, 0, false)
	if !y.ok {
		return nil, false
	}
	return y, true
}

// yieldParamList writes the parameters of the yield function that stands
// for rs, the n-th range statement: the loop's variables with the types of
// the iterator's. A range that assigns (for k, v = range seq) gets
// parameters of its own, and assign, the assignment that starts the body:
// "k, v = gopadR3_0, gopadR3_1; ".
func (tc *Types) yieldParamList(rs *ast.RangeStmt, n int) (params []string, assign string, ok bool) {
	tv, ok := tc.Info.Types[rs.X]
	if !ok || tv.Type == nil {
		return nil, "", false
	}
	ptypes, ok := yieldParams(tv.Type)
	if !ok {
		return nil, "", false
	}
	vars := []ast.Expr{rs.Key, rs.Value}
	params = make([]string, len(ptypes))
	var lhs, rhs []string
	for i, pt := range ptypes {
		text, ok := tc.TypeText(pt)
		if !ok {
			return nil, "", false
		}
		name := "_"
		id, isName := ast.Unparen(orBlank(vars[i])).(*ast.Ident)
		switch {
		case isName && id.Name == "_":
		case rs.Tok == token.ASSIGN:
			name = fmt.Sprintf("gopadR%d_%d", n, i)
			lhs, rhs = append(lhs, tc.code(vars[i])), append(rhs, name)
		case !isName:
			return nil, "", false
		default:
			name = id.Name
		}
		params[i] = name + " " + text
	}
	if (rs.Key != nil && len(ptypes) < 1) || (rs.Value != nil && len(ptypes) < 2) {
		return nil, "", false
	}
	if len(lhs) > 0 {
		assign = strings.Join(lhs, ", ") + " = " + strings.Join(rhs, ", ") + "; "
	}
	return params, assign, true
}

// orBlank is e, or the blank identifier for a missing loop variable.
func orBlank(e ast.Expr) ast.Expr {
	if e == nil {
		return ast.NewIdent("_")
	}
	return e
}

// yieldBody is the body of a range over a function being made the body of
// its yield function.
type yieldBody struct {
	tc    *Types
	fn    ast.Node       // the enclosing function, or nil
	rs    *ast.RangeStmt // the loop
	label string         // the loop's label, or ""
	flag  string         // the variable a return from fn sets
	// root is the outermost rewritten loop of fn around this one (nil
	// for that loop itself): a return inside sets root's flag and
	// results, and each loop stops in turn.
	root *yieldBody
	// parent is the rewritten loop of fn right around this one, or nil.
	parent *yieldBody
	params []string  // the yield function's parameters
	assign string    // what starts the body of a range that assigns
	start  token.Pos // where the statement starts (its label or for)
	// brk is the variable a labelled break (2) or continue (1) of this
	// loop from a loop nested in it sets; needBrk when one does. exits
	// are the loops around this one that such a branch leaves.
	brk     string
	needBrk bool
	exits   []*yieldBody
	// plain and owner, for a stand-in of a labelled statement that is no
	// rewritten loop (outer: for i := range 3 { for v := range seq {
	// continue outer } }): its label, and the outermost rewritten loop
	// inside it, after whose call the branch is taken (plainExit).
	plain string
	owner *yieldBody
	edits []source.Edit
	ok    bool
	// For returns from fn: whether there are any, the types of fn's
	// results, or their names, and what a return assigns (the names, or
	// one variable a result).
	returns  bool
	defers   bool             // a top loop's body defers (rangefuncdefer.go)
	deferred []*ast.DeferStmt // the defers this loop's edits rewrite
	results  []string
	named    []string
	holders  []string
}

// walk rewrites the branches and returns of node, in the loop's body:
// loops counts the loops around them inside the body (for break and
// continue), breakables the loops, switches and selects (for break).
// inYield is set inside the body of a nested range over a function,
// which a branch to this loop cannot leave.
func (y *yieldBody) walk(node ast.Node, loops, breakables int, inYield bool) {
	ast.Inspect(node, func(x ast.Node) bool {
		if !y.ok || x == nil {
			return false
		}
		switch x := x.(type) {
		case *ast.FuncLit:
			return false // its returns are its own
		case *ast.DeferStmt:
			if inYield {
				return false // the nested loop's rewrite appends it to the top loop's list
			}
			y.deferStmt(x)
			return false
		case *ast.ForStmt:
			y.walk(x.Body, loops+1, breakables+1, inYield)
			return false
		case *ast.RangeStmt:
			isFunc := false
			if t := y.tc.Info.Types[x.X].Type; t != nil {
				_, isFunc = yieldParams(t)
			}
			y.walk(x.Body, loops+1, breakables+1, inYield || isFunc)
			return false
		case *ast.SwitchStmt:
			y.walk(x.Body, loops, breakables+1, inYield)
			return false
		case *ast.TypeSwitchStmt:
			y.walk(x.Body, loops, breakables+1, inYield)
			return false
		case *ast.SelectStmt:
			y.walk(x.Body, loops, breakables+1, inYield)
			return false
		case *ast.BranchStmt:
			y.branch(x, node, loops, breakables, inYield)
			return false
		case *ast.ReturnStmt:
			if inYield {
				// The nested loop's rewrite returns through this one.
				y.top().needReturns()
				y.returns = true
				return false
			}
			y.ret(x)
			return false
		}
		return true
	})
}

// top is the loop whose flag and results a return sets.
func (y *yieldBody) top() *yieldBody {
	if y.root != nil {
		return y.root
	}
	return y
}

// needReturns makes y (a top loop) hold the results of a return from fn.
func (y *yieldBody) needReturns() {
	if y.returns || !y.ok {
		return
	}
	if y.fn == nil {
		y.ok = false
		return
	}
	y.returns = true
	y.results, y.named, y.ok = y.tc.resultsOf(y.fn)
	y.holders = y.named
	if y.holders == nil {
		for i := range y.results {
			y.holders = append(y.holders, fmt.Sprintf("%s_%d", y.flag, i))
		}
	}
}

// branch rewrites a break or continue of the loop as a return from the
// yield function; it refuses goto, and branches out of the loop.
func (y *yieldBody) branch(x *ast.BranchStmt, node ast.Node, loops, breakables int, inYield bool) {
	ours := false
	switch {
	case x.Tok == token.GOTO || x.Tok == token.FALLTHROUGH:
		if x.Tok == token.GOTO {
			y.ok = false
		}
		return
	case x.Label != nil:
		if x.Label.Name != y.label {
			if !labelInside(node, x.Label.Name) && !inYield && !y.branchOut(x) {
				y.ok = false
			}
			return
		}
		ours = true
	case x.Tok == token.BREAK:
		ours = breakables == 0
	case x.Tok == token.CONTINUE:
		ours = loops == 0
	}
	if ours && inYield {
		// The nested loop's rewrite sets y.brk (branchOut).
		y.needBrk = true
		return
	}
	if ours {
		v := "true"
		if x.Tok == token.BREAK {
			v = "false"
		}
		y.edits = append(y.edits, source.Edit{From: y.tc.Off(x.Pos()), To: y.tc.Off(x.End()), Text: "return " + v})
	}
}

// ret rewrites a return from the enclosing function: it sets the results
// and the flag, and stops the iteration.
func (y *yieldBody) ret(x *ast.ReturnStmt) {
	top := y.top()
	top.needReturns()
	if !top.ok {
		y.ok = false
		return
	}
	y.returns = true
	var b strings.Builder
	b.WriteString("{ ")
	switch {
	case len(x.Results) == len(top.holders) && len(x.Results) > 1:
		// One assignment a result: yaegi fails on an untyped nil among
		// several values (return n, nil: "reflect: New(nil)"). The
		// holders are the rewrite's own, so the order is Go's.
		for i, r := range x.Results {
			fmt.Fprintf(&b, "%s = %s; ", top.holders[i], y.tc.code(r))
		}
	case len(x.Results) > 0:
		var rhs []string
		for _, r := range x.Results {
			rhs = append(rhs, y.tc.code(r))
		}
		fmt.Fprintf(&b, "%s = %s; ", strings.Join(top.holders, ", "), strings.Join(rhs, ", "))
	}
	fmt.Fprintf(&b, "%s = true; return false }", top.flag)
	y.edits = append(y.edits, source.Edit{From: y.tc.Off(x.Pos()), To: y.tc.Off(x.End()), Text: b.String()})
}

// wrap adds to the body's edits those that make the loop, from start (its
// label or for), a call of the iterator.
func (y *yieldBody) wrap() []source.Edit {
	tc, rs, start, params := y.tc, y.rs, y.start, y.params
	var pre strings.Builder
	if y.needBrk {
		// A define, not a var: a statement chunk must not start with var.
		fmt.Fprintf(&pre, "%s := 0; ", y.brk)
	}
	for _, p := range y.exits {
		if p.owner == y {
			fmt.Fprintf(&pre, "%s := 0; ", p.brk)
		}
	}
	if y.defers && y.root == nil {
		pre.WriteString(y.deferRunner())
	}
	if y.returns && y.root == nil {
		fmt.Fprintf(&pre, "var %s bool; ", y.flag)
		if y.named == nil {
			for i, r := range y.results {
				fmt.Fprintf(&pre, "var %s %s; ", y.holders[i], r)
			}
		}
	}
	open, close := "", ""
	switch rs.X.(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.CallExpr, *ast.IndexExpr, *ast.IndexListExpr:
	default:
		open, close = "(", ")"
	}
	edits := append(y.edits,
		source.Edit{From: tc.Off(start), To: tc.Off(rs.X.Pos()), Text: pre.String() + open},
		source.Edit{From: tc.Off(rs.X.End()), To: tc.Off(rs.Body.Lbrace) + 1, Text: close + "(func(" + strings.Join(params, ", ") + ") bool {" + y.assign},
	)
	after := "; return true })"
	switch {
	case y.returns && y.root != nil:
		// Stop the enclosing loop's iteration too.
		after += fmt.Sprintf("; if %s { return false }", y.root.flag)
	case y.returns:
		after += fmt.Sprintf("; if %s { return %s }", y.flag, strings.Join(y.holders, ", "))
	}
	for _, p := range y.exits {
		if p.owner == y {
			// Back in the labelled statement's body: take the branch.
			after += fmt.Sprintf("; if %s == 1 { continue %s }; if %s == 2 { break %s }", p.brk, p.plain, p.brk, p.plain)
			continue
		}
		if p == y.parent {
			// Back in p's body: continue or break p.
			after += fmt.Sprintf("; if %s == 1 { %s = 0; return true }; if %s == 2 { return false }", p.brk, p.brk, p.brk)
		} else {
			after += fmt.Sprintf("; if %s != 0 { return false }", p.brk)
		}
	}
	return append(edits, source.Edit{From: tc.Off(rs.Body.Rbrace), To: tc.Off(rs.Body.Rbrace) + 1, Text: after})
}

// resultsOf returns the result types of the function fn, and their names
// if it names them.
func (tc *Types) resultsOf(fn ast.Node) (rtypes []string, names []string, ok bool) {
	var ft *ast.FuncType
	switch f := fn.(type) {
	case *ast.FuncDecl:
		ft = f.Type
	case *ast.FuncLit:
		ft = f.Type
	}
	if ft == nil || ft.Results == nil {
		return nil, nil, true
	}
	for _, field := range ft.Results.List {
		tv, found := tc.Info.Types[field.Type]
		if !found {
			return nil, nil, false
		}
		text, good := tc.TypeText(tv.Type)
		if !good {
			return nil, nil, false
		}
		if len(field.Names) == 0 {
			rtypes = append(rtypes, text)
			continue
		}
		for _, n := range field.Names {
			if n.Name == "_" {
				return nil, nil, false
			}
			rtypes = append(rtypes, text)
			names = append(names, n.Name)
		}
	}
	return rtypes, names, true
}

// labelInside reports whether a statement labelled name is inside node.
func labelInside(node ast.Node, name string) bool {
	found := false
	ast.Inspect(node, func(n ast.Node) bool {
		if l, ok := n.(*ast.LabeledStmt); ok && l.Label.Name == name {
			found = true
		}
		return !found
	})
	return found
}

// branchOut rewrites a break or continue of a rewritten loop around this
// one (outer: ... continue outer): it sets that loop's brk and stops this
// iteration; each loop in between stops in turn, and the labelled loop
// then continues or stops (see wrap). False when no such loop has the
// label.
func (y *yieldBody) branchOut(x *ast.BranchStmt) bool {
	var chain []*yieldBody
	p := y
	for p != nil && p.label != x.Label.Name {
		chain = append(chain, p)
		p = p.parent
	}
	if x.Tok == token.GOTO || x.Tok == token.FALLTHROUGH {
		return false
	}
	if p == nil {
		if p, chain = y.plainExit(x.Label.Name); p == nil {
			return false
		}
	}
	for _, z := range chain {
		if !slices.Contains(z.exits, p) {
			z.exits = append(z.exits, p)
		}
	}
	p.needBrk = true
	v := 1
	if x.Tok == token.BREAK {
		v = 2
	}
	y.edits = append(y.edits, source.Edit{From: y.tc.Off(x.Pos()), To: y.tc.Off(x.End()), Text: fmt.Sprintf("{ %s = %d; return false }", p.brk, v)})
	return true
}

// plainExit makes the stand-in for a labelled statement around y that is
// no rewritten loop (a for loop, a range over an int, a switch), and
// returns it with the rewritten loops a branch to it leaves: y and those
// around it inside the statement. The outermost of them takes the branch
// after its call (wrap). nil when no statement of the function around y
// has the label.
func (y *yieldBody) plainExit(label string) (*yieldBody, []*yieldBody) {
	var ls *ast.LabeledStmt
	ast.Inspect(y.tc.File, func(n ast.Node) bool {
		if l, ok := n.(*ast.LabeledStmt); ok && l.Label.Name == label && l.Pos() < y.rs.Pos() && y.rs.End() <= l.End() {
			ls = l
		}
		return ls == nil
	})
	if ls == nil {
		return nil, nil
	}
	chain := []*yieldBody{y}
	o := y
	for o.parent != nil && o.parent.rs.Pos() > ls.Pos() {
		o = o.parent
		chain = append(chain, o)
	}
	for _, z := range o.exits {
		if z.owner == o && z.plain == label {
			return z, chain
		}
	}
	return &yieldBody{brk: o.brk + "_" + label, plain: label, owner: o}, chain
}
