package interp

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"path"
	"reflect"
	"slices"
	"sort"
	"strings"

	"github.com/gopad/gopad/interp/typeinfo"
)

// Some rewrites need the types of a chunk's expressions. The session runs
// go/types over its imports, its declarations, its top-level variables and
// the chunk (compiled packages are seen through their symbol tables and
// the generated generic declarations of interp/typeinfo), and rewrites:
//
//	Map(nums, strconv.Itoa)        → Map[int, string](nums, strconv.Itoa)
//	slices.Max(xs)                 → slices.Max(xs).(float64)
//	for k, v := range seq { ... }  → seq(func(k K, v V) bool { ...; return true })
//
// yaegi cannot infer type arguments through function-typed arguments,
// untyped constants or variadic parameters; the standard library's generic
// functions reach cells as reflection-based stand-ins returning any; and
// yaegi has no range over functions. A construct whose types cannot all be
// written in the cell is left alone. Edits stay on their line, so line
// numbers in messages are unchanged.

// typedChunk is a chunk checked by go/types in the session's context.
type typedChunk struct {
	fset   *token.FileSet
	file   *ast.File
	info   *types.Info
	pkg    *types.Package
	text   string            // the checked file
	prefix int               // bytes before the chunk in the checked file
	names  map[string]string // import path -> the name the cell uses
	// dynamicNames is set when the session or the chunk declares types,
	// whose names %T of an interface looks up at run time.
	dynamicNames bool
	// copies are the session's copies of generic types and functions
	// (mono.go), with those the chunk is about to declare.
	copies map[string]monoCopy
}

func (tc *typedChunk) off(p token.Pos) int { return tc.fset.Position(p).Offset - tc.prefix }

// typeText writes t as the chunk can name it.
func (tc *typedChunk) typeText(t types.Type) (string, bool) { return typeText(t, tc.pkg, tc.names) }

// typedRewrite applies the rewrites that need types to a chunk.
func (s *Session) typedRewrite(src string, stmt bool) string {
	generic := s.genericFuncs(src, stmt)
	cellTypes := s.hasCellTypes(src)
	// The type check costs milliseconds: only chunks that may need one of
	// the rewrites get it. (Each rewrite then finds its own cases.)
	if !mentionsCall(src, generic) && !strings.Contains(src, "range") && !(stmt && mayReceiveOK(src)) && !mentionsSend(src) && !(stmt && s.mayRedeclare(src)) &&
		!mentionsMethodValue(src, s.isImported) &&
		!strings.Contains(src, "slices.") && !strings.Contains(src, "maps.") && !strings.Contains(src, "sync.Once") && !mentionsStdStreams(src) &&
		!(cellTypes && stmt && trailingExpr(src, s.resultless)) &&
		!strings.Contains(src, "cmp.") && !strings.Contains(src, "errors.AsType") && !mentionsBuiltinPrint(src) &&
		!strings.Contains(src, ".(type)") && !strings.Contains(src, "new(") && !(cellTypes && (strings.Contains(src, ".(") || strings.Contains(src, "Value(") || strings.Contains(src, "==") || strings.Contains(src, "[") || strings.Contains(src, "delete("))) &&
		!(cellTypes && (strings.Contains(src, "fmt.") || strings.Contains(src, "log.") ||
			strings.Contains(src, "errors.") || strings.Contains(src, "io.Multi") || strings.Contains(src, "json") || strings.Contains(src, "xml") || strings.Contains(src, ".Execute") ||
			strings.Contains(src, ".(type)"))) {
		return src
	}
	tc := s.typeCheck(src, stmt)
	if tc == nil {
		return src
	}
	tc.dynamicNames = cellTypes
	tc.copies = s.mono.copies()
	var edits []edit
	edits = append(edits, tc.instantiate(generic)...)
	edits = append(edits, tc.stdGenerics()...)
	edits = append(edits, tc.rangeFuncs()...)
	edits = append(edits, tc.rangeStrings()...)
	edits = append(edits, tc.methodValues()...)
	edits = append(edits, tc.typeSwitches()...)
	edits = append(edits, tc.identityAsserts()...)
	edits = append(edits, tc.contextValueKeys()...)
	edits = append(edits, tc.eqGuards()...)
	edits = append(edits, tc.anyMapKeys()...)
	if stmt {
		edits = append(edits, tc.resultEdits()...)
	}
	edits = append(edits, tc.recvOKs(stmt)...)
	edits = append(edits, tc.constSends()...)
	edits = append(edits, tc.stdStreams()...)
	edits = append(edits, tc.reusedDefines(stmt)...)
	edits = append(edits, tc.newExprs()...)
	edits = append(edits, tc.stringPrints(stmt)...)
	edits = append(edits, tc.builtinPrints()...)
	for _, c := range tc.compiledCalls() {
		edits = append(edits, s.anyResult(tc, c)...)
		edits = append(edits, tc.printEdits(c)...)
		edits = append(edits, tc.errorsAs(c)...)
		edits = append(edits, tc.variadicArgs(c)...)
		if e := tc.encodingCall(c); e != nil {
			edits = append(edits, e...)
		} else {
			edits = append(edits, tc.jsonValue(c)...)
		}
		edits = append(edits, tc.templateError(c)...)
		edits = append(edits, tc.contextKeys(c)...)
	}
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
	for _, e := range edits {
		if e.from < 0 || e.to > len(src) || e.from > e.to {
			return src
		}
		src = src[:e.from] + e.text + src[e.to:]
	}
	return src
}

// mentionsMethodValue reports whether src may hold a method value or
// expression: a selector x.M not followed by "(", where x is not the name
// of an imported package (time.Second).
func mentionsMethodValue(src string, isPkg func(string) bool) bool {
	for i := 1; i < len(src); i++ {
		if src[i] != '.' || !isIdentByte(src[i-1]) && src[i-1] != ')' {
			continue
		}
		if k := i; src[i-1] != ')' {
			for k > 0 && isIdentByte(src[k-1]) && src[k-1] != '.' {
				k--
			}
			if (k == 0 || src[k-1] != '.') && isPkg(src[k:i]) {
				continue
			}
		}
		j := i + 1
		for j < len(src) && isIdentByte(src[j]) && src[j] != '.' {
			j++
		}
		if j == i+1 {
			continue
		}
		rest := strings.TrimLeft(src[j:], " \t")
		if !strings.HasPrefix(rest, "(") {
			return true
		}
	}
	return false
}

// hasCellTypes reports whether the session or src declares types.
func (s *Session) hasCellTypes(src string) bool {
	if strings.Contains(src, "type ") {
		return true
	}
	for _, d := range s.decls {
		for _, k := range d.keys {
			if strings.HasPrefix(k, "type:") {
				return true
			}
		}
	}
	return false
}

// typesImporter gives go/types the packages cells can import.
func (s *Session) typesImporter() *typeinfo.Importer {
	if s.importer == nil {
		s.importer = typeinfo.NewImporter(s.lookupTable)
	}
	return s.importer
}

// typeCheck checks src in the session's context; nil if it does not parse.
func (s *Session) typeCheck(src string, stmt bool) *typedChunk {
	imports, names := s.importBlock()
	prefix := "package p\n" + imports
	text := prefix + src
	if stmt {
		prefix += "func _() {\n"
		text = prefix + src + "\n}"
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "chunk", text, parser.SkipObjectResolution)
	if err != nil {
		return nil
	}
	files := []*ast.File{f}
	if ctx := s.typeContext(src, stmt); ctx != "" {
		if cf, err := parser.ParseFile(fset, "session", "package p\n"+imports+ctx, parser.SkipObjectResolution); err == nil {
			files = append(files, cf)
		}
	}
	conf := types.Config{Importer: s.typesImporter(), Error: func(error) {}}
	info := &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Instances:  map[*ast.Ident]types.Instance{},
		Uses:       map[*ast.Ident]types.Object{},
		Defs:       map[*ast.Ident]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	pkg, _ := conf.Check("p", fset, files, info)
	if pkg == nil {
		return nil
	}
	return &typedChunk{fset: fset, file: f, info: info, pkg: pkg, text: text, prefix: len(prefix), names: names}
}

// instantiate writes out the type arguments of calls of the cells' generic
// functions.
func (tc *typedChunk) instantiate(generic map[string]bool) []edit {
	var edits []edit
	ast.Inspect(tc.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		id, ok := call.Fun.(*ast.Ident)
		if !ok || !generic[id.Name] {
			return true
		}
		fn, ok := tc.info.Uses[id].(*types.Func)
		if !ok || fn.Parent() != tc.pkg.Scope() {
			return true // shadowed by a local name
		}
		inst, ok := tc.info.Instances[id]
		if !ok || inst.TypeArgs == nil {
			return true
		}
		args := make([]string, inst.TypeArgs.Len())
		for i := range args {
			a, ok := tc.typeText(inst.TypeArgs.At(i))
			if !ok {
				return true
			}
			args[i] = a
		}
		at := tc.off(id.End())
		edits = append(edits, edit{at, at, "[" + strings.Join(args, ", ") + "]", 0})
		return true
	})
	return edits
}

// sourceGeneric lists the standard packages whose generic functions yaegi
// compiles from its embedded source (see stdlib.disableEmbeddedGenericSource)
// and cannot always infer type arguments for (cmp.Or's variadic T).
var sourceGeneric = map[string]bool{"cmp": true}

// stdGenerics makes calls of the standard library's generic functions
// that have no compiled stand-in work: it writes out the type arguments of
// cmp's functions (cmp.Or(0, 3) → cmp.Or[int](0, 3)), and points
// errors.AsType at the session's generic helper gopadAsType.
func (tc *typedChunk) stdGenerics() []edit {
	var edits []edit
	for id, inst := range tc.info.Instances {
		fn, ok := tc.info.Uses[id].(*types.Func)
		if !ok || fn.Pkg() == nil || tc.fset.File(id.Pos()) != tc.fset.File(tc.file.Pos()) || tc.off(id.Pos()) < 0 {
			continue
		}
		sel, ok := tc.selectorOf(id)
		if !ok {
			continue
		}
		args, ok := tc.typeArgTexts(inst.TypeArgs)
		if !ok {
			continue
		}
		switch {
		case fn.Pkg().Path() == "errors" && fn.Name() == "AsType":
			edits = append(edits, edit{tc.off(sel.Pos()), tc.off(sel.End()), "gopadAsType", 0})
		case sourceGeneric[fn.Pkg().Path()]:
			if tc.indexed(sel) {
				continue
			}
			at := tc.off(sel.End())
			edits = append(edits, edit{at, at, "[" + strings.Join(args, ", ") + "]", 0})
		}
	}
	return edits
}

// typeArgTexts spells type arguments as the chunk can; false when one
// cannot be written or involves a type parameter.
func (tc *typedChunk) typeArgTexts(targs *types.TypeList) ([]string, bool) {
	args := make([]string, targs.Len())
	for i := range args {
		a, ok := tc.typeText(targs.At(i))
		if !ok || mentionsTypeParam(targs.At(i)) {
			return nil, false
		}
		args[i] = a
	}
	return args, true
}

// selectorOf finds the selector expression pkg.Name whose Sel is id.
func (tc *typedChunk) selectorOf(id *ast.Ident) (*ast.SelectorExpr, bool) {
	var found *ast.SelectorExpr
	ast.Inspect(tc.file, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel == id {
			found = sel
		}
		return found == nil
	})
	return found, found != nil
}

// indexed reports whether e already has explicit type arguments.
func (tc *typedChunk) indexed(e ast.Expr) bool {
	found := false
	ast.Inspect(tc.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IndexExpr:
			found = found || n.X == e
		case *ast.IndexListExpr:
			found = found || n.X == e
		}
		return !found
	})
	return found
}

// mentionsTypeParam reports whether t involves a type parameter.
func mentionsTypeParam(t types.Type) bool {
	found := false
	var walk func(t types.Type, depth int)
	walk = func(t types.Type, depth int) {
		if found || depth > 20 {
			return
		}
		switch t := t.(type) {
		case *types.TypeParam:
			found = true
		case *types.Named:
			for i := 0; i < t.TypeArgs().Len(); i++ {
				walk(t.TypeArgs().At(i), depth+1)
			}
		case interface{ Elem() types.Type }:
			walk(t.Elem(), depth+1)
		case *types.Signature:
			for _, tu := range []*types.Tuple{t.Params(), t.Results()} {
				for i := 0; i < tu.Len(); i++ {
					walk(tu.At(i).Type(), depth+1)
				}
			}
		}
		if m, ok := t.(*types.Map); ok {
			walk(m.Key(), depth+1)
		}
	}
	walk(t, 0)
	return found
}

// anyResult asserts the real type of calls of the standard library's
// generic functions, whose stand-ins return any: slices.Max(xs).(int).
// Types that involve the cells' own types are left as any (yaegi gives
// such values to compiled code under other types).
func (s *Session) anyResult(tc *typedChunk, c compiledCall) []edit {
	if c.method() {
		return nil
	}
	_, syms, ok := s.lookupTable(c.fn.Pkg().Path())
	if !ok {
		return nil
	}
	v, ok := syms[c.fn.Name()]
	if !ok || v.Kind() != reflect.Func || v.Type().NumOut() != 1 {
		return nil
	}
	tv, ok := tc.info.Types[c.call]
	if !ok || tv.Type == nil || types.IsInterface(tv.Type) || mentionsPackage(tv.Type, tc.pkg) {
		return nil
	}
	if v.Type().Out(0) != anyType {
		return tc.anyFuncResult(c, v.Type().Out(0), tv.Type)
	}
	t := tv.Type
	if n, ok := t.(*types.Named); ok && n.TypeArgs().Len() > 0 {
		t = n.Underlying() // iter.Seq[int]: the stand-in returns a plain func
	}
	text, ok := tc.typeText(t)
	if !ok {
		return nil
	}
	at := tc.off(c.call.End())
	return []edit{{at, at, ".(" + text + ")", 0}}
}

var anyType = reflect.TypeFor[any]()

// anyFuncResult gives the func a stand-in returns (sync.OnceValue's
// func() any, OnceValues' func() (any, error)) the type Go gives it,
// func() T: a wrapper asserts each call's result, so that config()["port"]
// indexes a map, not an interface.
func (tc *typedChunk) anyFuncResult(c compiledCall, got reflect.Type, want types.Type) []edit {
	sig, ok := want.Underlying().(*types.Signature)
	if !ok || got.Kind() != reflect.Func || got.NumIn() != 0 || sig.Params().Len() != 0 ||
		got.NumOut() != sig.Results().Len() || got.NumOut() == 0 || got.NumOut() > 2 || got.Out(0) != anyType {
		return nil
	}
	rt, ok := tc.typeText(sig.Results().At(0).Type())
	if !ok {
		return nil
	}
	ft, ok := tc.typeText(sig)
	if !ok {
		return nil
	}
	var open string
	if got.NumOut() == 1 {
		open = fmt.Sprintf("func(f func() any) %s { return func() %s { v, _ := f().(%s); return v } }(", ft, rt, rt)
	} else {
		et, ok := tc.typeText(sig.Results().At(1).Type())
		if !ok || got.Out(1) != reflect.TypeFor[error]() || et != "error" {
			return nil
		}
		open = fmt.Sprintf("func(f func() (any, error)) %s { return func() (%s, error) { a, err := f(); v, _ := a.(%s); return v, err } }(", ft, rt, rt)
	}
	return around(tc.off(c.call.Pos()), tc.off(c.call.End()), open, ")")
}

// compiledCall is a call of a function or method of a compiled package
// (any other than the cells'): pkg.F(...) or v.M(...).
type compiledCall struct {
	call *ast.CallExpr
	sel  *ast.SelectorExpr
	fn   *types.Func
}

func (c compiledCall) method() bool { return c.fn.Type().(*types.Signature).Recv() != nil }

// in reports whether c calls function (not method) name of package path.
func (c compiledCall) in(path string, names ...string) bool {
	return !c.method() && c.fn.Pkg().Path() == path && slices.Contains(names, c.fn.Name())
}

// compiledCalls lists the chunk's calls of compiled functions and methods.
func (tc *typedChunk) compiledCalls() []compiledCall {
	var out []compiledCall
	ast.Inspect(tc.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if fn, ok := tc.info.Uses[sel.Sel].(*types.Func); ok && fn.Pkg() != nil && fn.Pkg() != tc.pkg {
			out = append(out, compiledCall{call, sel, fn})
		}
		return true
	})
	return out
}

// mentionsPackage reports whether t refers to a named type of pkg.
func mentionsPackage(t types.Type, pkg *types.Package) bool {
	found := false
	var walk func(t types.Type, depth int)
	walk = func(t types.Type, depth int) {
		if found || depth > 20 {
			return
		}
		switch t := t.(type) {
		case *types.Named:
			if t.Obj().Pkg() == pkg {
				found = true
				return
			}
			for i := 0; i < t.TypeArgs().Len(); i++ {
				walk(t.TypeArgs().At(i), depth+1)
			}
			if t.TypeArgs().Len() > 0 {
				walk(t.Underlying(), depth+1)
			}
		case *types.TypeParam:
			found = true
		case *types.Pointer:
			walk(t.Elem(), depth+1)
		case *types.Slice:
			walk(t.Elem(), depth+1)
		case *types.Array:
			walk(t.Elem(), depth+1)
		case *types.Map:
			walk(t.Key(), depth+1)
			walk(t.Elem(), depth+1)
		case *types.Chan:
			walk(t.Elem(), depth+1)
		case *types.Signature:
			for i := 0; i < t.Params().Len(); i++ {
				walk(t.Params().At(i).Type(), depth+1)
			}
			for i := 0; i < t.Results().Len(); i++ {
				walk(t.Results().At(i).Type(), depth+1)
			}
		case *types.Struct:
			for i := 0; i < t.NumFields(); i++ {
				walk(t.Field(i).Type(), depth+1)
			}
		}
	}
	walk(t, 0)
	return found
}

// typeText writes t as a cell would: the cell's own types unqualified,
// other packages under the names the cell imported them as. It fails for
// types a cell cannot name.
func typeText(t types.Type, self *types.Package, names map[string]string) (string, bool) {
	ok := true
	s := types.TypeString(t, func(p *types.Package) string {
		if p == self {
			return ""
		}
		n, found := names[p.Path()]
		if !found {
			ok = false
		}
		return n
	})
	if strings.Contains(s, "invalid type") || strings.Contains(s, "untyped ") {
		return "", false
	}
	return s, ok
}

// mentionsCall reports whether src calls one of the named functions.
func mentionsCall(src string, names map[string]bool) bool {
	if len(names) == 0 {
		return false
	}
	for n := range names {
		for i := strings.Index(src, n); i >= 0; {
			rest := strings.TrimLeft(src[i+len(n):], " \t")
			if strings.HasPrefix(rest, "(") && (i == 0 || !isIdentByte(src[i-1])) {
				return true
			}
			j := strings.Index(src[i+1:], n)
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return false
}

func isIdentByte(b byte) bool {
	return b == '_' || b == '.' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b >= 0x80
}

// genericFuncs lists the generic functions the session declared, and those
// src declares when it is a declaration chunk. (Methods cannot have type
// parameters.)
func (s *Session) genericFuncs(src string, stmt bool) map[string]bool {
	out := map[string]bool{}
	ds := s.decls
	if !stmt {
		if more, err := parseDecls(src); err == nil {
			ds = append(append([]decl(nil), ds...), more...)
		}
	}
	for _, d := range ds {
		if d.generic != "" {
			out[d.generic] = true
		}
	}
	return out
}

// importBlock returns the session's imports as an import declaration, and
// the name each imported path goes by.
func (s *Session) importBlock() (string, map[string]string) {
	names := map[string]string{}
	var specs []string
	for spec := range s.imported {
		alias, p, explicit := importSpec(spec)
		if !explicit {
			alias = path.Base(p)
			if name, _, ok := s.lookupTable(p); ok {
				alias = name
			}
		}
		if alias != "_" && alias != "." {
			names[p] = alias
		}
		specs = append(specs, spec)
	}
	if len(specs) == 0 {
		return "", names
	}
	sort.Strings(specs)
	return "import (\n" + strings.Join(specs, "\n") + "\n)\n", names
}

// lookupTable finds the compiled symbol table of an import path, and the
// package's name.
func (s *Session) lookupTable(p string) (string, map[string]reflect.Value, bool) {
	s.tableOnce.Do(func() {
		s.tableIndex = map[string]compiledTable{}
		for _, tables := range s.tables() {
			for key, syms := range tables {
				dir := path.Dir(key)
				if _, seen := s.tableIndex[dir]; !seen {
					s.tableIndex[dir] = compiledTable{path.Base(key), syms}
				}
			}
		}
	})
	t, ok := s.tableIndex[p]
	return t.name, t.syms, ok
}

type compiledTable struct {
	name string
	syms map[string]reflect.Value
}

// typeContext returns what earlier chunks declared, as Go declarations:
// the latest top-level declarations (less those src declares again) and
// the top-level variables of statement chunks.
func (s *Session) typeContext(src string, stmt bool) string {
	return s.typeContextOf(src, stmt, func(d decl) string { return d.src })
}

// typeContextOf is typeContext with each earlier declaration's source
// given by text.
func (s *Session) typeContextOf(src string, stmt bool, text func(decl) string) string {
	again := map[string]bool{}
	if !stmt {
		if ds, err := parseDecls(src); err == nil {
			for _, d := range ds {
				for _, k := range d.keys {
					again[k] = true
				}
			}
		}
	}
	var b strings.Builder
	seen := map[string]bool{}
	add := func(d decl) {
		for _, k := range d.keys {
			if again[k] || seen[k] {
				return
			}
		}
		for _, k := range d.keys {
			seen[k] = true
		}
		b.WriteString(text(d))
		b.WriteString("\n")
	}
	for _, d := range s.decls {
		add(d)
	}
	for _, d := range s.stmtVars {
		add(d)
	}
	return b.String()
}

// recordStmtVars keeps the top-level variables a statement chunk defined,
// as var declarations, for the type checker.
func (s *Session) recordStmtVars(st *ast.AssignStmt, text string, fset *token.FileSet) {
	code := func(n ast.Node) string { return nodeText(fset, text, n.Pos(), n.End()) }
	var names []string
	var keys []string
	for _, l := range st.Lhs {
		id, ok := l.(*ast.Ident)
		if !ok {
			return
		}
		names = append(names, id.Name)
		if id.Name != "_" {
			keys = append(keys, "var:"+id.Name)
		}
	}
	var rhs []string
	for _, r := range st.Rhs {
		rhs = append(rhs, code(r))
	}
	d := decl{keys: keys, src: "var " + strings.Join(names, ", ") + " = " + strings.Join(rhs, ", ")}
	kept := s.stmtVars[:0]
	for _, old := range s.stmtVars {
		overlap := false
		for _, k := range keys {
			if hasKey(old, k) {
				overlap = true
			}
		}
		if !overlap {
			kept = append(kept, old)
		}
	}
	s.stmtVars = append(kept, d)
}

// methodValues rewrites method values and method expressions of the cells'
// own types, which yaegi calls with a wrong receiver, into function
// literals: g.Greet (not called) becomes a function that calls Greet on the
// receiver evaluated now, and Greeter.Greet one that takes the receiver as
// its first argument.
func (tc *typedChunk) methodValues() []edit {
	called := map[*ast.SelectorExpr]bool{}
	ast.Inspect(tc.file, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				called[sel] = true
			}
		}
		return true
	})
	var edits []edit
	ast.Inspect(tc.file, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || called[sel] {
			return true
		}
		selection, ok := tc.info.Selections[sel]
		if !ok || (selection.Kind() != types.MethodVal && selection.Kind() != types.MethodExpr) {
			return true
		}
		fn, ok := selection.Obj().(*types.Func)
		if !ok {
			return true
		}
		sig := fn.Type().(*types.Signature)
		params, args, ok := tc.paramList(sig)
		if !ok {
			return true
		}
		results, ok := tc.resultList(sig)
		if !ok {
			return true
		}
		call := "r." + sel.Sel.Name + "(" + args + ")"
		ret := "return "
		if sig.Results().Len() == 0 {
			ret = ""
		}
		recvT := selection.Recv()
		if selection.Kind() == types.MethodExpr {
			rt, ok := tc.typeText(recvT)
			if !ok {
				return true
			}
			if params != "" {
				params = ", " + params
			}
			edits = append(edits, edit{tc.off(sel.Pos()), tc.off(sel.End()),
				fmt.Sprintf("func(r %s%s) %s { %s%s }", rt, params, results, ret, call), 0})
			return false
		}
		// A method value: the receiver as Go evaluates it, now.
		x := tc.code(sel.X)
		_, xPtr := recvT.Underlying().(*types.Pointer)
		_, mPtr := sig.Recv().Type().(*types.Pointer)
		switch {
		case types.IsInterface(recvT):
		case mPtr && !xPtr:
			recvT, x = types.NewPointer(recvT), "&("+x+")"
		case !mPtr && xPtr:
			recvT, x = recvT.Underlying().(*types.Pointer).Elem(), "*("+x+")"
		}
		rt, ok := tc.typeText(recvT)
		if !ok {
			return true
		}
		ft := "func(" + params + ") " + results
		edits = append(edits, edit{tc.off(sel.Pos()), tc.off(sel.End()),
			fmt.Sprintf("func(r %s) %s { return %s { %s%s } }(%s)", rt, ft, ft, ret, call, x), 0})
		return false
	})
	return edits
}

// paramList writes a signature's parameters as a0 T0, a1 T1 and the
// arguments that pass them on.
func (tc *typedChunk) paramList(sig *types.Signature) (params, args string, ok bool) {
	var ps, as []string
	for i := 0; i < sig.Params().Len(); i++ {
		t := sig.Params().At(i).Type()
		name := fmt.Sprintf("a%d", i)
		if sig.Variadic() && i == sig.Params().Len()-1 {
			text, ok := tc.typeText(t.(*types.Slice).Elem())
			if !ok {
				return "", "", false
			}
			ps = append(ps, name+" ..."+text)
			as = append(as, name+"...")
			continue
		}
		text, ok := tc.typeText(t)
		if !ok {
			return "", "", false
		}
		ps = append(ps, name+" "+text)
		as = append(as, name)
	}
	return strings.Join(ps, ", "), strings.Join(as, ", "), true
}

// resultList writes a signature's results as a function type shows them.
func (tc *typedChunk) resultList(sig *types.Signature) (string, bool) {
	var rs []string
	for i := 0; i < sig.Results().Len(); i++ {
		text, ok := tc.typeText(sig.Results().At(i).Type())
		if !ok {
			return "", false
		}
		rs = append(rs, text)
	}
	switch len(rs) {
	case 0:
		return "", true
	case 1:
		return rs[0], true
	}
	return "(" + strings.Join(rs, ", ") + ")", true
}

// errorsAs points errors.As with a target of a cell's type (a *MyErr
// variable) at a walk that accepts it (stdlib.ErrorsAs): yaegi gives such a
// target a run-time type without methods, which errors.As rejects. The
// error wrappers of package stdlib do the rest (errors.Is, Unwrap and the
// other targets need no rewrite).
func (tc *typedChunk) errorsAs(c compiledCall) []edit {
	if !c.in("errors", "As") || len(c.call.Args) != 2 {
		return nil
	}
	pt, ok := tc.info.Types[c.call.Args[1]].Type.(*types.Pointer)
	if !ok || types.IsInterface(pt.Elem()) || !mentionsPackage(pt.Elem(), tc.pkg) {
		return nil
	}
	return []edit{{tc.off(c.sel.Pos()), tc.off(c.sel.End()), "gopadBuiltin.ErrorsAs", 0}}
}

// variadicArgs converts the cells' values passed to a compiled function's
// variadic interface parameter (errors.Join(errs ...error),
// io.MultiWriter(ws ...io.Writer)) to the interface in interpreted code:
// yaegi passes them as their underlying values, which the call rejects.
func (tc *typedChunk) variadicArgs(c compiledCall) []edit {
	sig := c.fn.Type().(*types.Signature)
	if !sig.Variadic() || c.call.Ellipsis.IsValid() {
		return nil
	}
	last := sig.Params().Len() - 1
	elem := sig.Params().At(last).Type().(*types.Slice).Elem()
	iface, ok := elem.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return nil
	}
	it, ok := tc.typeText(elem)
	if !ok {
		return nil
	}
	var edits []edit
	for _, a := range c.call.Args[min(last, len(c.call.Args)):] {
		t := tc.info.Types[a].Type
		if t == nil || types.IsInterface(t) || !mentionsPackage(t, tc.pkg) {
			continue
		}
		edits = append(edits, around(tc.off(a.Pos()), tc.off(a.End()),
			"func() "+it+" { var gopadI "+it+" = ", "; return gopadI }()")...)
	}
	return edits
}

// jsonValue leaves the unexported fields of the cells' struct types out of
// what encoding/json encodes (json.Marshal, json.MarshalIndent,
// Encoder.Encode): yaegi exports them at run time, as X<name>.
func (tc *typedChunk) jsonValue(c compiledCall) []edit {
	if c.fn.Pkg().Path() != "encoding/json" || len(c.call.Args) == 0 || c.call.Ellipsis.IsValid() {
		return nil
	}
	switch c.fn.Name() {
	case "Marshal", "MarshalIndent", "Encode":
	default:
		return nil
	}
	a := c.call.Args[0]
	if t := tc.info.Types[a].Type; t == nil || !hasUnexportedFields(t, tc.pkg, 0) {
		return nil
	}
	return around(tc.off(a.Pos()), tc.off(a.End()), "gopadBuiltin.Exported(", ")")
}

// hasUnexportedFields reports whether a value of type t holds a struct of
// pkg with unexported fields.
func hasUnexportedFields(t types.Type, pkg *types.Package, depth int) bool {
	if depth > 10 {
		return false
	}
	switch u := t.(type) {
	case *types.Named:
		if u.Obj().Pkg() != pkg {
			return false
		}
		return hasUnexportedFields(u.Underlying(), pkg, depth+1)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if f := u.Field(i); !f.Exported() || hasUnexportedFields(f.Type(), pkg, depth+1) {
				return true
			}
		}
	case *types.Pointer:
		return hasUnexportedFields(u.Elem(), pkg, depth+1)
	case *types.Slice:
		return hasUnexportedFields(u.Elem(), pkg, depth+1)
	case *types.Array:
		return hasUnexportedFields(u.Elem(), pkg, depth+1)
	case *types.Map:
		return hasUnexportedFields(u.Elem(), pkg, depth+1)
	}
	return false
}
