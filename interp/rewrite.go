package interp

import (
	"context"
	"go/ast"
	"go/token"
	"reflect"

	"github.com/gopad/gopad/interp/display"
	"github.com/gopad/gopad/interp/gopadrt"
	"github.com/gopad/gopad/interp/rewrite"
	"github.com/gopad/gopad/interp/source"
)

// Before yaegi sees a chunk, it goes through the phases of package
// rewrite (newer Go into older Go, the constructs yaegi gets wrong
// reshaped); what the rewritten code calls at run time is package gopadrt.

// rewrite returns src with newer constructs replaced and the constructs
// yaegi gets wrong reshaped, by the phases of rewrite.Pipeline. An error is
// a bug of gopad's: two passes changed the same bytes.
func (s *Session) rewrite(src string, stmt bool) (string, error) {
	return s.rewriteEnv(false, false).Run(chunkOf(src, stmt), rewrite.Pipeline...)
}

// rewriteEnv is what the passes know of the session and of a chunk's
// place in its cell.
func (s *Session) rewriteEnv(last, inFunc bool) rewrite.Env {
	return rewrite.Env{Scope: &scopeView{s: s}, Check: s.checker(), Parses: &s.parses, LastChunk: last, InFunc: inFunc}
}

// moveLocalTypes moves the local types of declaration chunk src that are
// type arguments to the package level (rewrite.LocalTypes), before the
// generic copies (mono.go) are made, which cannot name them.
func (s *Session) moveLocalTypes(src string) (string, error) {
	return s.rewriteEnv(false, false).Run(chunkOf(src, false), rewrite.LocalTypes)
}

// keepResults rewrites the cell's last chunk src so that a trailing call
// of several results shows them all (s.multi tells whether it did).
func (s *Session) keepResults(src string) (string, error) {
	out, err := s.rewriteEnv(true, false).Run(source.Chunk{Kind: source.Stmt, Src: src}, rewrite.Result)
	s.multi = err == nil && out != src
	return out, err
}

// chunkOf is src as a statement chunk (stmt) or a declaration chunk.
func chunkOf(src string, stmt bool) source.Chunk {
	if stmt {
		return source.Chunk{Kind: source.Stmt, Src: src}
	}
	return source.Chunk{Kind: source.Decl, Src: src}
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
	if _, err := s.in.EvalWithContext(context.Background(), gopadrt.Prelude); err != nil {
		return err
	}
	if _, err := s.in.EvalWithContext(context.Background(), rewrite.StdGenericSource); err != nil {
		return err
	}
	if _, err := s.in.EvalWithContext(context.Background(), goPanicPrelude); err != nil {
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
	f, err := s.parses.Stmts(src)
	if err != nil {
		return nil
	}
	x := ast.Unparen(f.Last().(*ast.ExprStmt).X)
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
		if _, err := s.eval(ctx, "gopadLast := "+f.Code(e)); err != nil {
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
