package interp

import (
	"crypto/sha256"
	"encoding/hex"
	"go/ast"
	"go/types"
	"reflect"
	"sort"
	"strings"

	"github.com/gopad/gopad/interp/native"
	"github.com/gopad/gopad/interp/source"
)

// natives holds the session's functions compiled by package native. A
// compiled function stays declared in yaegi, with its signature, but its
// body becomes a call of the compiled code (a symbol of gopad/builtin),
// so that completion, inspection, redefinition and calls from interpreted
// code see an ordinary function.
type natives struct {
	rt      native.Runtime
	symbols map[string]reflect.Value // Native_HASH: the compiled functions
	byText  map[string]string        // math's names, NUL, a function's source: its symbol, "" when not compilable
	wrapped map[string]string        // a declaration as rewritten: as evaluated
}

// compile compiles the functions of the declaration chunk src (as the cell
// wrote it) that qualify, and returns their names mapped to their symbols.
// New symbols are added to in. opts.Declared reports the names earlier
// cells declared.
func (n *natives) compile(in interface{ Use(Exports) error }, src string, opts native.Options) map[string]string {
	if !strings.Contains(src, "func") {
		return nil
	}
	pf, err := source.Parse(source.Chunk{Kind: source.Decl, Src: src})
	if err != nil {
		return nil
	}
	f, off := pf.AST, pf.Off
	own := source.DeclaredNames(f) // the chunk's names
	declared := opts.Declared
	opts.Declared = func(name string) bool { return own[name] || declared(name) }
	var out map[string]string
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv != nil || fd.Body == nil || fd.Name.Name == "init" || fd.Name.Name == source.MainName {
			continue
		}
		if !repeats(fd) || shadows(fd, opts.Declared) {
			// (shadows is checked before the cache, which does not know
			// the session.)
			continue
		}
		text := src[off(fd.Pos()):off(fd.End())]
		key := strings.Join(opts.Math, ",") + "\x00" + text // the names of math change what text means
		sym, seen := n.byText[key]
		if !seen {
			if v, err := n.rt.Compile(text, opts); err == nil {
				h := sha256.Sum256([]byte(text))
				sym = "Native_" + hex.EncodeToString(h[:8])
				if n.symbols == nil {
					n.symbols = map[string]reflect.Value{}
				}
				n.symbols[sym] = v
			}
			if n.byText == nil {
				n.byText = map[string]string{}
			}
			n.byText[key] = sym
		}
		if sym == "" {
			continue
		}
		if err := in.Use(Exports{"gopad/builtin/builtin": {sym: n.symbols[sym]}}); err != nil {
			continue
		}
		if out == nil {
			out = map[string]string{}
		}
		out[fd.Name.Name] = sym
	}
	return out
}

// nativeOptions describe the session to package native.
func (s *Session) nativeOptions() native.Options {
	opts := native.Options{Declared: func(name string) bool { _, ok := s.names[name]; return ok }}
	for spec := range s.imported {
		if name, p := importName(spec); p == "math" && name != "" {
			opts.Math = append(opts.Math, name)
			opts.Importer = s.typesImporter()
		}
	}
	sort.Strings(opts.Math)
	return opts
}

// repeats reports whether fd has a loop or calls itself: a compiled body
// saves time only when it runs long, since a call from interpreted code
// into compiled code costs about as much as an interpreted call.
func repeats(fd *ast.FuncDecl) bool {
	found := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			found = true
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && id.Name == fd.Name.Name {
				found = true
			}
		}
		return !found
	})
	return found
}

// shadows reports whether fd uses a predeclared name (max, int, true)
// that the session declares again.
func shadows(fd *ast.FuncDecl, declared func(string) bool) bool {
	found := false
	ast.Inspect(fd, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && types.Universe.Lookup(id.Name) != nil && declared(id.Name) {
			found = true
		}
		return !found
	})
	return found
}

// use declares the compiled functions in a fresh interpreter.
func (n *natives) use(in interface{ Use(Exports) error }) error {
	if len(n.symbols) == 0 {
		return nil
	}
	return in.Use(Exports{"gopad/builtin/builtin": n.symbols})
}

// wrap returns the declaration chunk src (as rewritten) with the bodies of
// the functions in syms replaced by calls of their compiled code, on as
// many lines as they had, and remembers each declaration's wrapped form.
func (n *natives) wrap(src string, syms map[string]string) string {
	if len(syms) == 0 {
		return src
	}
	pf, err := source.Parse(source.Chunk{Kind: source.Decl, Src: src})
	if err != nil {
		return src
	}
	f, off := pf.AST, pf.Off
	var b strings.Builder
	last := 0
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv != nil || fd.Body == nil || syms[fd.Name.Name] == "" {
			continue
		}
		var args []string
		for _, p := range fd.Type.Params.List {
			for _, name := range p.Names {
				args = append(args, name.Name)
			}
		}
		call := "gopadBuiltin." + syms[fd.Name.Name] + "(" + strings.Join(args, ", ") + ")"
		if fd.Type.Results != nil {
			call = "return " + call
		}
		start, lbrace, end := off(fd.Pos()), off(fd.Body.Lbrace), off(fd.End())
		body := "{ " + call + strings.Repeat("\n", strings.Count(src[lbrace:end], "\n")) + " }"
		if n.wrapped == nil {
			n.wrapped = map[string]string{}
		}
		n.wrapped[src[start:end]] = src[start:lbrace] + body
		b.WriteString(src[last:lbrace])
		b.WriteString(body)
		last = end
	}
	b.WriteString(src[last:])
	return b.String()
}

// wrappedDecl is declaration src as evaluated.
func (n *natives) wrappedDecl(src string) string {
	if w, ok := n.wrapped[src]; ok {
		return w
	}
	return src
}
