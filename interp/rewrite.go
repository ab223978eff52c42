package interp

import (
	"context"
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/display"
	"github.com/gopad/gopad/interp/stdlib"
	"github.com/gopad/gopad/interp/typeinfo"
)

// Newer Go than the interpreter knows (Go 1.21 and 1.22 features) is
// rewritten into older Go before yaegi sees a chunk:
//
//	min(a, b, c), max(...)   → calls of generic helpers declared in the session
//	clear(m)                 → a compiled helper (reflect.Value.Clear)
//	for i := range n         → for i, n' := 0*(n), n; i < n'; i++   (n an integer)
//
// Edits replace text in place, so positions on other lines are unchanged.
// What needs the types of expressions (generic calls, range over
// functions, printing the cells' types, ...) is rewritten before, by the
// type-checked pass of typed.go.

// prelude is declared in every fresh interpreter.
const prelude = `import (
	gopadBuiltin "gopad/builtin"
	gp_ "gopad/builtin"
	gs_ "gopad/strprint"
	gopadFmtPkg "fmt"
	gopadErrorsPkg "errors"
)
type gopadOrdered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string
}
func gopadMin[gopadT gopadOrdered](a, b gopadT) gopadT { if b < a { return b }; return a }
func gopadMax[gopadT gopadOrdered](a, b gopadT) gopadT { if b > a { return b }; return a }
func gopadAll(v ...any) []any { return v }
func gopadAsType[gopadE error](err error) (gopadE, bool) {
	var e gopadE
	ok := gopadErrorsPkg.As(err, &e)
	return e, ok
}
var gopadDefers []func()
func gopadRunDefers() {
	for len(gopadDefers) > 0 {
		f := gopadDefers[len(gopadDefers)-1]
		gopadDefers = gopadDefers[:len(gopadDefers)-1]
		f()
	}
}
`

func clearValue(v any) {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Map, reflect.Slice:
		rv.Clear()
	case reflect.Ptr:
		if e := rv.Elem(); e.Kind() == reflect.Map || e.Kind() == reflect.Slice {
			e.Clear()
			return
		}
		panic(fmt.Sprintf("invalid argument: clear of %s", rv.Type()))
	default:
		panic(fmt.Sprintf("invalid argument: clear of %T (need a map or a slice)", v))
	}
}

var builtinSymbols = Exports{
	"gopad/builtin/builtin": {
		"Clear":      reflect.ValueOf(clearValue),
		"PrintMap":   reflect.ValueOf(printMap),
		"ErrorsAs":   reflect.ValueOf(stdlib.ErrorsAs),
		"Shown":      reflect.ValueOf(shown),
		"DecodeRune": reflect.ValueOf(decodeRune),
		"Recovered":  reflect.ValueOf(recovered),
		"GcPrint":    reflect.ValueOf(gcPrint),
		"GcPrintln":  reflect.ValueOf(gcPrintln),
		"Twin":       reflect.ValueOf(twinValue),
		"TwinCase":   reflect.ValueOf(twinCase),
		"CtxKey":     reflect.ValueOf(boxCtxKey),
		"EqGuard":    reflect.ValueOf(eqGuard),
	},
}

// implicitConsts writes out a const block's iota and its implicit
// repetitions: a spec with neither type nor values repeats the last one
// that has them (Go defines it as that text), and iota is the spec's index
// in the block. yaegi counts iota per name, not per spec, and recurses
// without end on a repeated line of two names
// (const ( a, b = iota, iota * 10; c, d )).
func implicitConsts(d *ast.GenDecl, off func(token.Pos) int, code func(ast.Node) string) []edit {
	if d.Tok != token.CONST || !d.Lparen.IsValid() {
		return nil
	}
	var edits []edit
	var last *ast.ValueSpec
	for i, sp := range d.Specs {
		vs := sp.(*ast.ValueSpec)
		index := strconv.Itoa(i)
		if len(vs.Values) > 0 {
			last = vs
			for _, v := range vs.Values {
				for _, id := range iotas(v) {
					edits = append(edits, edit{off(id.Pos()), off(id.End()), index, 0})
				}
			}
			continue
		}
		if vs.Type != nil || last == nil {
			continue
		}
		repeat := " = "
		if last.Type != nil {
			repeat = " " + code(last.Type) + repeat
		}
		for j, v := range last.Values {
			text, base := code(v), v.Pos()
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
		if !strings.Contains(repeat, "\n") { // edits keep the cell's lines
			end := vs.Names[len(vs.Names)-1].End()
			edits = append(edits, edit{off(end), off(end), repeat, 0})
		}
	}
	return edits
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

type edit struct {
	from, to int // byte offsets in the chunk
	text     string
	// order ranks edits at the same place: lower is applied first, so
	// its text ends up after the others'. Wrapping gives its closing text
	// -1 and its opening text +1, so that it encloses the other edits.
	order int
}

// around wraps the bytes [from, to) of a chunk in open and close, as two
// insertions that enclose any other edit inside or at the edges.
func around(from, to int, open, close string) []edit {
	return []edit{{from: from, to: from, text: open, order: 1}, {from: to, to: to, text: close, order: -1}}
}

// rewrite returns src with newer constructs replaced and the constructs
// yaegi gets wrong reshaped.
func (s *Session) rewrite(src string, stmt bool) string {
	return hoistFuncArgs(s.rewriteNewer(tagStructTypes(src, stmt), stmt), stmt)
}

// rewriteNewer returns src with newer constructs replaced.
func (s *Session) rewriteNewer(src string, stmt bool) string {
	if !strings.Contains(src, "min") && !strings.Contains(src, "max") &&
		!strings.Contains(src, "clear") && !strings.Contains(src, "for") &&
		!strings.Contains(src, "defer") && !strings.Contains(src, ".(") &&
		!strings.Contains(src, "_ =") && !strings.Contains(src, "_=") &&
		!strings.Contains(src, "<-") && !strings.Contains(src, "select") &&
		!strings.Contains(src, "const") &&
		!strings.Contains(src, "recover") && !strings.Contains(src, "func") &&
		!strings.Contains(src, "switch") && !strings.Contains(src, "{") {
		return src
	}
	prefix := "package p\n"
	text := prefix + src
	var f *ast.File
	var fset *token.FileSet
	var err error
	if stmt {
		prefix, text = stmtPrefix, stmtPrefix+src+stmtSuffix
		f, fset, err = parseStmtChunk(src)
	} else {
		fset = token.NewFileSet()
		f, err = parser.ParseFile(fset, "", text, parser.SkipObjectResolution)
	}
	if err != nil {
		return src
	}
	off := func(p token.Pos) int { return fset.Position(p).Offset - len(prefix) }
	code := func(n ast.Node) string { return text[fset.Position(n.Pos()).Offset:fset.Position(n.End()).Offset] }
	var edits []edit
	var result ast.Stmt // the statement whose value is the cell's
	if stmt && len(f.Decls) == 1 {
		if fd, ok := f.Decls[0].(*ast.FuncDecl); ok && len(fd.Body.List) > 0 {
			result = fd.Body.List[len(fd.Body.List)-1]
		}
	}
	own := typeinfo.DeclaredNames(f) // a declaration chunk's own names (a cell's func max)
	var funcs []*ast.FuncType        // enclosing functions, innermost last
	var stack []ast.Node
	localInts := map[string]bool{}
	visit := func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			edits = append(edits, zeroResults(n.Type, n.Body, off, code)...)
		case *ast.FuncLit:
			edits = append(edits, zeroResults(n.Type, n.Body, off, code)...)
		case *ast.SwitchStmt:
			var label *ast.LabeledStmt
			if len(stack) >= 2 {
				label, _ = stack[len(stack)-2].(*ast.LabeledStmt)
			}
			edits = append(edits, switchInit(n, label, off, code)...)
			edits = append(edits, taglessCases(n, off, src)...)
		case *ast.AssignStmt:
			edits = append(edits, inPlaceLiterals(n, off)...)
			if stmt && len(funcs) == 1 && n.Tok == token.ASSIGN && hasBlank(n.Lhs) && hasCall(n.Rhs) && len(stack) >= 2 {
				switch stack[len(stack)-2].(type) {
				case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
					// After a top-level "v, _ := f()", yaegi gives "_" a
					// global with f's type, and a later "_ = g()" outside
					// any function panics in reflect.Set (assigning a
					// variable's value works). Inside a function literal
					// "_" is the blank identifier again.
					edits = append(edits, around(off(n.Pos()), off(n.End()), "func() { ", " }()")...)
				}
			}
			if ta, ok := commaOk(n); ok && stmt && len(funcs) == 1 {
				// v, ok := x.(T) among a cell's top-level statements
				// panics in yaegi ("nil type"); inside a function it works.
				typ := code(ta.Type)
				edits = append(edits, edit{off(ta.Pos()), off(ta.End()),
					fmt.Sprintf("func() (%s, bool) { gopadA, gopadOK := (%s).(%s); return gopadA, gopadOK }()", typ, code(ta.X), typ), 0})
			}
			if n.Tok == token.DEFINE && len(n.Lhs) == len(n.Rhs) {
				for i, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok && s.isInt(n.Rhs[i], funcs, localInts) {
						localInts[id.Name] = true
					}
				}
			}
		case *ast.GenDecl:
			edits = append(edits, implicitConsts(n, off, code)...)
		case *ast.ValueSpec:
			if id, ok := n.Type.(*ast.Ident); ok && isIntTypeName(id.Name) {
				for _, nm := range n.Names {
					localInts[nm.Name] = true
				}
			}
		case *ast.CallExpr:
			id, ok := n.Fun.(*ast.Ident)
			if !ok {
				return true
			}
			if _, shadowed := s.names[id.Name]; shadowed || own[id.Name] {
				return true
			}
			switch id.Name {
			case "recover":
				if len(n.Args) == 0 {
					edits = append(edits, around(off(n.Pos()), off(n.End()), "gopadBuiltin.Recovered(", ")")...)
				}
			case "min", "max":
				if len(n.Args) == 0 || n.Ellipsis.IsValid() {
					return true
				}
				helper := "gopadMin"
				if id.Name == "max" {
					helper = "gopadMax"
				}
				if len(n.Args) == 1 {
					edits = append(edits, edit{off(n.Pos()), off(n.End()), "(" + code(n.Args[0]) + ")", 0})
					return true
				}
				if lit, ok := foldMinMax(id.Name == "min", n.Args, code); ok {
					// Constants: the helpers cannot infer a type from
					// untyped constants, so fold them here.
					edits = append(edits, edit{off(n.Pos()), off(n.End()), lit, 0})
					return false
				}
				if len(n.Args) == 2 {
					edits = append(edits, edit{off(id.Pos()), off(id.End()), helper, 0})
					return true
				}
				// Nest: helper(helper(a, b), c) — args are re-printed, so
				// nested min/max inside them are left for a later pass.
				acc := code(n.Args[0])
				for _, a := range n.Args[1:] {
					acc = helper + "(" + acc + ", " + code(a) + ")"
				}
				edits = append(edits, edit{off(n.Pos()), off(n.End()), acc, 0})
				return false
			case "clear":
				if len(n.Args) == 1 {
					edits = append(edits, edit{off(id.Pos()), off(id.End()), "gopadBuiltin.Clear", 0})
				}
			}
		case *ast.DeferStmt:
			// Go evaluates a deferred call's arguments at the defer
			// statement; yaegi may read variables when the call runs.
			var names, vals []string
			for i, a := range n.Call.Args {
				if _, isLit := a.(*ast.BasicLit); isLit {
					continue
				}
				if _, isFunc := a.(*ast.FuncLit); isFunc {
					continue
				}
				name := fmt.Sprintf("gopadD%d_%d", off(n.Pos()), i)
				names = append(names, name)
				vals = append(vals, code(a))
				edits = append(edits, edit{off(a.Pos()), off(a.End()), name, 0})
			}
			if len(names) > 0 {
				edits = append(edits, edit{off(n.Pos()), off(n.Pos()), strings.Join(names, ", ") + " := " + strings.Join(vals, ", ") + "; ", 0})
			}
		case *ast.ExprStmt, *ast.SendStmt, *ast.SelectStmt:
			edits = append(edits, stoppableChan(n, n == result, stack, off, code)...)
		case *ast.ForStmt:
			edits = append(edits, stopCheck(n.Body, off)...)
			if as, ok := n.Init.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
				if es, ok := perIteration(n.Body, as.Lhs, off); ok {
					edits = append(edits, es...)
				}
			}
		case *ast.RangeStmt:
			edits = append(edits, stopCheck(n.Body, off)...)
			if n.Tok == token.DEFINE {
				if es, ok := perIteration(n.Body, []ast.Expr{n.Key, n.Value}, off); ok {
					edits = append(edits, es...)
				}
			}
			if n.Tok == token.ASSIGN {
				edits = append(edits, rangeAssign(n, s.isInt(n.X, funcs, localInts), off, code)...)
				return true
			}
			if !s.isInt(n.X, funcs, localInts) {
				return true
			}
			key := "gopadI" // a range with = is rangeAssign's
			if id, ok := n.Key.(*ast.Ident); ok && id.Name != "_" {
				key = id.Name
			}
			x := code(n.X)
			head := fmt.Sprintf("for %s, gopadN := 0*(%s), %s; %s < gopadN; %s++", key, x, x, key, key)
			edits = append(edits, edit{off(n.Pos()), off(n.Body.Lbrace), head + " ", 0})
		}
		return true
	}
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			if top := stack[len(stack)-1]; isFunc(top) {
				funcs = funcs[:len(funcs)-1]
			}
			stack = stack[:len(stack)-1]
			return true
		}
		switch n := n.(type) {
		case *ast.FuncDecl:
			funcs = append(funcs, n.Type)
		case *ast.FuncLit:
			funcs = append(funcs, n.Type)
		}
		stack = append(stack, n)
		if !visit(n) {
			if isFunc(n) {
				funcs = funcs[:len(funcs)-1]
			}
			stack = stack[:len(stack)-1]
			return false
		}
		return true
	})
	edits = append(edits, s.loopPrintEdits(f, off, stmt)...)
	edits = append(edits, reusedDefines(f, off)...)
	if len(edits) == 0 {
		return src
	}
	// Later edits first; of two at one offset, the longer replacement
	// first, so that an insertion lands before it.
	sort.SliceStable(edits, func(i, j int) bool {
		if edits[i].from != edits[j].from {
			return edits[i].from > edits[j].from
		}
		if edits[i].to != edits[j].to {
			return edits[i].to > edits[j].to
		}
		return edits[i].order < edits[j].order
	})
	out := src
	last := len(src) + 1
	for _, e := range edits {
		if e.to > last || e.from < 0 || e.to > len(out) {
			continue // overlapping edit: left for the error path
		}
		out = out[:e.from] + e.text + out[e.to:]
		last = e.from
	}
	return out
}

// stopCheck is the interrupt's check (see interrupt.go) at the end of a
// loop body. It comes after the body's statements, because yaegi finds the
// position of a panic by the first node that runs the same code as the
// one that panicked: a check before them would take their places in
// tracebacks. A continue skips it; a loop that always continues is stopped
// by yaegi's cancellation instead. The check stays on the line of the
// closing brace, so no position of the cell's code moves.
func stopCheck(body *ast.BlockStmt, off func(token.Pos) int) []edit {
	const check = "if *gp_.Stop != 0 { gp_.Halt() }"
	if body == nil {
		return nil
	}
	text := "; " + check + " "
	if len(body.List) == 0 {
		text = check
	}
	return []edit{{from: off(body.Rbrace), to: off(body.Rbrace), text: text, order: 2}}
}

// stopCase is the select case that ends a goroutine waiting on a channel
// when an interrupt comes (see interrupt.go).
const stopCase = "case <-gp_.Stopped(): gp_.Exit()"

// stoppableChan makes a channel statement interruptible (n is the last of
// stack, its parent before it): a receive statement or a send becomes the
// one case of a select with stopCase, and a select without a default
// gains stopCase; the receive that gives the cell its value becomes
// gp_.Recv(ch). A receive whose value is used (v := <-ch, v = <-ch) is
// left as it is (an interrupt then falls back to yaegi's): it cannot move
// into a case without its type, and yaegi's select fails on a case that
// assigns.
func stoppableChan(n ast.Node, result bool, stack []ast.Node, off func(token.Pos) int, code func(ast.Node) string) []edit {
	if len(stack) < 2 {
		return nil
	}
	switch stack[len(stack)-2].(type) {
	case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause, *ast.LabeledStmt:
	default:
		return nil // an init or post statement, or a select's case
	}
	if cc, ok := stack[len(stack)-2].(*ast.CommClause); ok && cc.Comm == n {
		return nil
	}
	isRecv := func(e ast.Expr) bool {
		u, ok := ast.Unparen(e).(*ast.UnaryExpr)
		return ok && u.Op == token.ARROW
	}
	wrap := func() []edit {
		return around(off(n.Pos()), off(n.End()), "select { case ", ": "+stopCase+" }")
	}
	switch n := n.(type) {
	case *ast.ExprStmt:
		switch u, _ := ast.Unparen(n.X).(*ast.UnaryExpr); {
		case !isRecv(n.X):
		case result:
			// The cell's value: received by compiled code, which the
			// interrupt wakes too.
			return []edit{{from: off(u.Pos()), to: off(u.X.Pos()), text: "gp_.Recv("}, {from: off(u.End()), to: off(u.End()), text: ")"}}
		default:
			return wrap()
		}
	case *ast.SendStmt:
		if !needsHoist(n.Value) {
			return wrap()
		}
		// The channel and the value are taken first (see hoistSends), in
		// two statements: yaegi's "c, v := ch, T{...}" gives c a nil
		// channel.
		at := off(n.Pos())
		return []edit{
			{from: at, to: at, text: fmt.Sprintf("{ gopadC%d := ", at), order: 1},
			{from: off(n.Chan.End()), to: off(n.Value.Pos()), text: fmt.Sprintf("; gopadV%d := ", at)},
			{from: off(n.End()), to: off(n.End()), text: fmt.Sprintf("; select { case gopadC%d <- gopadV%d: %s } }", at, at, stopCase), order: -1},
		}
	case *ast.SelectStmt:
		_, labeled := stack[len(stack)-2].(*ast.LabeledStmt)
		var edits []edit
		if !labeled {
			edits = hoistSends(n, off, code)
		}
		for _, c := range n.Body.List {
			if c.(*ast.CommClause).Comm == nil {
				return edits // a default: the select does not wait
			}
		}
		text := "; " + stopCase + " "
		if len(n.Body.List) == 0 {
			text = stopCase
		}
		return append(edits, edit{from: off(n.Body.Rbrace), to: off(n.Body.Rbrace), text: text})
	}
	return nil
}

// hoistSends takes the values that a select's cases send before the
// select, in order, as Go evaluates them on entering it: yaegi evaluates a
// send case's value wrongly when it has parts of its own to compute (a
// composite literal's computed fields, a call or an index inside an
// operation), and sends zero values in their place.
func hoistSends(sel *ast.SelectStmt, off func(token.Pos) int, code func(ast.Node) string) []edit {
	var edits []edit
	var pre strings.Builder
	for _, c := range sel.Body.List {
		send, ok := c.(*ast.CommClause).Comm.(*ast.SendStmt)
		if !ok || !needsHoist(send.Value) {
			continue
		}
		name := fmt.Sprintf("gopadS%d", off(send.Value.Pos()))
		fmt.Fprintf(&pre, "%s := %s; ", name, code(send.Value))
		edits = append(edits, edit{from: off(send.Value.Pos()), to: off(send.Value.End()), text: name})
	}
	if len(edits) == 0 {
		return nil
	}
	return append(edits, around(off(sel.Pos()), off(sel.End()), "{ "+pre.String(), " }")...)
}

// needsHoist reports whether a sent value has parts that yaegi computes
// wrongly in a select's send case. Such values are typed (a literal of a
// type, a call's result, an element), so a variable holds them as the
// channel takes them; plain operands and operations on them, which may be
// untyped constants, stay in place (yaegi computes them right).
func needsHoist(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CompositeLit, *ast.CallExpr, *ast.IndexExpr, *ast.IndexListExpr, *ast.SliceExpr,
			*ast.TypeAssertExpr, *ast.FuncLit:
			found = true
		case *ast.UnaryExpr:
			found = n.Op == token.ARROW // a receive in a send case never ends
		}
		return !found
	})
	return found
}

// hasBlank reports whether one of lhs is the blank identifier.
func hasBlank(lhs []ast.Expr) bool {
	for _, l := range lhs {
		if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
			return true
		}
	}
	return false
}

// hasCall reports whether one of es contains a call (or a conversion).
func hasCall(es []ast.Expr) bool {
	found := false
	for _, e := range es {
		ast.Inspect(e, func(n ast.Node) bool {
			if _, ok := n.(*ast.CallExpr); ok {
				found = true
			}
			return !found
		})
	}
	return found
}

func isIntTypeName(n string) bool {
	switch n {
	case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "byte", "rune":
		return true
	}
	return false
}

// isInt reports whether e is known to be an integer: a literal, len or cap,
// a conversion to an integer type, arithmetic of those, or a name declared
// as an integer by the enclosing functions, the chunk or the session.
func (s *Session) isInt(e ast.Expr, funcs []*ast.FuncType, local map[string]bool) bool {
	switch e := e.(type) {
	case *ast.BasicLit:
		return e.Kind == token.INT
	case *ast.ParenExpr:
		return s.isInt(e.X, funcs, local)
	case *ast.UnaryExpr:
		return s.isInt(e.X, funcs, local)
	case *ast.BinaryExpr:
		switch e.Op {
		case token.ADD, token.SUB, token.MUL, token.QUO, token.REM, token.SHL, token.SHR, token.AND, token.OR, token.XOR:
			return s.isInt(e.X, funcs, local) && s.isInt(e.Y, funcs, local) ||
				(e.Op == token.SHL || e.Op == token.SHR) && s.isInt(e.X, funcs, local)
		}
	case *ast.CallExpr:
		if id, ok := e.Fun.(*ast.Ident); ok {
			return id.Name == "len" || id.Name == "cap" || isIntTypeName(id.Name)
		}
	case *ast.Ident:
		if local[e.Name] {
			return true
		}
		for i := len(funcs) - 1; i >= 0; i-- {
			for _, fl := range []*ast.FieldList{funcs[i].Params, funcs[i].Results} {
				if fl == nil {
					continue
				}
				for _, fld := range fl.List {
					for _, nm := range fld.Names {
						if nm.Name == e.Name {
							t, ok := fld.Type.(*ast.Ident)
							return ok && isIntTypeName(t.Name)
						}
					}
				}
			}
		}
		if v, ok := s.globals()[e.Name]; ok && v.IsValid() {
			switch v.Kind() {
			case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
				reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
				return true
			}
		}
	}
	return false
}

// displayPath is the import path of gopad's display package.
const displayPath = "github.com/gopad/gopad/interp/display"

// displayPrelude lets the session ask interpreted values for their
// display.Displayer form: yaegi converts a cell's type to the compiled
// interface only in interpreted code, and only from a variable.
const displayPrelude = `import gopadDisplay "` + displayPath + `"
func gopadDisplayOf(v any) *gopadDisplay.Data {
	if d, ok := v.(gopadDisplay.Displayer); ok {
		data := d.Display()
		return &data
	}
	return nil
}
`

// injectPrelude declares the helpers the rewrites call.
func (s *Session) injectPrelude() error {
	if _, err := s.in.EvalWithContext(context.Background(), prelude); err != nil {
		return err
	}
	if s.members(displayPath) != nil {
		if _, err := s.in.EvalWithContext(context.Background(), displayPrelude); err != nil {
			return err
		}
	}
	return nil
}

// interpretedDisplay returns the rich form of a cell's value v when v is of
// a type declared in a cell that implements display.Displayer. The trailing
// expression src ends with must be a variable or a composite literal (which
// is evaluated again into a variable).
func (s *Session) interpretedDisplay(ctx context.Context, src string, v reflect.Value) *display.Data {
	t := v.Type()
	if t.Kind() == reflect.Ptr {
		t = t.Elem()
	}
	if t.PkgPath() != "" || s.members(displayPath) == nil {
		return nil // a compiled type: display.Of sees its methods
	}
	full := stmtPrefix + src + stmtSuffix
	f, fset, err := parseStmtChunk(src)
	if err != nil {
		return nil
	}
	body := f.Decls[0].(*ast.FuncDecl).Body.List
	x := ast.Unparen(body[len(body)-1].(*ast.ExprStmt).X)
	name := ""
	switch e := x.(type) {
	case *ast.Ident:
		name = e.Name
	case *ast.CompositeLit, *ast.UnaryExpr:
		// Evaluated again below: only when that has no effects.
		effects := false
		ast.Inspect(e, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				effects = true
			case *ast.UnaryExpr:
				effects = effects || n.Op == token.ARROW // a receive
			}
			return true
		})
		if effects {
			return nil
		}
		text := full[fset.Position(e.Pos()).Offset:fset.Position(e.End()).Offset]
		if _, err := s.eval(ctx, "gopadLast := "+text); err != nil {
			return nil
		}
		name = "gopadLast"
	default:
		return nil
	}
	d, err := s.eval(ctx, "gopadDisplayOf("+name+")")
	if err != nil || !d.IsValid() || !d.CanInterface() {
		return nil
	}
	data, _ := d.Interface().(*display.Data)
	return data
}

// foldMinMax picks the least (or greatest) of constant arguments.
func foldMinMax(isMin bool, args []ast.Expr, code func(ast.Node) string) (string, bool) {
	var best constant.Value
	bestText := ""
	for _, a := range args {
		v, ok := constValue(a)
		if !ok {
			return "", false
		}
		if best == nil {
			best, bestText = v, code(a)
			continue
		}
		if v.Kind() == constant.String != (best.Kind() == constant.String) {
			return "", false
		}
		op := token.LSS
		if !isMin {
			op = token.GTR
		}
		if constant.Compare(v, op, best) {
			best, bestText = v, code(a)
		}
	}
	// Keep float-ness: min(1, 2.5) is the untyped float 1.
	if best.Kind() == constant.Int {
		for _, a := range args {
			if v, _ := constValue(a); v.Kind() == constant.Float {
				return "(" + bestText + ".0)", true
			}
		}
	}
	return "(" + bestText + ")", true
}

func constValue(e ast.Expr) (constant.Value, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		v := constant.MakeFromLiteral(e.Value, e.Kind, 0)
		return v, v.Kind() != constant.Unknown
	case *ast.UnaryExpr:
		if e.Op == token.SUB || e.Op == token.ADD {
			if v, ok := constValue(e.X); ok && v.Kind() != constant.String {
				return constant.UnaryOp(e.Op, v, 0), true
			}
		}
	case *ast.ParenExpr:
		return constValue(e.X)
	}
	return nil, false
}

// perIteration gives loop variables Go 1.22's per-iteration semantics where
// it matters: when the body captures them in a closure or a go or defer
// statement (yaegi shares one variable across iterations). The body gets a
// copy made at its top (gopadV_i := i), and its uses of the variable use the
// copy — unless the body assigns to the variable. (A copy with the same name,
// i := i, hangs yaegi.)
func perIteration(body *ast.BlockStmt, vars []ast.Expr, off func(token.Pos) int) ([]edit, bool) {
	names := map[string]string{}
	for _, v := range vars {
		if id, ok := v.(*ast.Ident); ok && id.Name != "_" {
			names[id.Name] = id.Name
		}
	}
	if len(names) == 0 {
		return nil, false
	}
	// Names are matched by spelling, so give up when the body declares the
	// same name again (a shadowing variable or parameter).
	shadowed := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok && names[id.Name] != "" {
						shadowed = true
					}
				}
			}
		case *ast.ValueSpec:
			for _, id := range n.Names {
				if names[id.Name] != "" {
					shadowed = true
				}
			}
		case *ast.Field:
			for _, id := range n.Names {
				if names[id.Name] != "" {
					shadowed = true
				}
			}
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if id, ok := e.(*ast.Ident); ok && n.Tok == token.DEFINE && names[id.Name] != "" {
					shadowed = true
				}
			}
		}
		return true
	})
	if shadowed {
		return nil, false
	}
	isVar := func(e ast.Expr) bool {
		id, ok := e.(*ast.Ident)
		return ok && names[id.Name] != ""
	}
	captured, assigned := false, false
	var uses []*ast.Ident
	notUses := map[*ast.Ident]bool{} // field names: x.i, T{i: 1}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			notUses[n.Sel] = true
		case *ast.KeyValueExpr:
			if id, ok := n.Key.(*ast.Ident); ok {
				notUses[id] = true
			}
		case *ast.Ident:
			if isVar(n) && !notUses[n] {
				uses = append(uses, n)
			}
		case *ast.FuncLit, *ast.GoStmt, *ast.DeferStmt:
			ast.Inspect(n, func(m ast.Node) bool {
				if id, ok := m.(ast.Expr); ok && isVar(id) {
					captured = true
				}
				return true
			})
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if isVar(l) && n.Tok != token.DEFINE {
					assigned = true
				}
			}
		case *ast.IncDecStmt:
			if isVar(n.X) {
				assigned = true
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && isVar(n.X) {
				captured = true
			}
		}
		return true
	})
	if !captured || assigned {
		return nil, false
	}
	list := make([]string, 0, len(names))
	for n := range names {
		list = append(list, n)
	}
	sort.Strings(list)
	var copies, sources []string
	for _, n := range list {
		copies = append(copies, "gopadV_"+n)
		sources = append(sources, n)
	}
	at := off(body.Lbrace) + 1
	edits := []edit{{at, at, " " + strings.Join(copies, ", ") + " := " + strings.Join(sources, ", ") + ";", 0}}
	for _, u := range uses {
		edits = append(edits, edit{off(u.Pos()), off(u.End()), "gopadV_" + u.Name, 0})
	}
	return edits, true
}

// commaOk returns the type assertion of a "v, ok := x.(T)" statement.
func commaOk(n *ast.AssignStmt) (*ast.TypeAssertExpr, bool) {
	if len(n.Lhs) != 2 || len(n.Rhs) != 1 {
		return nil, false
	}
	ta, ok := ast.Unparen(n.Rhs[0]).(*ast.TypeAssertExpr)
	return ta, ok && ta.Type != nil
}

func isFunc(n ast.Node) bool {
	switch n.(type) {
	case *ast.FuncDecl, *ast.FuncLit:
		return true
	}
	return false
}

// namedType is a type named in a cell, possibly behind a pointer.
type namedType struct {
	name string
	ptr  bool
}

// typeExpr reads T or *T.
func typeExpr(e ast.Expr) (namedType, bool) {
	switch e := e.(type) {
	case *ast.Ident:
		return namedType{name: e.Name}, true
	case *ast.StarExpr:
		if id, ok := e.X.(*ast.Ident); ok {
			return namedType{name: id.Name, ptr: true}, true
		}
	}
	return namedType{}, false
}

// exprType tells the type of T{...}, &T{...} and T(x), the expressions whose
// type is visible in the syntax.
func exprType(e ast.Expr) (namedType, bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return typeExpr(e.Type)
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			if t, ok := exprType(e.X); ok && !t.ptr {
				t.ptr = true
				return t, true
			}
		}
	case *ast.CallExpr:
		if len(e.Args) == 1 {
			if id, ok := e.Fun.(*ast.Ident); ok && builtins[id.Name] == "" {
				return namedType{name: id.Name}, true
			}
		}
	}
	return namedType{}, false
}

// specTypes returns the named types of the variables and constants of a
// declaration, with the implicit repetition of constant specs (iota).
func specTypes(gd *ast.GenDecl) map[string]namedType {
	out := map[string]namedType{}
	var last *namedType
	for _, sp := range gd.Specs {
		vs, ok := sp.(*ast.ValueSpec)
		if !ok {
			continue
		}
		t, ok := typeExpr(vs.Type)
		switch {
		case ok:
			last = &t
		case vs.Type == nil && len(vs.Values) == 0 && gd.Tok == token.CONST && last != nil:
			t, ok = *last, true
		case vs.Type == nil && len(vs.Values) == len(vs.Names):
			last = nil
			for i, n := range vs.Names {
				if et, ok := exprType(vs.Values[i]); ok {
					out[n.Name] = et
				}
			}
			continue
		default:
			last = nil
		}
		if ok {
			for _, n := range vs.Names {
				out[n.Name] = t
			}
		}
	}
	return out
}

// multiResult rewrites a cell whose last statement calls a function with
// several results, f(x), into gopadAll(f(x)), so that all the results are
// shown (yaegi's Eval keeps only the first). It returns src unchanged when
// the result count is not known to be above one.
func (s *Session) multiResult(src string) string {
	f, fset, err := parseStmtChunk(src)
	if err != nil {
		return src
	}
	body := f.Decls[0].(*ast.FuncDecl).Body.List
	if len(body) == 0 {
		return src
	}
	es, ok := body[len(body)-1].(*ast.ExprStmt)
	if !ok {
		return src
	}
	call, ok := ast.Unparen(es.X).(*ast.CallExpr)
	if !ok || s.resultCount(call.Fun) < 2 {
		return src
	}
	prefix := len(stmtPrefix)
	from, to := fset.Position(call.Pos()).Offset-prefix, fset.Position(call.End()).Offset-prefix
	return src[:from] + "gopadAll(" + src[from:to] + ")" + src[to:]
}

// resultCount returns how many results the called function has: for a
// function declared in a cell or a package function; 0 when unknown.
func (s *Session) resultCount(fun ast.Expr) int {
	switch fn := fun.(type) {
	case *ast.Ident:
		d, ok := s.findDecl("func:" + fn.Name)
		if !ok {
			return 0
		}
		df, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+d.src, parser.SkipObjectResolution)
		if err != nil || len(df.Decls) == 0 {
			return 0
		}
		if fd, ok := df.Decls[0].(*ast.FuncDecl); ok {
			return fd.Type.Results.NumFields()
		}
	case *ast.SelectorExpr:
		pkg, ok := fn.X.(*ast.Ident)
		if !ok || !s.isImported(pkg.Name) {
			return 0
		}
		if v, ok := s.members(s.importedPath(pkg.Name))[fn.Sel.Name]; ok && v.IsValid() && v.Kind() == reflect.Func {
			return v.Type().NumOut()
		}
	}
	return 0
}
