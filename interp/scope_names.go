package interp

import (
	"context"
	"go/ast"
	"go/parser"
	"go/token"
	"path"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/complete"
	"github.com/gopad/gopad/interp/source"
)

// The names the session's cells declared and imported, and how the
// session looks names up among them and among the interpreter's packages.

// builtins holds Go's predeclared identifiers, each with its kind.
var builtins = complete.Builtins()

// declared is what the session knows about a name a cell declared.
type declared struct {
	kind string // function, variable, type, constant
	sig  string // its declaration, for inspection
}

// remember records ds as the latest declarations of their names.
func (s *Session) remember(ds []decl) {
	for _, d := range ds {
		kept := s.decls[:0]
		for _, old := range s.decls {
			overlap := false
			for _, k := range d.keys {
				if hasKey(old, k) {
					overlap = true
				}
			}
			if !overlap {
				kept = append(kept, old)
			}
		}
		s.decls = append(kept, d)
		s.dropStmtVars(d)
	}
}

// dropStmtVars forgets, for the type checker, the variables statements
// declared under a package-level name d declares again: the declaration
// is the newer one.
func (s *Session) dropStmtVars(d decl) {
	names := map[string]bool{}
	var keys []string
	for _, k := range d.keys {
		if n := topName(k); n != "" {
			names[n] = true
			keys = append(keys, "var:"+n)
		}
	}
	if len(names) == 0 {
		return
	}
	kept := s.stmtVars[:0]
	for _, old := range s.stmtVars {
		if !declaresAny(old, names) {
			kept = append(kept, old)
		} else if rest, ok := withoutVars(old, keys); ok {
			kept = append(kept, rest)
		}
	}
	s.stmtVars = kept
}

// record notes the top-level names that src (a chunk that evaluated
// successfully) declares.
func (s *Session) record(src string, stmt bool) {
	if s.names == nil {
		s.names = map[string]declared{}
	}
	if stmt {
		pf, err := s.parses.Stmts(src)
		if err != nil {
			return
		}
		text, fset := pf.Text, pf.Fset
		for _, st := range pf.Body() {
			switch st := st.(type) {
			case *ast.AssignStmt:
				if st.Tok == token.DEFINE {
					s.recordStmtVars(st, text, fset)
					for i, l := range st.Lhs {
						if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
							s.names[id.Name] = declared{kind: "variable", sig: "var " + id.Name}
							delete(s.varTypes, id.Name)
							if len(st.Lhs) == len(st.Rhs) {
								if t, ok := exprType(st.Rhs[i]); ok {
									s.varTypes[id.Name] = t
								}
							}
						}
					}
				}
			case *ast.DeclStmt:
				s.recordGen(st.Decl.(*ast.GenDecl), text, fset)
			}
		}
		return
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", "package p\n"+src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return
	}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv != nil {
				continue
			}
			sig := nodeText(fset, "package p\n"+src, d.Pos(), d.Type.End())
			if d.Doc != nil {
				sig = strings.TrimSpace(d.Doc.Text()) + "\n" + sig
			}
			s.names[d.Name.Name] = declared{kind: "function", sig: sig}
			s.declCell[d.Name.Name] = s.cellNumber
		case *ast.GenDecl:
			s.recordGen(d, "package p\n"+src, fset)
		}
	}
}

// recordGen notes the names of d, whose positions in fset are offsets in
// text.
func (s *Session) recordGen(d *ast.GenDecl, text string, fset *token.FileSet) {
	for k, v := range specTypes(d) {
		s.varTypes[k] = v
	}
	for _, sp := range d.Specs {
		switch sp := sp.(type) {
		case *ast.TypeSpec:
			s.names[sp.Name.Name] = declared{kind: "type", sig: "type " + nodeText(fset, text, sp.Pos(), sp.End())}
		case *ast.ValueSpec:
			kind := "variable"
			if d.Tok == token.CONST {
				kind = "constant"
			}
			for _, n := range sp.Names {
				if n.Name != "_" {
					s.names[n.Name] = declared{kind: kind, sig: d.Tok.String() + " " + nodeText(fset, text, sp.Pos(), sp.End())}
				}
			}
		}
	}
}

func nodeText(fset *token.FileSet, src string, from, to token.Pos) string {
	a, b := fset.Position(from).Offset, fset.Position(to).Offset
	if a < 0 || b > len(src) || a > b {
		return ""
	}
	return src[a:b]
}

// stdPackages maps a package name to its import paths, from the symbol
// tables the interpreter was given.
func (s *Session) packages() map[string][]string {
	if s.pkgs != nil {
		return s.pkgs
	}
	s.pkgs = map[string][]string{}
	for _, tables := range s.tables() {
		for key := range tables {
			p := path.Dir(key)
			name := path.Base(key)
			s.pkgs[name] = append(s.pkgs[name], p)
		}
	}
	for _, ps := range s.pkgs {
		sort.Strings(ps)
	}
	return s.pkgs
}

// members returns the exported names of the package with import path p.
func (s *Session) members(p string) map[string]reflect.Value {
	_, syms, _ := s.lookupTable(p)
	return syms
}

// importSpec splits an import spec as written ("fmt", or str "strings")
// into its alias, if it has one, and its path.
func importSpec(spec string) (alias, p string, explicit bool) {
	first, quoted, found := strings.Cut(spec, " ")
	if found {
		return first, strings.Trim(quoted, `"`), true
	}
	return "", strings.Trim(first, `"`), false
}

// importedPath returns the import path that name refers to in the session.
func (s *Session) importedPath(name string) string {
	for spec := range s.imported {
		if alias, p, explicit := importSpec(spec); alias == name || !explicit && path.Base(p) == name {
			return p
		}
	}
	if ps := s.packages()[name]; len(ps) == 1 {
		return ps[0]
	}
	return ""
}

// undefinedIn returns a name that src uses but nobody declared: not the
// cell, not an earlier cell, not a package, not a builtin.
func (s *Session) undefinedIn(src string) string {
	pf, err := s.parses.Stmts(src)
	if err != nil {
		return ""
	}
	f := pf.AST
	local := source.ChunkNames(f)
	globals := s.globals()
	var found string
	ast.Inspect(f.Decls[0].(*ast.FuncDecl).Body, func(n ast.Node) bool {
		if found != "" {
			return false
		}
		switch n := n.(type) {
		case *ast.SelectorExpr:
			ast.Inspect(n.X, func(m ast.Node) bool { return true })
			if id, ok := n.X.(*ast.Ident); ok {
				if s.importedPath(id.Name) == "" && !s.known(id.Name, local, globals) {
					found = id.Name
				}
				return false
			}
		case *ast.KeyValueExpr:
			ast.Inspect(n.Value, func(ast.Node) bool { return true })
		case *ast.Ident:
			if n.Name != "_" && !s.known(n.Name, local, globals) {
				found = n.Name
			}
		}
		return true
	})
	return found
}

func (s *Session) known(name string, local map[string]bool, globals map[string]reflect.Value) bool {
	if local[name] || builtins[name] != "" {
		return true
	}
	if _, ok := s.names[name]; ok {
		return true
	}
	if _, ok := globals[name]; ok {
		return true
	}
	return s.importedPath(name) != ""
}

// autoImport imports the standard-library packages that src uses by name
// without importing them, when the name is unambiguous (fmt, strings, time,
// but not rand or template).
func (s *Session) autoImport(ctx context.Context, src string, stmt bool) error {
	// First the chunk's shared parse, which does not resolve names: the
	// packages it may miss. Most chunks miss none. Only then the parse
	// that resolves the chunk's own names (a local strings is no package).
	kind := source.Decl
	if stmt {
		kind = source.Stmt
	}
	pf, err := s.parses.Parse(source.Chunk{Kind: kind, Src: src})
	if err != nil || len(s.missingPackages(pf.AST)) == 0 {
		return nil // yaegi reports syntax errors with the right position
	}
	f, err := parser.ParseFile(token.NewFileSet(), "", pf.Text, 0)
	if err != nil {
		return nil
	}
	missing := s.missingPackages(f)
	if len(missing) == 0 {
		return nil
	}
	// Not interruptible: an import cut short leaves yaegi with the package
	// half declared ("fmt/_.go redeclared" at the next try). It is quick.
	if _, err := s.eval(context.WithoutCancel(ctx), "import (\n"+strings.Join(missing, "\n")+"\n)"); err != nil {
		return err
	}
	for _, m := range missing {
		s.imported[m] = true
	}
	return nil
}

// missingPackages returns the standard-library packages (quoted import
// paths) that f uses by name without importing them: names before a dot
// that are no import, no declaration of the session or of f (when f's
// names are resolved) and name one package only.
func (s *Session) missingPackages(f *ast.File) []string {
	var missing []string
	seen := map[string]bool{}
	var globals map[string]reflect.Value
	ast.Inspect(f, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		id, ok := sel.X.(*ast.Ident)
		if !ok || seen[id.Name] || id.Obj != nil {
			return true
		}
		seen[id.Name] = true
		if s.isImported(id.Name) {
			return true
		}
		if _, ok := s.names[id.Name]; ok {
			return true
		}
		ps := s.packages()[id.Name]
		if len(ps) != 1 {
			return true
		}
		if globals == nil {
			globals = s.globals()
		}
		if _, ok := globals[id.Name]; !ok {
			missing = append(missing, strconv.Quote(ps[0]))
		}
		return true
	})
	return missing
}

// isImported reports whether name is a package the session imported.
func (s *Session) isImported(name string) bool {
	for spec := range s.imported {
		alias, quoted, found := strings.Cut(spec, " ")
		if found {
			if alias == name {
				return true
			}
			continue
		}
		if p, err := strconv.Unquote(quoted); err == nil && path.Base(p) == name {
			return true
		} else if p, err := strconv.Unquote(alias); err == nil && path.Base(p) == name {
			return true
		}
	}
	return false
}
