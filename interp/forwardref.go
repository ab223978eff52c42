package interp

import (
	"context"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"strings"

	"github.com/gopad/gopad/interp/source"
	"github.com/gopad/gopad/kernel/engine"
)

// In a Go program a function may call one declared further down the file;
// a notebook split at its declarations gives that function a cell before
// the one it calls. The session keeps such a declaration (one that fails
// only because names are undefined) waiting, and declares it again after
// each later declaration cell, until the names it needs exist. Until then
// a cell that uses it is told it is undefined.

// waitingDecl is a function declaration that waits for names.
type waitingDecl struct {
	src     string   // the chunk as written
	names   []string // the functions it declares
	missing string   // the first name it lacks
}

// waitForNames reports whether the failed declaration chunk src (error
// message msg) only lacks functions it calls, and then keeps it to declare
// later.
func (s *Session) waitForNames(src, msg string) bool {
	msg = strings.TrimPrefix(msg, posPrefix.FindString(msg))
	name, ok := strings.CutPrefix(msg, "undefined: ")
	if !ok || strings.ContainsAny(name, " .\n") || len(declaredFuncs(src)) == 0 {
		return false
	}
	called := calledNames(src)
	for _, e := range s.chunkTypeErrors(source.Chunk{Kind: source.Decl, Src: src, Line: 1, Col: 1}) {
		missing, ok := strings.CutPrefix(e.Msg, "undefined: ")
		if !ok || !called[missing] {
			return false // wrong in itself, not only early
		}
	}
	s.waiting = append(s.waiting, waitingDecl{src: src, names: declaredFuncs(src), missing: name})
	return true
}

// declaredFuncs lists the functions src declares, nil when src declares
// anything else too.
func declaredFuncs(src string) []string {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+src, parser.SkipObjectResolution)
	if err != nil {
		return nil
	}
	var names []string
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv != nil {
			return nil
		}
		names = append(names, fd.Name.Name)
	}
	return names
}

// declareWaiting declares the waiting declarations that can be now, after
// the declaration chunk src ran. A later declaration of a waiting
// function replaces the waiting one.
func (s *Session) declareWaiting(ctx context.Context, src string) {
	if len(s.waiting) == 0 || s.retrying {
		return
	}
	declared := map[string]bool{}
	for _, n := range declaredFuncs(src) {
		declared[n] = true
	}
	s.retrying = true
	defer func() { s.retrying = false }()
	for progress := true; progress; {
		progress = false
		var still []waitingDecl
		for _, w := range s.waiting {
			if replaced(w.names, declared) {
				continue
			}
			// Only once go/types accepts it: yaegi would bind a call of a
			// name still missing to a placeholder for good.
			if len(s.chunkTypeErrors(source.Chunk{Kind: source.Decl, Src: w.src, Line: 1, Col: 1})) > 0 {
				still = append(still, w)
				continue
			}
			if _, e := s.run(ctx, w.src); e != nil {
				still = append(still, w)
				continue
			}
			progress = true
		}
		s.waiting = still
	}
}

// explainWaiting adds, to an "undefined" error about a waiting function,
// what it waits for.
func (s *Session) explainWaiting(e *engine.Error) *engine.Error {
	for _, w := range s.waiting {
		for _, n := range w.names {
			suffix := "undefined: " + n
			if !strings.HasSuffix(e.Value, suffix) {
				continue
			}
			note := " (its declaration waits for " + w.missing + ", which no cell has declared yet)"
			e.Value += note
			if len(e.Traceback) > 0 {
				e.Traceback[0] += note
			}
			return e
		}
	}
	return e
}

// usesWaiting returns go/types' error for a chunk that uses a waiting
// function (yaegi keeps a half-declared one callable), or nil.
func (s *Session) usesWaiting(code string, ch source.Chunk) *engine.Error {
	if len(s.waiting) == 0 || ch.Kind != source.Stmt {
		return nil
	}
	idents := identsOf(ch.Src)
	for _, w := range s.waiting {
		for _, n := range w.names {
			if idents[n] {
				if e := s.goTypesError(code, ch); e != nil {
					return s.explainWaiting(e)
				}
				return nil
			}
		}
	}
	return nil
}

// calledNames returns the plain names src calls: f in f(x).
func calledNames(src string) map[string]bool {
	out := map[string]bool{}
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+src, parser.SkipObjectResolution)
	if err != nil {
		return out
	}
	ast.Inspect(f, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			if id, ok := c.Fun.(*ast.Ident); ok {
				out[id.Name] = true
			}
		}
		return true
	})
	return out
}

// identsOf returns the identifiers in src.
func identsOf(src string) map[string]bool {
	out := map[string]bool{}
	var sc scanner.Scanner
	fset := token.NewFileSet()
	sc.Init(fset.AddFile("", -1, len(src)), []byte(src), nil, 0)
	for {
		_, tok, lit := sc.Scan()
		if tok == token.EOF {
			return out
		}
		if tok == token.IDENT {
			out[lit] = true
		}
	}
}

func replaced(names []string, declared map[string]bool) bool {
	for _, n := range names {
		if declared[n] {
			return true
		}
	}
	return false
}
