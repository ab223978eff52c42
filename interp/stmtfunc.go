package interp

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"hash/fnv"
	"maps"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/gopad/gopad/interp/gopadrt"
	"github.com/gopad/gopad/interp/rewrite"
	"github.com/gopad/gopad/interp/source"
	"github.com/gopad/gopad/kernel/engine"
	yaegi "github.com/traefik/yaegi/interp"
)

// A cell's top-level statements run in yaegi's global scope, where it gets
// a few things wrong that it gets right inside a function: a := in a block
// (if, for, switch) assigns the global of that name instead of declaring a
// new variable; a type switch that binds a name panics; a return panics in
// its compiler; a defer runs at once and again in every later cell. The
// session therefore runs such a statement as the body of a function of its
// own (a statement declares no names at the cell's scope unless it is an
// assignment, which is left alone), moves defers to the end of the cell, and
// ends the cell at a return.
//
// Top-level variable declarations have two gaps of their own, worked around
// at the end of this file: a var whose value reads an earlier evaluation's
// variable (splitVarInits), and a := of a cell's generic type
// (splitGenericDefine).

// stmtShape tells how the statement src must run: bareReturn when it is
// "return" (the cell ends), inFunc when it must run in a function: it is
// compound and declares names in its blocks, binds a type switch, holds a
// declaration or returns.
func (s *Session) stmtShape(src string) (bareReturn, inFunc bool) {
	sts, _, _ := s.parseStmts(src)
	if len(sts) != 1 {
		return false, false
	}
	st := sts[0]
	switch st := st.(type) {
	case *ast.ReturnStmt:
		return len(st.Results) == 0, false
	case *ast.IfStmt, *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt,
		*ast.SelectStmt, *ast.BlockStmt, *ast.LabeledStmt:
	default:
		return false, false
	}
	ast.Inspect(st, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // a function's own scope is right
		case *ast.AssignStmt:
			inFunc = inFunc || n.Tok == token.DEFINE
		case *ast.RangeStmt:
			inFunc = inFunc || n.Tok == token.DEFINE
		case *ast.TypeSwitchStmt, *ast.DeclStmt, *ast.ReturnStmt:
			inFunc = true
		}
		return !inFunc
	})
	return false, inFunc
}

// globalReturn refuses a return among statements that run together at
// yaegi's global scope: a chunk of several statements, which a goto and its
// label hold together. yaegi's compiler panics on it ("CFG post-order
// panic"); the error names the return and the way around it. A return
// in a function literal is the literal's own.
func (s *Session) globalReturn(code, src string, ch source.Chunk) *engine.Error {
	sts, fset, prefix := s.parseStmts(src)
	if len(sts) < 2 {
		return nil
	}
	var ret *ast.ReturnStmt
	for _, st := range sts {
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				ret = n
			}
			return ret == nil
		})
		if ret != nil {
			break
		}
	}
	if ret == nil {
		return nil
	}
	off := fset.Position(ret.Pos()).Offset - prefix
	line, col := ch.Line+strings.Count(src[:off], "\n"), off-strings.LastIndex(src[:off], "\n")
	if line == ch.Line {
		col += ch.Col - 1
	}
	return positioned(engine.ErrCompile, "gopad cannot run a return among a cell's top-level statements that a goto "+
		"and its label join: yaegi runs them together at the session's top level, where its compiler fails on a "+
		"return. Workaround: move the statements into a function (func run() { ... }) and call it, or end the "+
		"loop with a label after it (goto done ... done:) instead of returning", code, line, col)
}

// parseStmts parses src as statements of a function body; it returns them,
// the file set and the offset of src in the parsed text.
func (s *Session) parseStmts(src string) ([]ast.Stmt, *token.FileSet, int) {
	f, err := s.parses.Stmts(src)
	if err != nil || len(f.AST.Decls) != 1 || f.Body() == nil {
		return nil, nil, 0
	}
	return f.Body(), f.Fset, f.Prefix
}

// runInFunc runs the statement chunk ch (rewritten as src) as the body of a
// function of its own. It reports whether the statement returned (the cell
// then ends).
func (s *Session) runInFunc(ctx context.Context, code, src string, ch source.Chunk) (bool, error) {
	s.cellFuncs++
	name := fmt.Sprintf("gopadCell%d", s.cellFuncs)
	// The header stands on the line before the cell's first line, so that
	// positions in the body are the cell's (the line shift of -1, as for
	// every padded chunk).
	body, err := s.cellStatements(src, true)
	if err != nil {
		return false, err
	}
	decl := "func " + name + "() bool {\n" + source.Pad(ch.Line, ch.Col) + body + "\nreturn false\n}"
	if _, err := s.eval(ctx, decl); err != nil {
		return false, err
	}
	v, err := s.eval(ctx, name+"()")
	if err != nil {
		return false, err
	}
	return v.IsValid() && v.Kind() == reflect.Bool && v.Bool(), nil
}

// cellStatements rewrites the statement chunk src to run as the cell's
// top level, or as the body of a cell function (inFunc): its defers run
// when the cell ends, and its returns end the cell.
func (s *Session) cellStatements(src string, inFunc bool) (string, error) {
	if f, err := s.parses.Stmts(src); err == nil && rewrite.MovesDefers(f) {
		s.deferred = true
		s.handlers = s.handlers || rewrite.DefersHandler(f)
		s.kept = s.kept || rewrite.KeepsDefers(f)
	}
	return s.rewriteEnv(false, inFunc).Run(source.Chunk{Kind: source.Stmt, Src: src}, rewrite.CellFunc)
}

// runDefers runs the calls the cell deferred, last first, as Go runs a
// function's defers when it returns; a panic in one is in flight for the
// others, which still run (runDeferList). An os.Exit in one ends them.
// The error is the os.Exit's, or that of a deferred call's panic none of
// the others recovered.
func (s *Session) runDefers() error {
	if !s.deferred {
		return nil
	}
	s.deferred = false
	return s.runDeferList("gopadRunDefers()")
}

// runDeferList evaluates call, which runs a list of deferred calls of the
// prelude, until the list is empty. A call that panics puts its panic in
// flight (s.inFlight) for the calls after it, as Go's panic in a deferred
// call replaces the one in flight: its error is returned when none of them
// recovered it (the program ends with it, as go run's does). An os.Exit
// ends the list; its error is returned.
func (s *Session) runDeferList(call string) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var last *flight
	for range 1000 {
		_, err := s.eval(ctx, call)
		if err == nil {
			break
		}
		if isOsExit(err) {
			return err
		}
		var p yaegi.Panic
		if errors.As(err, &p) {
			last = &flight{value: gopadrt.Recovered(p.Value), err: err}
			s.inFlight.Store(last)
		} else if o := s.router.current(); o != nil {
			fmt.Fprintf(o.Stderr(), "gopad: a deferred call failed: %v\n", err)
		}
		if ctx.Err() != nil {
			break
		}
	}
	if last != nil && !last.taken.Load() {
		return last.err
	}
	return nil
}

// isCellFunc reports whether a stack frame's function is the one a
// statement ran in (it stands for the cell's top level).
func isCellFunc(fn string) bool {
	return strings.HasPrefix(strings.TrimPrefix(fn, "main."), "gopadCell")
}

// varInit is the initialization of variables a declaration chunk declares,
// split off to run as an assignment: src starts at the chunk's line and
// column (offsets relative to the chunk).
type varInit struct {
	src       string
	line, col int
}

// splitVarInits works around yaegi's "variable definition loop": a var
// declaration whose initializer reads a variable of an earlier evaluation
// (var total = price * 2, after price := 3) fails. Such specs are declared
// with their types only (written or found by go/types), and their values
// assigned by statements after the declarations; the chunk's other text
// keeps its positions. yaegi takes a word of the type itself for a read
// too (a field name: var p struct{ name string } after name := ...): such a
// type is declared apart, as an alias (typeAlias). It returns src
// unchanged when nothing needs this or a type cannot be named.
func (s *Session) splitVarInits(src string) (string, []varInit) {
	if !strings.Contains(src, "var") {
		return src, nil
	}
	globals := s.globals()
	if len(globals) == 0 {
		return src, nil
	}
	pf, err := s.parses.Parse(source.Chunk{Kind: source.Decl, Src: src})
	if err != nil {
		return src, nil
	}
	specs := specsReading(pf.AST, globals)
	if len(specs) == 0 {
		return src, nil
	}
	vt := varTypeWriter{s: s, src: src, off: pf.Off}
	var edits []source.Edit
	inits := []varInit{}           // not nil: the chunk changed
	aliases := map[string]string{} // declarations of types that name globals
	for _, vs := range specs {
		typ, ok := vt.of(vs)
		if !ok {
			return src, nil
		}
		if typeNamesGlobal(typ, globals) {
			typ = typeAlias(typ, aliases)
		}
		start, end := pf.Off(vs.Pos()), pf.Off(vs.End())
		names := src[pf.Off(vs.Names[0].Pos()):pf.Off(vs.Names[len(vs.Names)-1].End())]
		edits = append(edits, source.Replace(start, end, names+" "+typ))
		if len(vs.Values) == 0 {
			continue // only its type named a global
		}
		spec := src[start:end]
		// The assignment: the spec with its type blanked out, so that the
		// values keep their columns.
		stmt := spec
		if vs.Type != nil {
			ts, te := pf.Off(vs.Type.Pos())-start, pf.Off(vs.Type.End())-start
			stmt = spec[:ts] + strings.Repeat(" ", te-ts) + spec[te:]
		}
		line, col := source.LineCol(src, start)
		inits = append(inits, varInit{src: stmt, line: line, col: col})
	}
	out, err := source.Apply(src, edits)
	if err != nil {
		return src, nil
	}
	for _, decl := range slices.Sorted(maps.Values(aliases)) {
		out += decl // after the chunk's text, which keeps its positions
	}
	return out, inits
}

// identWord matches the identifiers of a type's text.
var identWord = regexp.MustCompile(`[A-Za-z_][A-Za-z0-9_]*`)

// typeNamesGlobal reports whether the type text typ has a word that names
// one of the session's globals: a field name of a struct type (struct{ m
// int } after m := ...), which yaegi takes for a reference to the variable
// in a var declaration ("variable definition loop").
func typeNamesGlobal(typ string, globals map[string]reflect.Value) bool {
	for _, w := range identWord.FindAllString(typ, -1) {
		if _, ok := globals[w]; ok {
			return true
		}
	}
	return false
}

// typeAlias is the name of an alias of the type text typ, declared at the
// end of the chunk (its declaration goes into aliases): yaegi reads no
// variable into a type declaration. The name follows from the text, so
// that a later cell's alias of the same text declares the same type.
func typeAlias(typ string, aliases map[string]string) string {
	h := fnv.New32a()
	h.Write([]byte(typ))
	name := fmt.Sprintf("gopadVarType%08x", h.Sum32())
	aliases[name] = "\ntype " + name + " = " + typ
	return name
}

// specsReading lists the var specs of f whose values read one of the
// session's globals (and not a name f declares itself), and those whose
// values read a variable of such a spec or call a function of f (which
// may read one): its value is assigned after the declarations, so a spec
// that reads it is assigned there too, after it (var sp Speaker = d;
// var n Named = sp would read sp's zero value).
func specsReading(f *ast.File, globals map[string]reflect.Value) []*ast.ValueSpec {
	declared := source.DeclaredNames(f)
	split := map[string]reflect.Value{} // the variables of the specs listed
	var specs []*ast.ValueSpec
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, sp := range gd.Specs {
			vs := sp.(*ast.ValueSpec)
			// A spec without values whose type names a global (a field
			// name) needs its type declared apart (typeAlias).
			reads := vs.Type != nil && len(vs.Values) == 0 && readsGlobal(vs.Type, declared, globals)
			for _, v := range vs.Values {
				reads = reads || readsGlobal(v, declared, globals) || readsGlobal(v, nil, split)
			}
			if reads {
				specs = append(specs, vs)
				for _, n := range vs.Names {
					split[n.Name] = reflect.Value{}
				}
				for _, fn := range chunkFuncs(f) {
					split[fn] = reflect.Value{} // it may read them (var b = double())
				}
			}
		}
	}
	return specs
}

// chunkFuncs lists the functions (not methods) f declares.
func chunkFuncs(f *ast.File) []string {
	var names []string
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
			names = append(names, fd.Name.Name)
		}
	}
	return names
}

// readsGlobal reports whether an identifier in x names one of the
// session's globals (and not a name the chunk declares itself).
func readsGlobal(x ast.Node, declared map[string]bool, globals map[string]reflect.Value) bool {
	reads := false
	ast.Inspect(x, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && !declared[id.Name] {
			_, g := globals[id.Name]
			reads = reads || g
		}
		return !reads
	})
	return reads
}

// varTypeWriter writes the types of var specs: as written, or found by
// go/types (one check of the chunk, made when first needed).
type varTypeWriter struct {
	s    *Session
	src  string
	off  func(token.Pos) int
	tc   *typedChunk
	defs map[int]types.Object // the chunk's definitions, by offset
}

// of is vs's type; false when it cannot be named, or its names have
// different types.
func (st *varTypeWriter) of(vs *ast.ValueSpec) (string, bool) {
	if vs.Type != nil {
		return st.src[st.off(vs.Type.Pos()):st.off(vs.Type.End())], true
	}
	if st.tc == nil {
		if st.tc = st.s.typeCheck(st.src, false); st.tc == nil {
			return "", false
		}
		st.defs = map[int]types.Object{}
		for id, obj := range st.tc.info.Defs {
			if obj != nil && id.Pos().IsValid() && st.tc.fset.File(id.Pos()) == st.tc.fset.File(st.tc.file.Pos()) {
				st.defs[st.tc.off(id.Pos())] = obj
			}
		}
	}
	typ := ""
	for _, n := range vs.Names {
		obj := st.defs[st.off(n.Pos())]
		if obj == nil {
			return "", false
		}
		t, ok := st.tc.typeText(obj.Type())
		if !ok || typ != "" && typ != t {
			return "", false
		}
		typ = t
	}
	return typ, true
}

// splitGenericDefine works around yaegi's "constant definition loop" for a
// top-level := whose variables have a generic type of the cells
// (b := NewBox(4), with type Box[T any]): it returns the declarations of
// the new variables with their types (from go/types) and the statement as
// an assignment ("b  = NewBox(4)", same columns). ok is false when the
// statement needs no such help or a type cannot be named.
func (s *Session) splitGenericDefine(src string) (decls, assign string, ok bool) {
	if !strings.Contains(src, ":=") || !s.hasGenericTypes() {
		return "", "", false
	}
	sts, fset, prefix := s.parseStmts(src)
	if len(sts) != 1 {
		return "", "", false
	}
	as, isAssign := sts[0].(*ast.AssignStmt)
	if !isAssign || as.Tok != token.DEFINE || len(as.Lhs) != 1 {
		// (yaegi drops the other values of a multiple assignment with
		// such a call)
		return "", "", false
	}
	tc := s.typeCheck(src, true)
	if tc == nil {
		return "", "", false
	}
	defs := map[int]types.Object{}
	for id, obj := range tc.info.Defs {
		if obj != nil && id.Pos().IsValid() && tc.fset.File(id.Pos()) == tc.fset.File(tc.file.Pos()) {
			defs[tc.off(id.Pos())] = obj
		}
	}
	off := func(p token.Pos) int { return fset.Position(p).Offset - prefix }
	generic := false
	var b strings.Builder
	for _, l := range as.Lhs {
		id, isIdent := l.(*ast.Ident)
		if !isIdent {
			return "", "", false
		}
		obj := defs[off(id.Pos())]
		if id.Name == "_" || obj == nil {
			continue // blank, or assigned rather than declared
		}
		if isCellGenericInstance(obj.Type(), tc.pkg) {
			generic = true
		}
		t, named := tc.typeText(obj.Type())
		if !named {
			return "", "", false
		}
		fmt.Fprintf(&b, "var %s %s\n", id.Name, t)
	}
	if !generic {
		return "", "", false
	}
	at := off(as.TokPos)
	return b.String(), src[:at] + " =" + src[at+2:], true
}

// hasGenericTypes reports whether the cells declared a generic type.
func (s *Session) hasGenericTypes() bool { return hasGenericType(s.decls) }

// hasGenericType reports whether ds declare a generic type.
func hasGenericType(ds []decl) bool {
	for _, d := range ds {
		for _, k := range d.keys {
			if name, ok := strings.CutPrefix(k, "type:"); ok && namedBeforeBracket(d.src, name) {
				return true
			}
		}
	}
	return false
}

// namedBeforeBracket reports whether name is followed by "[" in src,
// spaces between allowed: a local type moved to the package level is
// written as one line of tokens (type Pair [ K any ] struct { ... }).
func namedBeforeBracket(src, name string) bool {
	for rest := src; ; {
		i := strings.Index(rest, name)
		if i < 0 {
			return false
		}
		rest = rest[i+len(name):]
		if strings.HasPrefix(strings.TrimLeft(rest, " "), "[") {
			return true
		}
	}
}

// isCellGenericInstance reports whether t is, or is made of, an
// instantiated generic type of the cells' package.
func isCellGenericInstance(t types.Type, pkg *types.Package) bool {
	switch t := t.(type) {
	case *types.Named:
		if t.TypeArgs().Len() > 0 && t.Obj().Pkg() == pkg {
			return true
		}
	case *types.Pointer:
		return isCellGenericInstance(t.Elem(), pkg)
	case *types.Slice:
		return isCellGenericInstance(t.Elem(), pkg)
	case *types.Array:
		return isCellGenericInstance(t.Elem(), pkg)
	case *types.Map:
		return isCellGenericInstance(t.Key(), pkg) || isCellGenericInstance(t.Elem(), pkg)
	}
	return false
}
