package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"runtime"
	"slices"
	"sort"
	"strconv"

	"github.com/gopad/gopad/interp/source"
)

var stackAppendsPass = Pass{
	Name: "stackAppends",
	Wants: func(u *Unit) bool {
		s := u.sights()
		return s.calledIdents["append"] && s.calledIdents["cap"]
	},
	Run: func(u *Unit) []source.Edit { return u.Types.stackAppends() },
}

// stackBytes is the Go compiler's stack buffer for the backing array of a
// slice that does not escape (cmd/compile's VariableMakeThreshold).
const stackBytes = 32

// stackAppends gives a local slice that Go keeps on the stack the
// capacity Go gives it. Since Go 1.25 the compiler backs such a slice,
// at its first append from empty, with a 32-byte buffer of its function's
// frame: var s []int; s = append(s, 1) has cap 4 (32 bytes of ints), not
// 1, and the capacities a loop of appends prints go 4 4 4 4 8, not 1 2 4
// 4 8. yaegi's append is Go's growslice, as for a slice that escapes.
//
// The first append of a fixed number of values to the variable (s =
// append(s, a, b)) gets the compiler's test before it, with a flag that
// the function's first use of the buffer sets:
//
//	s = append(s, i)   →   if !gopadStack_s_12 && len(s) == 0 && cap(s) < 1 && 1 <= 4 { gopadStack_s_12 = true; s = make([]int, 0, 4) }; s = append(s, i)
//
// Only variables declared in the chunk, empty ([]T{}, make([]T, 0) or no
// value), whose capacity the chunk reads, and whose value goes nowhere Go's
// escape analysis could lose it: every use is len, cap, an element, a
// range, copy, a comparison with nil, s = s[i:j] or s = append(s, ...), in
// the function that declares it. Other slices keep yaegi's capacities,
// which are Go's for a slice that escapes.
func (tc *Types) stackAppends() []source.Edit {
	slices := tc.stackSlices()
	vars := make([]*types.Var, 0, len(slices))
	for v, s := range slices {
		if s.ok && s.capRead {
			vars = append(vars, v)
		}
	}
	sort.Slice(vars, func(i, j int) bool { return vars[i].Pos() < vars[j].Pos() })
	var edits []source.Edit
	for _, v := range vars {
		edits = append(edits, tc.stackEdits(v, slices[v])...)
	}
	return edits
}

// StackGlobals names the variables that the statements of tc, a
// statement chunk, declare at their top level and whose capacities
// stackAppends would make Go's. A cell's statements run as chunks of
// their own, where these are the session's variables: the session checks
// the cell's statements together first and passes the names on
// (CheckEnv.StackGlobals) to the chunks that declare and use them.
func (tc *Types) StackGlobals() map[string]bool {
	names := map[string]bool{}
	for v, s := range tc.stackSlices() {
		if s.ok && s.capRead && !s.reset && s.site != nil && tc.topLevel(s.body) && inStatementList(s.body, s.site) {
			names[v.Name()] = true
		}
	}
	return names
}

// stackSlice is what stackSlices learns of a candidate variable.
type stackSlice struct {
	body    *ast.BlockStmt  // the body of the function that declares it
	site    *ast.AssignStmt // its first s = append(s, values...)
	ok      bool            // no use lets the value escape
	capRead bool            // cap(s) is read
	reset   bool            // s = nil: a later chunk's append would take the buffer again
	top     bool            // one of StackGlobals, declared by this chunk
	global  bool            // one of StackGlobals, declared before
}

// stackSlices finds the candidates and judges each use of them.
func (tc *Types) stackSlices() map[*types.Var]*stackSlice {
	slices := map[*types.Var]*stackSlice{}
	inspectStack(tc.File, func(n ast.Node, stack []ast.Node) {
		id, ok := n.(*ast.Ident)
		if !ok {
			return
		}
		if v, ok := tc.Info.Defs[id].(*types.Var); ok && tc.emptySliceDecl(id, stack) {
			// The cell's statements decide for its top-level variables,
			// when the session says (StackGlobals).
			top := tc.topLevel(funcBody(stack)) && tc.stackGlobals != nil
			if !top || tc.stackGlobals[v.Name()] {
				slices[v] = &stackSlice{body: funcBody(stack), ok: true, top: top, capRead: top}
			}
			return
		}
		v, ok := tc.Info.Uses[id].(*types.Var)
		if ok && slices[v] == nil && tc.stackGlobals[v.Name()] && v.Parent() == tc.Pkg.Scope() {
			body := funcBody(stack[:min(2, len(stack))])
			slices[v] = &stackSlice{body: body, ok: tc.topLevel(body), capRead: true, global: true}
		}
		s := slices[v]
		if !ok || s == nil || !s.ok {
			return
		}
		s.ok = funcBody(stack) == s.body && tc.stackUse(id, v, stack, s)
	})
	return slices
}

// topLevel reports whether body is the statements of a statement chunk.
func (tc *Types) topLevel(body *ast.BlockStmt) bool {
	return body != nil && tc.Off(body.Lbrace) < 0
}

// emptySliceDecl reports whether id is declared by var id T, var id =
// []T{} or id := make(T, 0), of a slice type with elements of 1 to 32
// bytes, in a function.
func (tc *Types) emptySliceDecl(id *ast.Ident, stack []ast.Node) bool {
	if funcBody(stack) == nil || stackCap(tc.Info.Defs[id].Type()) == 0 {
		return false
	}
	var value ast.Expr
	switch p := stack[len(stack)-2].(type) {
	case *ast.ValueSpec:
		if len(p.Values) == 0 {
			return true
		}
		if len(p.Values) == len(p.Names) {
			value = p.Values[identIndex(p.Names, id)]
		}
	case *ast.AssignStmt:
		if p.Tok == token.DEFINE && len(p.Lhs) == 1 && len(p.Rhs) == 1 {
			value = p.Rhs[0]
		}
	}
	return tc.emptySlice(value)
}

// identIndex is the index of id in names.
func identIndex(names []*ast.Ident, id *ast.Ident) int {
	for i, n := range names {
		if n == id {
			return i
		}
	}
	return 0
}

// emptySlice reports whether e is []T{} or make(T, 0) (or make(T, 0, 0)).
func (tc *Types) emptySlice(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.CompositeLit:
		return len(e.Elts) == 0
	case *ast.CallExpr:
		if !tc.isBuiltin(e.Fun, "make") || len(e.Args) < 2 {
			return false
		}
		for _, a := range e.Args[1:] {
			if v := tc.Info.Types[a].Value; v == nil || v.String() != "0" {
				return false
			}
		}
		return true
	}
	return false
}

// stackCap is the capacity of the compiler's stack buffer for a slice of
// type t: 32 bytes of its elements; 0 when t is no slice, or its elements
// are empty or bigger.
func stackCap(t types.Type) int64 {
	sl, ok := t.Underlying().(*types.Slice)
	if !ok || mentionsTypeParam(sl.Elem()) {
		return 0 // a type parameter's size is not known
	}
	size := sizeof(sl.Elem())
	if size <= 0 || size > stackBytes {
		return 0
	}
	return stackBytes / size
}

// sizeof is t's size as gc lays it out, or -1 when go/types cannot say:
// its Sizes assert on the type parameters an instance's fields may hold.
func sizeof(t types.Type) (size int64) {
	defer func() {
		if recover() != nil {
			size = -1
		}
	}()
	return types.SizesFor("gc", runtime.GOARCH).Sizeof(t)
}

// stackUse reports whether the use id of v (stack: its ancestors, id
// last) keeps v's value where escape analysis sees it stay, and notes
// what it learns in s.
func (tc *Types) stackUse(id *ast.Ident, v *types.Var, stack []ast.Node, s *stackSlice) bool {
	switch p := stack[len(stack)-2].(type) {
	case *ast.CallExpr:
		switch {
		case tc.isBuiltin(p.Fun, "cap"):
			s.capRead = true
			return true
		case tc.isBuiltin(p.Fun, "len"), tc.isBuiltin(p.Fun, "copy"):
			return true
		case tc.Info.Types[p.Fun].IsType() && isString(tc.Info.Types[p.Fun].Type):
			return true // string(s) copies the bytes or runes
		case tc.isBuiltin(p.Fun, "append") && p.Args[0] == id:
			as, ok := stack[len(stack)-3].(*ast.AssignStmt)
			return ok && tc.selfAssign(as, v, p) && s.noteSite(as, p)
		}
	case *ast.IndexExpr:
		_, sel := stack[len(stack)-3].(*ast.SelectorExpr)
		addr, _ := stack[len(stack)-3].(*ast.UnaryExpr)
		return p.X == id && !sel && (addr == nil || addr.Op != token.AND)
	case *ast.RangeStmt:
		return p.X == id
	case *ast.BinaryExpr:
		other := p.X
		if other == id {
			other = p.Y
		}
		return (p.Op == token.EQL || p.Op == token.NEQ) && tc.Info.Types[other].IsNil()
	case *ast.SliceExpr:
		as, ok := stack[len(stack)-3].(*ast.AssignStmt)
		return p.X == id && ok && tc.selfAssign(as, v, p)
	case *ast.AssignStmt:
		// The destination of s = append(s, ...), s = s[i:j] or s = nil.
		if len(p.Lhs) != 1 || p.Lhs[0] != id || len(p.Rhs) != 1 {
			return false
		}
		if tc.Info.Types[p.Rhs[0]].IsNil() {
			s.reset = true
			return true
		}
		return tc.selfAssign(p, v, p.Rhs[0])
	}
	return false
}

// selfAssign reports whether as is v = rhs, and rhs is an append to v or
// a slice of v.
func (tc *Types) selfAssign(as *ast.AssignStmt, v *types.Var, rhs ast.Expr) bool {
	if as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 || as.Rhs[0] != rhs {
		return false
	}
	if id, ok := as.Lhs[0].(*ast.Ident); !ok || tc.Info.Uses[id] != v {
		return false
	}
	var x ast.Expr
	switch r := rhs.(type) {
	case *ast.CallExpr:
		if len(r.Args) == 0 {
			return false // bs = v.Bytes(): no append
		}
		x = r.Args[0]
	case *ast.SliceExpr:
		x = r.X
	}
	id, ok := x.(*ast.Ident)
	return ok && tc.Info.Uses[id] == v
}

// noteSite remembers as, an append of a fixed number of values, when it is
// the variable's first; it reports true (an append with ... is no site).
func (s *stackSlice) noteSite(as *ast.AssignStmt, call *ast.CallExpr) bool {
	if s.site == nil && call.Ellipsis == token.NoPos && len(call.Args) > 1 {
		s.site = as
	}
	return true
}

// isBuiltin reports whether fun names the builtin function name.
func (tc *Types) isBuiltin(fun ast.Expr, name string) bool {
	id, ok := ast.Unparen(fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := tc.Info.Uses[id].(*types.Builtin)
	return ok && b.Name() == name
}

// stackEdits declares v's flag at the start of its function (for the
// session's variables: of the chunk of the append) and puts the
// compiler's test before v's first append, when that append is a
// statement of a block.
func (tc *Types) stackEdits(v *types.Var, s *stackSlice) []source.Edit {
	flag := "gopadStack_" + v.Name()
	if !s.top && !s.global {
		flag += "_" + strconv.Itoa(tc.Off(v.Pos()))
	}
	if s.site == nil || !s.capRead || !inStatementList(s.body, s.site) {
		return nil
	}
	typ, ok := tc.TypeText(v.Type())
	if !ok {
		return nil
	}
	call := s.site.Rhs[0].(*ast.CallExpr)
	n := strconv.Itoa(len(call.Args) - 1)
	k := strconv.FormatInt(stackCap(v.Type()), 10)
	x := v.Name()
	test := "if !" + flag + " && len(" + x + ") == 0 && cap(" + x + ") < " + n + " && " + n + " <= " + k + " { " +
		flag + " = true; " + x + " = make(" + typ + ", 0, " + k + ") }; "
	decl := "var " + flag + " bool; "
	if tc.topLevel(s.body) {
		decl = flag + " := false; " // a chunk that starts with var is one of declarations
	}
	return []source.Edit{
		source.Insert(max(tc.Off(s.body.Lbrace)+1, 0), decl),
		source.Insert(tc.Off(s.site.Pos()), test),
	}
}

// inStatementList reports whether st is one of the statements of a block
// or a case inside body.
func inStatementList(body *ast.BlockStmt, st ast.Stmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		found = found || slices.Contains(stmtList(n), st)
		return !found
	})
	return found
}

// funcBody is the body of the innermost function in stack; nil outside
// functions.
func funcBody(stack []ast.Node) *ast.BlockStmt {
	for i := len(stack) - 1; i >= 0; i-- {
		switch f := stack[i].(type) {
		case *ast.FuncDecl:
			return f.Body
		case *ast.FuncLit:
			return f.Body
		}
	}
	return nil
}

// inspectStack calls visit for every node under root with its ancestors
// (the node last).
func inspectStack(root ast.Node, visit func(n ast.Node, stack []ast.Node)) {
	var stack []ast.Node
	ast.Inspect(root, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		visit(n, stack)
		return true
	})
}

// isString reports whether t is a string type.
func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}
