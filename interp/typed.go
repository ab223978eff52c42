package interp

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"path"
	"reflect"
	"slices"
	"sort"
	"strings"

	"github.com/gopad/gopad/interp/rewrite"
	"github.com/gopad/gopad/interp/source"
	"github.com/gopad/gopad/interp/typeinfo"
)

// typedRewrite applies only the passes that need types (package rewrite's
// typed phase) to a chunk, for what is rewritten apart from a cell's
// chunks (see mono.go). An error is a bug of gopad's: two passes changed
// the same bytes.
func (s *Session) typedRewrite(src string, stmt bool) (string, error) {
	return s.rewriteEnv(false, false).Run(chunkOf(src, stmt), rewrite.Typed)
}

// checker type-checks a chunk for the typed phase, in the session's
// context.
func (s *Session) checker() func(source.Chunk) *rewrite.Types {
	return func(c source.Chunk) *rewrite.Types {
		env := s.typeEnv(c.Src, c.Kind == source.Stmt)
		copies := s.mono.copies()
		env.Copies = goNames(copies)
		env.Spelled = spelledNames(copies)
		env.Written = maps.Clone(s.written)
		env.StackGlobals = s.cellStack
		env.CellUses = s.cellUses
		env.ValueTypes = s.valueTypes
		return rewrite.Check(c, env)
	}
}

// noteWrites adds the names chunk ch may write to the session's record
// (rewrite.WrittenNames), before it runs.
func (s *Session) noteWrites(ch source.Chunk) {
	f, err := s.parses.Parse(ch)
	if err != nil {
		return
	}
	for _, name := range rewrite.WrittenNames(f.AST) {
		s.written[name] = true
	}
	s.forgetValueTypes(ch, f.AST)
}

// goNames maps the names of the copies of generic types to their Go names.
func goNames(copies map[string]monoCopy) map[string]string {
	out := make(map[string]string, len(copies))
	for name, c := range copies {
		out[name] = c.goName
	}
	return out
}

// spelledNames maps the names of the copies of generic types to the
// instances they stand for, as a cell spells them.
func spelledNames(copies map[string]monoCopy) map[string]string {
	out := make(map[string]string, len(copies))
	for name, c := range copies {
		out[name] = c.spelled
	}
	return out
}

// typesImporter gives go/types the packages cells can import.
func (s *Session) typesImporter() *typeinfo.Importer {
	if s.importer == nil {
		s.importer = typeinfo.NewImporter(s.lookupTable)
	}
	return s.importer
}

// typeEnv is the session as go/types sees it when it checks src.
func (s *Session) typeEnv(src string, stmt bool) rewrite.CheckEnv {
	imports, names := s.importBlock()
	return rewrite.CheckEnv{Imports: imports, Names: names, Decls: s.typeContext(src, stmt), Importer: s.typesImporter(),
		DeclaresTypes: s.declaresTypes(), Spelled: spelledCopies(s.mono.copies()), Parsed: &s.declParse}
}

// spelledCopies maps the names of the copies of generic types to the
// instances they stand for, as written (List[int]).
func spelledCopies(copies map[string]monoCopy) map[string]string {
	out := make(map[string]string, len(copies))
	for name, c := range copies {
		out[name] = c.spelled
	}
	return out
}

// typedChunk is a chunk checked by go/types in the session's context, for
// the rewrites and lookups outside package rewrite.
type typedChunk struct {
	fset  *token.FileSet
	file  *ast.File
	info  *types.Info
	pkg   *types.Package
	types *rewrite.Types
}

func (tc *typedChunk) off(p token.Pos) int { return tc.types.Off(p) }

// typeText writes t as the chunk can name it.
func (tc *typedChunk) typeText(t types.Type) (string, bool) { return tc.types.TypeText(t) }

// typeCheck checks src in the session's context; nil if it does not parse.
func (s *Session) typeCheck(src string, stmt bool) *typedChunk {
	kind := source.Decl
	if stmt {
		kind = source.Stmt
	}
	t := rewrite.Check(source.Chunk{Kind: kind, Src: src, Line: 1, Col: 1}, s.typeEnv(src, stmt))
	if t == nil {
		return nil
	}
	return &typedChunk{fset: t.Fset, file: t.File, info: t.Info, pkg: t.Pkg, types: t}
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
	return s.typeContextOf(src, stmt, checkedSource)
}

// checkedSource is the source of d the type checker sees.
func checkedSource(d decl) string {
	if d.typed != "" {
		return d.typed
	}
	return d.src
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
			if again[k] || seen[k] || strings.HasSuffix(k, "."+rewrite.SelfMethod) {
				return // (gopad's own method: the program does not see it)
			}
		}
		for _, k := range d.keys {
			seen[k] = true
		}
		b.WriteString(text(d))
		b.WriteString("\n")
	}
	// A statement's variable is newer than a declaration of its name
	// (remember drops the variable when a later cell declares the name):
	// totalArea := 0 after func totalArea(...) is the variable to the
	// cells that follow, as in main's body, where it shadows the function.
	shadowed := map[string]bool{}
	for _, d := range s.stmtVars {
		for _, k := range d.keys {
			shadowed[topName(k)] = true
		}
	}
	for _, d := range s.decls {
		if !declaresAny(d, shadowed) {
			add(d)
		}
	}
	for _, d := range s.stmtVars {
		add(d)
	}
	return b.String()
}

// topName is the package-level name a declaration key declares ("" for a
// method's key).
func topName(k string) string {
	for _, p := range []string{"func:", "type:", "var:", "const:"} {
		if name, ok := strings.CutPrefix(k, p); ok {
			return name
		}
	}
	return ""
}

// declaresAny reports whether d declares a package-level name of names.
func declaresAny(d decl, names map[string]bool) bool {
	for _, k := range d.keys {
		if n := topName(k); n != "" && names[n] {
			return true
		}
	}
	return false
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
		if rest, ok := withoutVars(old, keys); ok {
			kept = append(kept, rest)
		}
	}
	s.stmtVars = append(kept, d)
}

// withoutVars returns old, a declaration recordStmtVars made, with the
// variables of keys made blank: a, err := f() followed by c, err := g(a)
// keeps a, declared by var a, _ = f(). It reports false when no variable
// is left.
func withoutVars(old decl, keys []string) (decl, bool) {
	gone := map[string]bool{}
	var left []string
	for _, k := range old.keys {
		if slices.Contains(keys, k) {
			gone[strings.TrimPrefix(k, "var:")] = true
		} else {
			left = append(left, k)
		}
	}
	if len(gone) == 0 {
		return old, true
	}
	if len(left) == 0 {
		return decl{}, false
	}
	lhs, rhs, _ := strings.Cut(strings.TrimPrefix(old.src, "var "), " = ")
	names := strings.Split(lhs, ", ")
	for i, n := range names {
		if gone[n] {
			names[i] = "_"
		}
	}
	return decl{keys: left, src: "var " + strings.Join(names, ", ") + " = " + rhs}, true
}
