package interp

import (
	"context"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/gopad/gopad/kernel/engine"
)

// decl is one top-level declaration a cell made, kept so that the session
// can be rebuilt from its latest declarations when a type, a method or a
// function with callers is declared again (yaegi ignores a new type or
// method, and callers compiled earlier keep calling the old function).
type decl struct {
	keys []string // "type:T", "func:f", "method:T.m", "var:x", "const:c"
	src  string
	// pre is a function's or method's source as given to the rewrite
	// pipeline, to rewrite it again (staledecls.go); "" if unknown.
	pre string
	// typed is the declaration as the type checker sees it, where the
	// code handed to yaegi erased some of its types (rewrite.ErasedMark);
	// "" when it is src.
	typed string
	refs  map[string]bool // identifiers the declaration uses
	// generic is the name of a generic function declared.
	generic string
	// genericMethod: it declares a method of a generic type.
	genericMethod bool
	// alias: it declares a type alias; defined: a type defined by another
	// named type (type Color string), also one local to a function body.
	alias, defined bool
	// checkOnly: the type checker sees it, the interpreter does not (a
	// generic alias of an instance, which package rewrite writes out
	// where it is used: instanceAliasDecls).
	checkOnly bool
}

// parseDecls splits a declaration chunk into declarations.
func parseDecls(src string) ([]decl, error) {
	fset := token.NewFileSet()
	text := "package p\n" + src
	f, err := parser.ParseFile(fset, "", text, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	var out []decl
	for _, d := range f.Decls {
		var keys []string
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv != nil && len(d.Recv.List) > 0 {
				keys = append(keys, "method:"+recvName(d.Recv.List[0].Type)+"."+d.Name.Name)
			} else {
				keys = append(keys, "func:"+d.Name.Name)
			}
		case *ast.GenDecl:
			for _, sp := range d.Specs {
				switch sp := sp.(type) {
				case *ast.TypeSpec:
					keys = append(keys, "type:"+sp.Name.Name)
				case *ast.ValueSpec:
					for _, n := range sp.Names {
						if n.Name == "_" {
							// Declares nothing: a later const (_ = iota ...)
							// replaces no earlier block with a _.
							continue
						}
						keys = append(keys, strings.ToLower(d.Tok.String())+":"+n.Name)
					}
				}
			}
		}
		s := nodeText(fset, text, d.Pos(), d.End())
		dd := decl{keys: keys, src: s, refs: identifiers(s)}
		dd.alias, dd.defined = typeFacts(d)
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Type.TypeParams != nil {
			dd.generic = fd.Name.Name
		}
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil && len(fd.Recv.List) > 0 {
			switch recvBase(fd.Recv.List[0].Type).(type) {
			case *ast.IndexExpr, *ast.IndexListExpr:
				dd.genericMethod = true
			}
		}
		out = append(out, dd)
	}
	return out, nil
}

// typeFacts reports whether d declares a type alias at top level, and
// whether it declares a type defined by another named type (type Color
// string), at any depth.
func typeFacts(d ast.Decl) (alias, defined bool) {
	if gd, ok := d.(*ast.GenDecl); ok {
		for _, sp := range gd.Specs {
			if ts, ok := sp.(*ast.TypeSpec); ok && ts.Assign.IsValid() {
				alias = true
			}
		}
	}
	ast.Inspect(d, func(n ast.Node) bool {
		if ts, ok := n.(*ast.TypeSpec); ok {
			switch ast.Unparen(ts.Type).(type) {
			case *ast.Ident, *ast.SelectorExpr, *ast.IndexExpr, *ast.IndexListExpr:
				defined = true
			}
		}
		return !defined
	})
	return alias, defined
}

// recvBase is a receiver's type without its pointer: T, T[K] or p.T.
func recvBase(e ast.Expr) ast.Expr {
	e = ast.Unparen(e)
	if st, ok := e.(*ast.StarExpr); ok {
		return ast.Unparen(st.X)
	}
	return e
}

func recvName(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.StarExpr:
		return recvName(t.X)
	case *ast.IndexExpr:
		return recvName(t.X)
	case *ast.IndexListExpr:
		return recvName(t.X)
	case *ast.Ident:
		return t.Name
	}
	return "?"
}

func identifiers(src string) map[string]bool {
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(src))
	var s scanner.Scanner
	s.Init(file, []byte(src), nil, 0)
	ids := map[string]bool{}
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			return ids
		}
		if tok == token.IDENT {
			ids[lit] = true
		}
	}
}

// needsRebuild reports whether declaring ds requires a fresh interpreter,
// and names what changed.
func (s *Session) needsRebuild(ds []decl) []string {
	var changed []string
	for _, d := range ds {
		for _, k := range d.keys {
			old, ok := s.findDecl(k)
			if !ok || old.src == d.src {
				continue
			}
			kind, name, _ := strings.Cut(k, ":")
			switch kind {
			case "type", "method":
				changed = append(changed, name)
			case "func", "var", "const":
				// A function, variable or constant can be declared again
				// in place unless other declarations use it: yaegi
				// compiled them against the old one (a constant's value,
				// a variable's storage, a function's body).
				for _, other := range s.decls {
					if other.refs[name] && !hasKey(other, k) {
						changed = append(changed, name)
						break
					}
				}
			}
		}
	}
	return changed
}

func hasKey(d decl, k string) bool {
	for _, x := range d.keys {
		if x == k {
			return true
		}
	}
	return false
}

func (s *Session) findDecl(key string) (decl, bool) {
	for _, d := range s.decls {
		if hasKey(d, key) {
			return d, true
		}
	}
	return decl{}, false
}

// rebuild replaces the interpreter by a fresh one that has the session's
// imports and latest declarations (with ds), and carries over the values
// of variables whose types do not depend on the cell's own types (but for
// the variables ds declares: they take their new values). An earlier
// declaration that no longer compiles against the new ones (a variable
// initialized with the old fields of a type) is dropped. It says on stderr
// what was re-evaluated, what was kept, reset and dropped. When ds
// themselves do not compile, the session is rebuilt as it was and the
// error is returned, positioned in the cell (the chunk src starts at the
// cell's line and column).
func (s *Session) rebuild(ctx context.Context, ds []decl, changed []string, out engine.Output, code, src string, line, col int) *engine.Error {
	// Not interruptible: a rebuild cut short would leave half a session.
	ctx = context.WithoutCancel(ctx)
	oldGlobals := s.globals()
	old := s.scope.clone() // restored as it was if ds do not compile
	s.remember(ds)
	decls := s.decls
	own := map[string]bool{}
	fresh := map[string]bool{} // names ds declares
	for _, d := range ds {
		own[d.src] = true
		for _, k := range d.keys {
			_, name, _ := strings.Cut(k, ":")
			fresh[name] = true
		}
	}
	var imports []string
	for spec := range old.imported {
		imports = append(imports, spec)
	}
	sort.Strings(imports)
	var dropped []string
	gone := map[string]bool{} // names of the dropped declarations
	for {
		if err := s.reset(); err != nil {
			return engine.NewError(engine.ErrSession, err.Error())
		}
		// The new interpreter has the old scope with the new
		// declarations; its imports count once they are evaluated.
		s.scope = old.clone()
		s.decls, s.imported = decls, map[string]bool{}
		text, starts := s.declSource(imports, decls)
		_, err := s.eval(ctx, text)
		if err == nil {
			break
		}
		errLine, errCol, errMsg, placed := errPosition(err)
		i := -1
		if placed {
			i = sort.SearchInts(starts, errLine+1) - 1
		}
		if i < 0 || own[decls[i].src] || ctx.Err() != nil {
			// The cell's own declarations do not compile (or the
			// failure cannot be placed): rebuild the session as it was,
			// and report the error in the cell's coordinates.
			e := compileError("", err, 0)
			if i >= 0 && own[decls[i].src] {
				if at := strings.Index(src, decls[i].src); at >= 0 {
					dl := line + strings.Count(src[:at], "\n") + errLine - starts[i]
					e = compileError(code, fmt.Errorf("%d:%d: %s", dl, errCol, errMsg), 0)
				}
			}
			s.restoreAfterFailedRebuild(ctx, old, imports, oldGlobals)
			return e
		}
		dropped = append(dropped, declName(decls[i])+" ("+errMsg+")")
		for _, k := range decls[i].keys {
			_, name, _ := strings.Cut(k, ":")
			gone[name] = true
		}
		decls = append(decls[:i:i], decls[i+1:]...)
	}
	for _, spec := range imports {
		s.imported[spec] = true
	}
	kept, reset := s.restoreGlobals(ctx, decls, oldGlobals, fresh)
	reset = slices.DeleteFunc(reset, func(n string) bool { return gone[n] })
	msg := fmt.Sprintf("gopad: %s changed: the session was rebuilt from its declarations", strings.Join(changed, ", "))
	if len(kept) > 0 {
		msg += "; kept " + strings.Join(kept, ", ")
	}
	if len(reset) > 0 {
		msg += "; reset " + strings.Join(reset, ", ") + " (re-run the cells that set them)"
	}
	if len(dropped) > 0 {
		msg += "; dropped " + strings.Join(dropped, ", ") + ": no longer valid with the new declarations (edit and re-run their cells)"
	}
	fmt.Fprintln(out.Stderr(), msg+".")
	return nil
}

// restoreAfterFailedRebuild makes the session what it was before a rebuild
// that failed: the earlier declarations in a fresh interpreter, with the
// variables' values.
func (s *Session) restoreAfterFailedRebuild(ctx context.Context, old scope, imports []string, globals map[string]reflect.Value) {
	if err := s.reset(); err != nil {
		return
	}
	s.scope = old.clone()
	s.imported = map[string]bool{}
	decls := s.decls
	text, _ := s.declSource(imports, decls)
	if _, err := s.eval(ctx, text); err != nil {
		return
	}
	for _, spec := range imports {
		s.imported[spec] = true
	}
	s.restoreGlobals(ctx, decls, globals, nil)
	s.registerTypes(ctx, decls)
}

// restoreGlobals declares again the variables that statements declared and
// gives every variable its old value where the type allows it, except the
// names in fresh. It returns the names kept and reset.
func (s *Session) restoreGlobals(ctx context.Context, decls []decl, oldGlobals map[string]reflect.Value, fresh map[string]bool) (kept, reset []string) {
	declared := map[string]bool{}
	consts := map[string]bool{}
	for _, d := range decls {
		for _, k := range d.keys {
			kind, name, _ := strings.Cut(k, ":")
			declared[name] = true
			consts[name] = kind == "const"
		}
	}
	names := make([]string, 0, len(oldGlobals))
	for n := range oldGlobals {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		v := oldGlobals[n]
		if !v.IsValid() || fresh[n] || consts[n] {
			continue
		}
		typ, ok := s.globalType(ctx, n, v.Type())
		if !ok && v.Kind() == reflect.Interface && compiledOnly(v, 0) {
			typ, ok = v.Type().String(), true // an error or any holding a compiled value
		}
		if !ok {
			reset = append(reset, n)
			continue
		}
		if !declared[n] {
			if _, err := s.eval(ctx, "var "+n+" "+typ); err != nil {
				reset = append(reset, n)
				continue
			}
		}
		nv, ok := s.globals()[n]
		if !ok || !nv.CanSet() || nv.Type() != v.Type() {
			reset = append(reset, n)
			continue
		}
		nv.Set(v)
		kept = append(kept, n)
	}
	return kept, reset
}

// declSource is the source a rebuild evaluates: the imports, then the
// declarations, each starting on the line given in starts.
// Compiled functions are evaluated in their wrapped forms (see natives).
func (s *Session) declSource(imports []string, decls []decl) (text string, starts []int) {
	var b strings.Builder
	line := 1
	if len(imports) > 0 {
		b.WriteString("import (\n" + strings.Join(imports, "\n") + "\n)\n")
		line += len(imports) + 2
	}
	starts = make([]int, len(decls))
	for i, d := range decls {
		starts[i] = line
		if d.checkOnly {
			b.WriteString(strings.Repeat("\n", strings.Count(d.src, "\n")))
		} else {
			b.WriteString(s.natives.wrappedDecl(d.src))
		}
		b.WriteString("\n")
		line += strings.Count(d.src, "\n") + 1
	}
	return b.String(), starts
}

// errPosition splits an error of yaegi's into its line, column and message;
// placed is false when it has no position.
func errPosition(err error) (line, col int, msg string, placed bool) {
	msg = err.Error()
	m := posPrefix.FindStringSubmatch(msg)
	if m == nil {
		return 0, 0, msg, false
	}
	line, _ = strconv.Atoi(m[1])
	col, _ = strconv.Atoi(m[2])
	return line, col, msg[len(m[0]):], true
}

// declName is how the rebuild notice names a declaration: its names, as
// "var q" or "func f".
func declName(d decl) string {
	var parts []string
	for _, k := range d.keys {
		kind, name, _ := strings.Cut(k, ":")
		parts = append(parts, kind+" "+name)
	}
	if len(parts) == 0 {
		return "a declaration"
	}
	return strings.Join(parts, ", ")
}

// keepable reports whether a value of type t can move to a new interpreter:
// it must not be or contain a type or function of the old one.
// globalType is how a rebuild declares the variable n, whose old value has
// type t, again: by t's own name when it does not depend on the cells'
// types, or by the cell type the variable was declared with. The value is
// kept when the new declaration has t's run-time type, which is the case
// when the cell type did not change.
func (s *Session) globalType(ctx context.Context, n string, t reflect.Type) (string, bool) {
	if keepable(t) {
		return t.String(), true
	}
	vt, ok := s.varTypes[n]
	if !ok || vt.name == "" {
		return "", false
	}
	typ := vt.name
	if vt.ptr {
		typ = "*" + typ
	}
	// Only a declaration that can take the old value: a variable cannot
	// be taken back once declared.
	probe, err := s.eval(ctx, "(*"+typ+")(nil)")
	if err != nil || !probe.IsValid() || probe.Type().Kind() != reflect.Pointer || probe.Type().Elem() != t {
		return "", false
	}
	return typ, true
}

func keepable(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Func, reflect.Interface, reflect.UnsafePointer:
		return false
	case reflect.Struct:
		return t.Name() != "" && t.PkgPath() != ""
	case reflect.Ptr, reflect.Slice, reflect.Array, reflect.Chan:
		return keepable(t.Elem())
	case reflect.Map:
		return keepable(t.Key()) && keepable(t.Elem())
	}
	return true
}

// compiledOnly reports whether v, a value of a compiled interface type
// such as error or any, holds values of compiled types only, nothing the
// old interpreter made (its struct types, the wrappers of its values in
// compiled interfaces): such a value means the same in a new interpreter,
// and a sentinel error kept keeps its identity for errors.Is.
func compiledOnly(v reflect.Value, depth int) bool {
	if depth > 8 {
		return false
	}
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return true
		}
		if v.Kind() == reflect.Pointer && !compiledType(v.Type().Elem()) {
			return false
		}
		return compiledOnly(v.Elem(), depth+1)
	case reflect.Struct:
		if !compiledType(v.Type()) {
			return false
		}
		for i := 0; i < v.NumField(); i++ {
			if !compiledOnly(v.Field(i), depth+1) {
				return false
			}
		}
		return true
	case reflect.Slice, reflect.Array:
		if v.Len() > 64 || !compiledType(v.Type().Elem()) {
			return false
		}
		for i := 0; i < v.Len(); i++ {
			if !compiledOnly(v.Index(i), depth+1) {
				return false
			}
		}
		return true
	case reflect.Map, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		return false
	}
	return true
}

// compiledType reports whether t (or the struct type it points to or holds)
// is declared in a compiled package other than yaegi's and gopad's own.
func compiledType(t reflect.Type) bool {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return true
	}
	p := t.PkgPath()
	return p != "" && !strings.Contains(p, "traefik/yaegi") && !strings.HasPrefix(p, "github.com/gopad/gopad/interp")
}

// checkOnlyDecls are the declarations of the cell's source written (a
// declaration chunk as the cell wrote it) that the rewritten one, ds,
// no longer has: generic aliases of an instance (type StrPair[V any] =
// Pair[string, V]), which yaegi refuses and package rewrite writes out
// where they are used. Later cells' type checks still need them.
func checkOnlyDecls(written string, ds []decl) []decl {
	all, err := parseDecls(written)
	if err != nil {
		return nil
	}
	var out []decl
	for _, d := range all {
		if !d.alias || slices.ContainsFunc(ds, func(r decl) bool { return hasKey(r, d.keys[0]) }) || !instanceAlias(d.src) {
			continue
		}
		d.checkOnly = true
		out = append(out, d)
	}
	return out
}

// instanceAlias reports whether src declares a generic alias of an
// instance of a generic type.
func instanceAlias(src string) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+src, parser.SkipObjectResolution)
	if err != nil || len(f.Decls) != 1 {
		return false
	}
	gd, ok := f.Decls[0].(*ast.GenDecl)
	if !ok || gd.Tok != token.TYPE {
		return false
	}
	for _, sp := range gd.Specs {
		ts := sp.(*ast.TypeSpec)
		switch ast.Unparen(ts.Type).(type) {
		case *ast.IndexExpr, *ast.IndexListExpr:
			if ts.Assign.IsValid() && ts.TypeParams != nil {
				return true
			}
		}
	}
	return false
}
