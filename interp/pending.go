package interp

import (
	"context"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"sort"
	"strings"

	"github.com/gopad/gopad/interp/source"

	"github.com/gopad/gopad/kernel/engine"
)

// Pending declarations. The declarations of a Go package may come in any
// order, and cells share one package scope, so a declaration cell may use
// a type, function or method that a later cell declares. yaegi compiles a
// chunk against what it has seen, so such a chunk is kept, not evaluated,
// until the names it misses are declared; it is then evaluated together
// with the chunk that completed it (and with the other kept ones it needs,
// which lets declarations that use each other come in separate cells).
// Whether a chunk only misses names is decided by go/types over the
// session's declarations and the kept ones, never from yaegi's messages.

// pendingDecl is a declaration chunk kept until the names it uses exist.
type pendingDecl struct {
	src  string   // the chunk, as written
	keys []string // what it declares, as decl keys
	cell int      // the execution count of its cell
	// initCalls is set for a var declaration whose initializers call
	// functions: Go runs those in declaration order (initorder.go).
	initCalls bool
	// initFunc is set for func init(): Go runs it after every package
	// variable is initialized, so it waits for a statement cell.
	initFunc bool
}

// pendingCheck is the session's kept declarations, and possibly one more
// chunk, checked by go/types in the session's context: files[i] is
// pending[i], and the chunk, when there is one, comes last.
type pendingCheck struct {
	s     *Session
	fset  *token.FileSet
	files []*ast.File
	info  *types.Info
	errs  []types.Error
	// prefix is the length of the text before the chunk's source in its
	// file (the chunk's offsets are positions minus prefix); head is that
	// of the kept declarations' files.
	prefix, head int
}

func pendingFile(i int) string { return fmt.Sprintf("pending%d", i) }

// checkPending checks the kept declarations and src (none when empty; a
// statement chunk when stmt) together, in the session's context.
func (s *Session) checkPending(src string, stmt bool) *pendingCheck {
	imports, _ := s.importBlock()
	head := "package p\n" + imports
	srcs := make([]string, 0, len(s.pending)+1)
	for _, p := range s.pending {
		srcs = append(srcs, p.src)
	}
	declared := strings.Join(srcs, "\n")
	if src != "" && !stmt {
		declared += "\n" + src
	}
	pc := &pendingCheck{s: s, fset: token.NewFileSet(), prefix: len(head), head: len(head)}
	for i, text := range srcs {
		f, err := parser.ParseFile(pc.fset, pendingFile(i), head+text, parser.SkipObjectResolution)
		if err != nil {
			return nil
		}
		pc.files = append(pc.files, f)
	}
	if src != "" {
		text := head + src
		if stmt {
			pc.prefix = len(head + "func _() {\n")
			text = head + "func _() {\n" + src + "\n}"
		}
		f, err := parser.ParseFile(pc.fset, "chunk", text, parser.SkipObjectResolution)
		if err != nil {
			return nil
		}
		pc.files = append(pc.files, f)
	}
	files := slices.Clone(pc.files)
	if ctx := s.typeContext(declared, false); ctx != "" {
		if cf, err := parser.ParseFile(pc.fset, "session", head+ctx, parser.SkipObjectResolution); err == nil {
			files = append(files, cf)
		}
	}
	pc.info = &types.Info{Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: s.typesImporter(), Error: func(err error) {
		// (a compiled type's missing method is the session's view's,
		// not the cells' error: compiledMissingMethod)
		if te, ok := err.(types.Error); ok && !te.Soft && !compiledMissingMethod(te.Msg) {
			pc.errs = append(pc.errs, te)
		}
	}}
	conf.Check("p", pc.fset, files, pc.info) // the errors are in pc.errs
	return pc
}

// fileOf returns the index in pc.files of the file that holds pos, or -1.
func (pc *pendingCheck) fileOf(pos token.Pos) int {
	if !pos.IsValid() {
		return -1
	}
	for i, f := range pc.files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return i
		}
	}
	return -1
}

// missing returns the names that file k's errors say nobody declared yet,
// and whether it has errors of another kind.
func (pc *pendingCheck) missing(k int) (names []string, other bool) {
	globals := pc.s.globals()
	for _, e := range pc.errs {
		if pc.fileOf(e.Pos) != k {
			continue
		}
		if name, ok := pc.missingName(pc.files[k], e, globals); ok {
			if !slices.Contains(names, name) {
				names = append(names, name)
			}
			continue
		}
		other = true
	}
	return names, other
}

// missingName returns the name a type error is about when the error is
// that the name is not declared: an undefined identifier, a selector that
// names no field or method of a cell's type, a missing method.
func (pc *pendingCheck) missingName(f *ast.File, e types.Error, globals map[string]reflect.Value) (string, bool) {
	if before, m, ok := strings.Cut(e.Msg, "(missing method "); ok {
		if name, _, ok := strings.Cut(m, ")"); ok && token.IsIdentifier(name) {
			typ, implements := missingMethodType(before)
			if implements && token.IsIdentifier(typ) {
				return typ + "." + name, true
			}
			return name, true
		}
	}
	var id *ast.Ident
	var sel *ast.SelectorExpr
	selX := false // id is the x of a selector x.Name
	ast.Inspect(f, func(n ast.Node) bool {
		if id != nil || n == nil || n.Pos() > e.Pos || n.End() < e.Pos {
			return false
		}
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if n.Sel.Pos() == e.Pos {
				id, sel = n.Sel, n
				return false
			}
			selX = n.X.Pos() == e.Pos
		case *ast.Ident:
			if n.Pos() == e.Pos {
				id = n
			}
		}
		return true
	})
	if id == nil || pc.info.Uses[id] != nil || pc.info.Defs[id] != nil && !embeddedField(pc.info.Defs[id]) {
		return "", false
	}
	if sel != nil {
		if x, ok := sel.X.(*ast.Ident); ok {
			if _, isPkg := pc.info.Uses[x].(*types.PkgName); isPkg {
				return "", false // a package's members do not come from cells
			}
		}
		return id.Name, true
	}
	if pc.s.known(id.Name, nil, globals) && (selX || !pc.s.onlyPackage(id.Name, globals)) {
		return "", false // the interpreter has it (go/types does not see it)
	}
	return id.Name, true
}

// compiledMissingMethod reports whether msg is that a compiled package's
// type (*ast.BinaryExpr) lacks a method: no cell can give it one, and the
// session's view of the package lacks its unexported methods (go/ast's
// exprNode), so an assertion or a type switch's case from its interface
// to it looked impossible. Neither a name a later cell declares nor an
// error of the cell.
func compiledMissingMethod(msg string) bool {
	before, _, ok := strings.Cut(msg, "(missing method ")
	if !ok {
		return false
	}
	typ, _ := missingMethodType(before)
	return strings.Contains(typ, ".")
}

// missingMethodType is the type a "missing method" error's text before
// the parenthesis is about, without its stars: "... T does not implement
// I" (implements is set) or "... cannot have dynamic type T".
func missingMethodType(before string) (typ string, implements bool) {
	if t, _, ok := strings.Cut(before, " does not implement "); ok {
		fields := strings.Fields(t)
		if len(fields) > 0 {
			return strings.TrimLeft(fields[len(fields)-1], "*"), true
		}
		return "", true
	}
	if _, t, ok := strings.Cut(before, " cannot have dynamic type "); ok {
		return strings.TrimLeft(strings.TrimSpace(t), "*"), false
	}
	return "", false
}

// onlyPackage reports whether name is known only as a package that cells
// may use without importing it (gopad's display): named as a value, it is
// the program's own, which a later cell declares.
func (s *Session) onlyPackage(name string, globals map[string]reflect.Value) bool {
	if _, ok := s.names[name]; ok || builtins[name] != "" {
		return false
	}
	if _, ok := globals[name]; ok {
		return false
	}
	return s.importedPath(name) != ""
}

// embeddedField reports whether obj is an embedded struct field: its
// identifier also names the field's type, which may be the missing name.
func embeddedField(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && v.IsField() && v.Embedded()
}

// deps returns the kept declarations that file k uses: those that declare
// what it names, and those that declare methods of the types it names
// (which it may use without naming them, to satisfy an interface).
func (pc *pendingCheck) deps(k int) []int {
	var out []int
	add := func(j int) {
		if j >= 0 && j != k && j < len(pc.s.pending) && !slices.Contains(out, j) {
			out = append(out, j)
		}
	}
	typeNames := map[string]bool{}
	ast.Inspect(pc.files[k], func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		obj := pc.info.Uses[id]
		if obj == nil {
			obj = pc.info.Defs[id]
		}
		if obj == nil {
			return true
		}
		if tn, ok := obj.(*types.TypeName); ok && tn.Parent() == tn.Pkg().Scope() {
			typeNames[tn.Name()] = true
		}
		if pc.info.Uses[id] != nil {
			add(pc.fileOf(obj.Pos()))
		}
		return true
	})
	for j, p := range pc.s.pending {
		for _, key := range p.keys {
			if t, ok := strings.CutPrefix(key, "method:"); ok && typeNames[strings.Split(t, ".")[0]] {
				add(j)
			}
		}
	}
	return out
}

// waits returns, for every file, the names it waits for: those it misses
// and those the kept declarations it uses wait for.
func (pc *pendingCheck) waits() [][]string {
	n := len(pc.files)
	own := make([][]string, n)
	deps := make([][]int, n)
	for k := range n {
		own[k], _ = pc.missing(k)
		deps[k] = pc.deps(k)
	}
	out := make([][]string, n)
	for k := range n {
		seen := map[int]bool{k: true}
		todo := []int{k}
		var names []string
		for len(todo) > 0 {
			j := todo[0]
			todo = todo[1:]
			for _, name := range own[j] {
				if !slices.Contains(names, name) {
					names = append(names, name)
				}
			}
			for _, d := range deps[j] {
				if !seen[d] {
					seen[d] = true
					todo = append(todo, d)
				}
			}
		}
		sort.Strings(names)
		out[k] = names
	}
	return out
}

// pendingChunk first evaluates the kept declarations that no longer wait
// for anything, then decides about chunk ch (src, with its automatic
// imports done): a declaration chunk that misses only names no cell
// declared yet, or uses kept declarations, is kept (kept is true) with a
// note on stderr saying what it waits for; a statement chunk that uses a
// kept declaration is refused with an error that says what it waits for.
// Nothing is kept from a cell that is a whole program.
func (s *Session) pendingChunk(ctx context.Context, code, src string, ch source.Chunk, program bool) (kept bool, e *engine.Error) {
	if s.settling || program {
		return false, nil
	}
	if e := s.settlePending(ctx, ch.Kind == source.Stmt); e != nil {
		return false, e
	}
	switch ch.Kind {
	case source.Stmt:
		if len(s.pending) == 0 {
			return false, nil
		}
		return false, s.refusePendingUse(code, src, ch)
	case source.Decl:
	default:
		return false, nil
	}
	ds, err := parseDecls(src)
	if err != nil {
		return false, nil
	}
	var keys []string
	for _, d := range ds {
		keys = append(keys, d.keys...)
	}
	if initFuncs(keys) {
		// Several cells may declare init: no key replaces another.
		s.pending = append(s.pending, pendingDecl{src: src, cell: s.cellNumber, initFunc: true})
		fmt.Fprintf(s.out.Stderr(), "gopad: init runs before the next statement cell, after the package's variables, as in Go\n")
		return true, nil
	}
	if s.redeclares(keys) {
		// A cell run again, maybe edited: its names exist, so what it
		// misses is an error now, as it was before pending declarations.
		return false, nil
	}
	s.pending = slices.DeleteFunc(s.pending, func(p pendingDecl) bool {
		return slices.ContainsFunc(p.keys, func(k string) bool { return slices.Contains(keys, k) })
	})
	pc := s.checkPending(src, false)
	if pc == nil {
		return false, nil
	}
	k := len(pc.files) - 1
	missing, other := pc.missing(k)
	if other || len(missing) == 0 && len(pc.deps(k)) == 0 {
		if held, ok := s.heldBehind(pc); ok && !other && initCalls(src) {
			// After a kept initializer, as Go would run them.
			s.pending = append(s.pending, pendingDecl{src: src, keys: keys, cell: s.cellNumber, initCalls: true})
			fmt.Fprintf(s.out.Stderr(), "gopad: this declaration is kept to run after the one of cell [%d], in Go's order of initialization\n", held)
			return true, nil
		}
		return false, nil // evaluated now (and errors are reported now)
	}
	s.pending = append(s.pending, pendingDecl{src: src, keys: keys, cell: s.cellNumber, initCalls: initCalls(src)})
	if waits := pc.waits()[k]; len(waits) > 0 {
		name := "this declaration"
		if len(ds) == 1 {
			name = declName(ds[0])
		}
		fmt.Fprintf(s.out.Stderr(), "gopad: %s is kept until a cell declares %s (Go declarations may come in any order)\n",
			name, strings.Join(waits, ", "))
	}
	return true, nil
}

// refusePendingUse returns an error when statement chunk ch (src) uses a
// kept declaration, nil when it does not.
func (s *Session) refusePendingUse(code, src string, ch source.Chunk) *engine.Error {
	pc := s.checkPending(src, true)
	if pc == nil {
		return nil
	}
	k := len(pc.files) - 1
	waits := pc.waits()
	var found *engine.Error
	ast.Inspect(pc.files[k], func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || found != nil {
			return found == nil
		}
		obj := pc.info.Uses[id]
		if obj == nil {
			return true
		}
		j := pc.fileOf(obj.Pos())
		if j < 0 || j >= len(s.pending) {
			return true
		}
		msg := fmt.Sprintf("%s is declared by a declaration of cell [%d] that is kept until a cell declares %s: declare it, then run this cell again",
			id.Name, s.pending[j].cell, strings.Join(waits[j], ", "))
		off := pc.fset.Position(id.Pos()).Offset - pc.prefix
		if off < 0 || off > len(ch.Src) {
			off = 0
		}
		line, col := cellPosition(ch, off)
		found = positioned(engine.ErrCompile, msg, code, line, col)
		return false
	})
	return found
}

// settlePending evaluates, as one chunk, the kept declarations that no
// longer wait for any name, until none is left that can run. A var
// declaration whose initializers call functions waits behind an earlier
// one that still waits, unless flush is set (a statement is about to run,
// which may use it).
func (s *Session) settlePending(ctx context.Context, flush bool) *engine.Error {
	if s.settling {
		return nil
	}
	s.settling = true
	defer func() { s.settling = false }()
	for len(s.pending) > 0 {
		pc := s.checkPending("", false)
		if pc == nil {
			return nil
		}
		waits := pc.waits()
		if e := s.dropBroken(pc, waits); e != nil {
			return e
		}
		var ready, rest []pendingDecl
		var srcs []string
		var cells []string
		blocked := false
		for i, p := range s.pending {
			if len(waits[i]) > 0 || p.initCalls && blocked && !flush || p.initFunc && !flush {
				blocked = blocked || p.initCalls
				rest = append(rest, p)
				continue
			}
			ready = append(ready, p)
			srcs = append(srcs, p.src)
			if c := fmt.Sprintf("[%d]", p.cell); !slices.Contains(cells, c) {
				cells = append(cells, c)
			}
		}
		if len(ready) == 0 {
			return nil
		}
		s.pending = rest
		group := strings.Join(srcs, "\n\n")
		if _, e := s.run(ctx, group); e != nil {
			e.Value = fmt.Sprintf("in the declarations of cells %s, kept until their names were declared: %s", strings.Join(cells, ", "), e.Value)
			return e
		}
	}
	return nil
}

// redeclares reports whether the session has one of the declarations keys
// name.
func (s *Session) redeclares(keys []string) bool {
	for _, k := range keys {
		if _, ok := s.findDecl(k); ok {
			return true
		}
	}
	return false
}

// dropBroken drops the first kept declaration that waits for nothing but
// does not compile, and returns its error (nil when there is none): it is
// not handed to yaegi, which would leave a half-declared function behind.
func (s *Session) dropBroken(pc *pendingCheck, waits [][]string) *engine.Error {
	for i, p := range s.pending {
		if len(waits[i]) > 0 {
			continue
		}
		for _, e := range pc.errs {
			if pc.fileOf(e.Pos) != i {
				continue
			}
			s.pending = slices.Delete(s.pending, i, i+1)
			off := min(max(pc.fset.Position(e.Pos).Offset-pc.prefixOf(i), 0), len(p.src))
			line, col := cellPosition(source.Chunk{Src: p.src, Line: 1, Col: 1}, off)
			msg := fmt.Sprintf("in the declaration of cell [%d], kept until its names were declared: %s", p.cell, e.Msg)
			return positioned(engine.ErrCompile, msg, p.src, line, col)
		}
	}
	return nil
}

// prefixOf returns the length of the text before file i's source.
func (pc *pendingCheck) prefixOf(i int) int {
	if i < len(pc.s.pending) {
		return pc.head
	}
	return pc.prefix
}

// heldBehind returns the cell of the first kept var declaration whose
// initializers call functions and that still waits for a name (in pc);
// ok is false when there is none.
func (s *Session) heldBehind(pc *pendingCheck) (cell int, ok bool) {
	if !slices.ContainsFunc(s.pending, func(p pendingDecl) bool { return p.initCalls }) {
		return 0, false // no check of what the kept ones wait for
	}
	waits := pc.waits()
	for i, p := range s.pending {
		if p.initCalls && i < len(waits) && len(waits[i]) > 0 {
			return p.cell, true
		}
	}
	return 0, false
}

// initCalls reports whether src declares package variables with an
// initializer that calls a function (outside function literals), whose
// order of evaluation Go fixes.
func initCalls(src string) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+src, parser.SkipObjectResolution)
	if err != nil {
		return false
	}
	found := false
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.VAR {
			continue
		}
		ast.Inspect(g, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.CallExpr:
				if id, ok := n.Fun.(*ast.Ident); !ok || !slices.Contains([]string{"make", "new", "len", "cap", "append"}, id.Name) {
					found = true
				}
			}
			return !found
		})
	}
	return found
}

// initFuncs reports whether keys are those of init functions only.
func initFuncs(keys []string) bool {
	for _, k := range keys {
		if k != "func:init" {
			return false
		}
	}
	return len(keys) > 0
}
