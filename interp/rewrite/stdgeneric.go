package rewrite

import (
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"go/types"
	"strconv"
	"strings"
	"sync"

	"github.com/gopad/gopad/interp/source"
)

var stdGenericUsesPass = Pass{
	Name: "stdGenericUses",
	Wants: func(u *Unit) bool {
		impl := StdGenericDecls()
		return u.selects(func(s sel, path string) bool { _, ok := impl[path+"."+s.name]; return ok })
	},
	Run: func(u *Unit) []source.Edit { return u.Types.stdGenericUses() },
}

// The standard library's generic types and the generic functions that
// return them or closures over their type parameters cannot be called from
// a cell: yaegi's extract skips them, and a reflection-based stand-in
// cannot give a cell the type *T or Handle[T]. For those, the session
// declares interpreted generic equivalents (StdGenericSource, below) under
// the name stdGenericName(path, name), and a typed pass points the cell's
// selectors at them, writing out type arguments that yaegi cannot infer:
//
//	var p atomic.Pointer[Config]    → var p gopadStd_sync_atomic_Pointer[Config]
//	next, stop := iter.Pull(seq)    → next, stop := gopadStd_iter_Pull[int]{}.Call(seq)
//
// The set of implemented names is read from the source itself, so adding a
// declaration there is all it takes to provide one more.

// StdGenericSource implements generic declarations of the standard
// library for cells, with Go's documented behaviour. Type parameters are
// named gopad*: yaegi declares them in the session's scope, where they
// would shadow a cell's type T.
const StdGenericSource = `import (
	gopadStdSync "sync"
	gopadStdReflect "reflect"
	gopadStdRand "math/rand/v2"
	gopadStdRT "gopad/stdgeneric"
)

type gopadStd_sync_atomic_Pointer[gopadT any] struct {
	mu gopadStdSync.Mutex
	v  *gopadT
}

func (x *gopadStd_sync_atomic_Pointer[gopadT]) Load() *gopadT {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.v
}

func (x *gopadStd_sync_atomic_Pointer[gopadT]) Store(val *gopadT) {
	x.mu.Lock()
	x.v = val
	x.mu.Unlock()
}

func (x *gopadStd_sync_atomic_Pointer[gopadT]) Swap(new *gopadT) (old *gopadT) {
	x.mu.Lock()
	defer x.mu.Unlock()
	old, x.v = x.v, new
	return old
}

func (x *gopadStd_sync_atomic_Pointer[gopadT]) CompareAndSwap(old, new *gopadT) (swapped bool) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.v != old {
		return false
	}
	x.v = new
	return true
}

type gopadStd_unique_Handle[gopadT comparable] struct {
	value gopadT
}

func (h gopadStd_unique_Handle[gopadT]) Value() gopadT { return h.value }

func gopadStd_unique_Make[gopadT comparable](gopadValue gopadT) gopadStd_unique_Handle[gopadT] {
	return gopadStd_unique_Handle[gopadT]{gopadValue}
}

func gopadStd_errors_AsType[gopadE error](gopadErr error) (gopadE, bool) {
	var gopadTarget gopadE
	gopadOK := gopadStdRT.ErrorsAs(gopadErr, &gopadTarget)
	return gopadTarget, gopadOK
}

func gopadStd_math_rand_v2_N[gopadInt interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}](gopadN gopadInt) gopadInt {
	if gopadN <= 0 {
		panic("invalid argument to N")
	}
	return gopadInt(gopadStdRand.Uint64N(uint64(gopadN)))
}

func gopadStd_reflect_TypeFor[gopadT any]() gopadStdReflect.Type {
	var gopadP *gopadT
	return gopadStdReflect.TypeOf(gopadP).Elem()
}

func gopadStd_iter_Pull[gopadV any](gopadSeq func(yield func(gopadV) bool)) (func() (gopadV, bool), func()) {
	gopadP := gopadStdRT.NewPull()
	var gopadZero gopadV
	go gopadP.Run(func() { gopadSeq(func(gopadX gopadV) bool { return gopadP.Yield(gopadX) }) })
	gopadNext := func() (gopadV, bool) {
		gopadX, gopadOK := gopadP.Next()
		if !gopadOK {
			return gopadZero, false
		}
		return gopadX.(gopadV), true
	}
	return gopadNext, gopadP.Stop
}

func gopadStd_iter_Pull2[gopadK, gopadV any](gopadSeq func(yield func(gopadK, gopadV) bool)) (func() (gopadK, gopadV, bool), func()) {
	gopadP := gopadStdRT.NewPull()
	var gopadZK gopadK
	var gopadZV gopadV
	go gopadP.Run(func() { gopadSeq(func(gopadY gopadK, gopadX gopadV) bool { return gopadP.Yield([2]any{gopadY, gopadX}) }) })
	gopadNext := func() (gopadK, gopadV, bool) {
		gopadKV, gopadOK := gopadP.Next()
		if !gopadOK {
			return gopadZK, gopadZV, false
		}
		gopadPair := gopadKV.([2]any)
		return gopadPair[0].(gopadK), gopadPair[1].(gopadV), true
	}
	return gopadNext, gopadP.Stop
}
`

// stdGenericName is the session's name for the standard library's generic
// declaration path.name.
func stdGenericName(path, name string) string {
	return "gopadStd_" + strings.ReplaceAll(path, "/", "_") + "_" + name
}

// StdGenericDecls maps "path.name" to the declaration of StdGenericSource
// that implements it: a *ast.TypeSpec or a *ast.FuncDecl.
var StdGenericDecls = sync.OnceValue(func() map[string]ast.Node {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package main\n"+StdGenericSource, 0)
	if err != nil {
		panic("StdGenericSource: " + err.Error())
	}
	out := map[string]ast.Node{}
	add := func(n string, node ast.Node) {
		if rest, ok := strings.CutPrefix(n, "gopadStd_"); ok {
			i := strings.LastIndex(rest, "_")
			out[strings.ReplaceAll(rest[:i], "_", "/")+"."+rest[i+1:]] = node
		}
	}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				add(d.Name.Name, d)
			}
		case *ast.GenDecl:
			for _, sp := range d.Specs {
				if ts, ok := sp.(*ast.TypeSpec); ok {
					add(ts.Name.Name, ts)
				}
			}
		}
	}
	return out
})

// stdGenericUses points the chunk's uses of implemented standard generic
// declarations at the session's equivalents. A generic type keeps its
// type arguments (atomic.Pointer[T] → gopadStd_sync_atomic_Pointer[T]); a
// generic function is written out as a function literal with the type
// arguments in place of its type parameters (yaegi's instantiation of
// generic functions fails in top-level statements and with several
// instances in one statement; concrete code it compiles well).
func (tc *Types) stdGenericUses() []source.Edit {
	impl := StdGenericDecls()
	var edits []source.Edit
	for id, obj := range tc.Info.Uses {
		if obj.Pkg() == nil || tc.Fset.File(id.Pos()) != tc.Fset.File(tc.File.Pos()) || tc.Off(id.Pos()) < 0 {
			continue
		}
		key := obj.Pkg().Path() + "." + obj.Name()
		node, ok := impl[key]
		if !ok {
			continue
		}
		sel, ok := tc.selectorOf(id)
		if !ok {
			continue
		}
		fd, isFunc := node.(*ast.FuncDecl)
		if !isFunc {
			edits = append(edits, source.Edit{From: tc.Off(sel.Pos()), To: tc.Off(sel.End()), Text: stdGenericName(obj.Pkg().Path(), obj.Name())})
			continue
		}
		targs := tc.Info.Instances[id].TypeArgs
		args, ok := tc.typeArgsWithParams(targs)
		if !ok {
			continue
		}
		if msg := tc.stdGenericLimit(key, targs, args); msg != "" {
			fd = refusing(fd, msg)
		}
		lit, ok := funcLiteral(fd, args)
		if !ok {
			continue
		}
		callee := tc.calleeOf(sel)
		edits = append(edits, source.Edit{From: tc.Off(callee.Pos()), To: tc.Off(callee.End()), Text: "(" + lit + ")"})
	}
	return edits
}

// stdGenericLimit returns the refusal for an instance that gopad's
// equivalent cannot make right, or "".
func (tc *Types) stdGenericLimit(key string, targs *types.TypeList, args []string) string {
	if key == "reflect.TypeFor" && tc.typeForLost(targs.At(0)) {
		return "gopad cannot run reflect.TypeFor[" + args[0] + "]: reflection does not see a type declared in a cell " +
			"as Go does (its name, methods and unexported fields are lost in the interpreter); " +
			"print the type with fmt's %T, or list its fields with fmt's %+v"
	}
	return ""
}

// typeForLost reports whether reflect.TypeFor[t] would lose what Go's
// reflect knows of t: a type that mentions the cells' types, except one of
// their struct types or a pointer to one, whose name, fields and methods
// reflect's answers get from the session (reflectNames).
func (tc *Types) typeForLost(t types.Type) bool {
	if !mentionsPackage(t, tc.Pkg) {
		return false
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() != tc.Pkg || n.TypeParams().Len() > 0 {
		return true
	}
	_, isStruct := n.Underlying().(*types.Struct)
	return !isStruct
}

// refusing returns fd with a body that refuses to run, with msg.
func refusing(fd *ast.FuncDecl, msg string) *ast.FuncDecl {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\nfunc _() { gopadBuiltin.Refuse("+strconv.Quote(msg)+", nil); panic(0) }", 0)
	if err != nil {
		panic(err)
	}
	out := *fd
	out.Body = f.Decls[0].(*ast.FuncDecl).Body
	return &out
}

// funcLiteral writes the generic function fd as a function literal on one
// line, with args in place of its type parameters.
func funcLiteral(fd *ast.FuncDecl, args []string) (string, bool) {
	subst := map[string]string{}
	i := 0
	for _, f := range fd.Type.TypeParams.List {
		for _, n := range f.Names {
			if i >= len(args) {
				return "", false
			}
			subst[n.Name] = args[i]
			i++
		}
	}
	if i != len(args) {
		return "", false
	}
	var b strings.Builder
	lit := &ast.FuncLit{Type: &ast.FuncType{Params: fd.Type.Params, Results: fd.Type.Results}, Body: fd.Body}
	if err := printer.Fprint(&b, token.NewFileSet(), lit); err != nil {
		return "", false
	}
	// Re-parse the printed literal to find the identifiers to replace by
	// offset (the declaration's own positions are of another file set).
	text := b.String()
	fset := token.NewFileSet()
	e, err := parser.ParseExprFrom(fset, "", text, 0)
	if err != nil {
		return "", false
	}
	var edits []source.Edit
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr: // Sel is a member's name, never a type parameter
			ast.Inspect(n.X, visit)
			return false
		case *ast.Ident:
			if t, ok := subst[n.Name]; ok {
				off := fset.Position(n.Pos()).Offset
				edits = append(edits, source.Edit{From: off, To: off + len(n.Name), Text: t})
			}
		}
		return true
	}
	ast.Inspect(e, visit)
	out, err := source.Apply(text, edits)
	if err != nil {
		return "", false
	}
	return joinLines(out), true
}

// joinLines joins the lines of gofmt-printed statements with semicolons, so
// that an edit does not move the lines after it.
func joinLines(s string) string {
	var b strings.Builder
	for i, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if i > 0 && line != "" {
			b.WriteString("; ")
		}
		b.WriteString(line)
	}
	return b.String()
}

// calleeOf returns the index expression around sel (an explicit
// instantiation), or sel.
func (tc *Types) calleeOf(sel *ast.SelectorExpr) ast.Expr {
	var out ast.Expr = sel
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IndexExpr:
			if n.X == sel {
				out = n
			}
		case *ast.IndexListExpr:
			if n.X == sel {
				out = n
			}
		}
		return out == sel
	})
	return out
}

// typeArgsWithParams spells type arguments, type parameters of the
// enclosing declaration included (they are in scope where the call is).
func (tc *Types) typeArgsWithParams(targs *types.TypeList) ([]string, bool) {
	if targs == nil {
		return nil, false
	}
	args := make([]string, targs.Len())
	for i := range args {
		a, ok := tc.TypeText(targs.At(i))
		if !ok {
			return nil, false
		}
		args[i] = a
	}
	return args, true
}
