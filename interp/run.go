package interp

import (
	"context"
	"fmt"
	"reflect"
	"strings"

	"github.com/gopad/gopad/interp/rewrite"
	"github.com/gopad/gopad/interp/source"
	"github.com/gopad/gopad/interp/stdlib"
	"github.com/gopad/gopad/kernel/engine"
)

// A cell runs chunk by chunk (source.Split): imports, declarations and
// statements, in order. A chunk is checked, rewritten (rewrite.go's
// pipeline) and evaluated; the cell's last chunk may give its value.

// cellRun is the running cell: its code as written and its chunks.
type cellRun struct {
	code   string
	cell   *source.Cell
	result reflect.Value // the value of the trailing expression
	// stackDone is set once the cell's statements were checked for
	// Session.cellStack.
	stackDone bool
}

// next says whether the cell goes on after a chunk.
type next bool

const (
	goOn    next = true
	endCell next = false // a top-level return ended the cell, as it ends main
)

// run evaluates a cell chunk by chunk and returns the value of its trailing
// expression, if it has one.
func (s *Session) run(ctx context.Context, code string) (reflect.Value, *engine.Error) {
	c, err := source.Split(source.RenameMain(code))
	if err != nil {
		return reflect.Value{}, compileError(code, err, 0)
	}
	r := &cellRun{code: code, cell: c}
	defer func() { s.cellStack, s.cellUses = nil, nil }()
	for i, ch := range c.Chunks {
		var n next
		var e *engine.Error
		if ch.Kind == source.Import {
			n, e = goOn, s.runImports(ctx, code, ch)
		} else {
			var fresh []string
			ch, fresh = s.shadowMain(ch, c)
			n, e = s.runChunk(ctx, r, ch, i == len(c.Chunks)-1)
			s.noteShadows(ch, fresh, e != nil)
		}
		if e != nil {
			return reflect.Value{}, e
		}
		if n == endCell {
			break
		}
	}
	if e := s.settlePending(ctx, false); e != nil {
		return reflect.Value{}, e
	}
	if c.DeclaresMain && c.Program {
		if _, err := s.eval(ctx, source.MainName+"()"); err != nil {
			return reflect.Value{}, s.evalError(code, err, 0, source.Chunk{Kind: source.Stmt, Line: 1, Col: 1})
		}
	}
	return r.result, nil
}

// runImports evaluates an import chunk: each package is linked or fetched
// first (third-party ones), and only the imports not evaluated yet reach
// the interpreter.
func (s *Session) runImports(ctx context.Context, code string, ch source.Chunk) *engine.Error {
	specs, err := source.ImportSpecs(ch.Src)
	if err != nil {
		return compileError(code, err, ch.Line-1)
	}
	var fresh []string
	for _, sp := range specs {
		p := strings.Trim(sp[strings.IndexByte(sp, '"'):], `"`)
		if why, ok := stdlib.Excluded[p]; ok && s.members(p) == nil {
			msg := fmt.Sprintf("package %s cannot be imported in a cell: %s", p, why)
			return positioned(engine.ErrImport, msg, code, ch.Line, ch.Col)
		}
		if e := s.ensureImport(ctx, p, s.out); e != nil {
			if e.Name == engine.ErrInterrupted {
				return e
			}
			return positioned(e.Name, e.Value, code, ch.Line, ch.Col)
		}
		if !s.imported[sp] {
			fresh = append(fresh, sp)
		}
	}
	if len(fresh) == 0 {
		return nil
	}
	if e := s.importClash(fresh); e != "" {
		return positioned(engine.ErrImport, e, code, ch.Line, ch.Col)
	}
	// Not interruptible (see autoImport).
	if _, err := s.eval(context.WithoutCancel(ctx), "import (\n"+strings.Join(fresh, "\n")+"\n)"); err != nil {
		return s.evalError(code, err, ch.Line-1, ch)
	}
	for _, sp := range fresh {
		s.imported[sp] = true
	}
	return nil
}

// prepared is a chunk made ready for the interpreter.
type prepared struct {
	src      string              // rewritten
	pre      string              // as given to the rewrite pipeline
	compiled map[string]string   // functions compiled by package native
	made     map[string]monoCopy // generic copies, committed once it ran
	kept     bool                // a declaration kept until what it names exists (pending.go)
}

// runChunk checks, rewrites and evaluates a declaration or statement chunk.
func (s *Session) runChunk(ctx context.Context, r *cellRun, ch source.Chunk, last bool) (next, *engine.Error) {
	p, e := s.prepare(ctx, r, ch, last)
	if e != nil || p.kept {
		return goOn, e
	}
	if ch.Kind == source.Stmt {
		n, done, e := s.runStatements(ctx, r.code, ch, &p)
		if e != nil || done {
			return n, e
		}
	}
	return goOn, s.evalChunk(ctx, r, ch, p, last)
}

// prepare checks a chunk and rewrites it: auto-imports, compiled
// functions, generic copies, the rewrite pipeline, and for the cell's last
// chunk the results of its trailing call.
func (s *Session) prepare(ctx context.Context, r *cellRun, ch source.Chunk, last bool) (prepared, *engine.Error) {
	code, src := r.code, ch.Src
	if e := s.parses.SyntaxError(ch); e != nil {
		return prepared{}, positioned(engine.ErrSyntax, e.Msg, code, e.Pos.Line, e.Pos.Column)
	}
	if e := s.recursiveTypeError(code, ch); e != nil {
		return prepared{}, e
	}
	if e := s.shadowTypeError(code, ch); e != nil {
		return prepared{}, e
	}
	if e := s.predeclaredTypeError(code, ch); e != nil {
		return prepared{}, e
	}
	if e := s.unsafeUseError(code, ch); e != nil {
		return prepared{}, e
	}
	// Packages used without an import are imported first, so that the
	// type checker of the rewrites sees them.
	if err := s.autoImport(ctx, src, ch.Kind == source.Stmt); err != nil {
		return prepared{}, compileError(code, err, 0)
	}
	s.noteWrites(ch)
	s.noteTimers(ch.Src)
	if ch.Kind == source.Stmt {
		s.noteStackGlobals(r)
		if s.cellUses == nil {
			s.cellUses = rewrite.CellUses(cellStatements(r.cell))
		}
	}
	if kept, e := s.pendingChunk(ctx, code, src, ch, r.cell.Program); e != nil || kept {
		return prepared{kept: kept}, e
	}
	var p prepared
	if ch.Kind == source.Decl {
		p.compiled = s.natives.compile(s.in, src, s.nativeOptions())
	}
	if ch.Kind == source.Decl {
		var err error
		if src, err = s.moveLocalTypes(src); err != nil {
			return prepared{}, compileError(code, err, 0)
		}
	}
	if e := s.localGenericError(code, ch, src); e != nil {
		return prepared{}, e
	}
	src, made, e := s.monoChunk(ctx, src, code, ch)
	if e != nil {
		return prepared{}, e
	}
	p.made = made
	p.pre = src
	var err error
	if src, err = s.rewrite(src, ch.Kind == source.Stmt); err != nil {
		return prepared{}, compileError(code, err, 0)
	}
	s.noteValueType(ch)
	if e := s.parses.SyntaxError(source.Chunk{Kind: ch.Kind, Src: src, Line: ch.Line, Col: ch.Col}); e != nil {
		return prepared{}, positioned(engine.ErrSyntax, e.Msg, code, e.Pos.Line, e.Pos.Column)
	}
	s.multi = false
	if last && ch.Kind == source.Stmt {
		if src, err = s.keepResults(src); err != nil {
			return prepared{}, compileError(code, err, 0)
		}
	}
	p.src = src
	return p, nil
}

// runStatements runs the statement chunks that need a shape of their own:
// a top-level return, statements that need a function's scope, a := of a
// generic type. done is false for the others, which evalChunk runs; p.src
// is then fitted to the session's top level.
func (s *Session) runStatements(ctx context.Context, code string, ch source.Chunk, p *prepared) (n next, done bool, e *engine.Error) {
	bareReturn, inFunc := s.stmtShape(p.src)
	if bareReturn {
		return endCell, true, nil
	}
	if inFunc {
		returned, err := s.runInFunc(ctx, code, p.src, ch)
		if err != nil {
			return goOn, true, s.evalError(code, err, -1, ch)
		}
		s.record(ch.Src, true)
		if returned {
			return endCell, true, nil
		}
		return goOn, true, nil
	}
	if e := s.globalReturn(code, p.src, ch); e != nil {
		return goOn, true, e
	}
	var err error
	if p.src, err = s.cellStatements(p.src, false); err != nil {
		return goOn, true, compileError(code, err, 0)
	}
	decls, assign, ok := s.splitGenericDefine(p.src)
	if !ok {
		return goOn, false, nil
	}
	if _, err := s.eval(ctx, decls); err != nil {
		return goOn, true, s.evalError(code, err, -1, ch)
	}
	s.record(ch.Src, true)
	if _, err := s.eval(ctx, "\n"+source.Pad(ch.Line, ch.Col)+assign); err != nil {
		return goOn, true, s.evalError(code, err, -1, ch)
	}
	return goOn, true, nil
}

// evalChunk evaluates a prepared chunk, padded so that yaegi's positions
// are the cell's, and records what it declared. A declaration that
// changes one of the session's rebuilds the session instead.
func (s *Session) evalChunk(ctx context.Context, r *cellRun, ch source.Chunk, p prepared, last bool) *engine.Error {
	code, src := r.code, p.src
	var ds []decl
	var added []string // methods that may change earlier rewrites (staledecls.go)
	if ch.Kind == source.Decl {
		ds, _ = parseDecls(src)
		ds = append(ds, checkOnlyDecls(ch.Src, ds)...)
		withPre(ds, p.pre)
		withTyped(ds, p.pre)
		withWrittenVars(ds, ch.Src)
		added = s.newRewriteMethods(ds)
		if changed := s.needsRebuild(ds); len(changed) > 0 {
			if e := s.rebuild(ctx, ds, changed, s.out, code, src, ch.Line, ch.Col); e != nil {
				return e
			}
			s.record(src, false)
			s.commitMono(p.made)
			s.registerTypes(ctx, s.decls) // a fresh interpreter
			s.refreshStale(ctx, ds, added, code, ch)
			return nil
		}
	}
	s.hideLocalFields(ch)
	v, e := s.evalPadded(ctx, code, ch, p)
	if e != nil {
		return e
	}
	s.record(ch.Src, ch.Kind == source.Stmt) // as written: the type checker sees the real Go
	s.remember(ds)
	s.commitMono(p.made)
	if ch.Kind == source.Decl {
		s.registerTypes(ctx, ds)
		s.refreshStale(ctx, ds, added, code, ch)
	}
	if last && ch.Kind == source.Stmt && s.parses.TrailingExpr(src, s.resultless) && !isVoid(v) {
		r.result = v
		if isNilError(v) && s.parses.TrailingCall(src) {
			r.result = reflect.Value{} // display.HTML(...) and the like: nothing to show
		}
		s.rich = s.interpretedDisplay(ctx, src, v)
	}
	return nil
}

// evalPadded gives the interpreter the chunk on the cell's lines (the
// leading newline keeps yaegi's wrapper on a line of its own), and then
// the values of the variables splitVarInits took out of it, at their
// places in the cell.
func (s *Session) evalPadded(ctx context.Context, code string, ch source.Chunk, p prepared) (reflect.Value, *engine.Error) {
	text := p.src
	var inits []varInit
	if ch.Kind == source.Decl {
		if declSrc, vi := s.splitVarInits(p.src); vi != nil {
			text, inits = declSrc, vi
		}
	}
	padded := "\n" + source.Pad(ch.Line, ch.Col) + s.natives.wrap(text, p.compiled)
	if ch.Kind == source.Stmt {
		padded = stmtMode(padded)
	}
	v, err := s.eval(ctx, padded)
	for _, in := range inits {
		if err != nil {
			break
		}
		at := source.Chunk{Kind: source.Stmt, Src: in.src, Line: ch.Line + in.line - 1, Col: in.col}
		if in.line == 1 {
			at.Col += ch.Col - 1
		}
		if _, err := s.eval(ctx, "\n"+source.Pad(at.Line, at.Col)+in.src); err != nil {
			return reflect.Value{}, s.evalError(code, err, -1, at)
		}
	}
	if err != nil {
		e := s.evalError(code, err, -1, ch)
		if e.Name == engine.ErrCompile {
			e = s.goCompileError(e, code, ch, p.src)
		}
		return reflect.Value{}, e
	}
	return v, nil
}
