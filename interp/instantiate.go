package interp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"path"
	"reflect"
	"sort"
	"strings"

	"github.com/gopad/gopad/interp/typeinfo"
)

// instantiate writes out the type arguments of calls to generic functions
// declared in cells, which yaegi cannot infer through function-typed
// arguments, untyped constants or variadic parameters:
//
//	Map(nums, strconv.Itoa)   → Map[int, string](nums, strconv.Itoa)
//
// The type arguments come from go/types, run over the session's imports,
// its declarations, its top-level variables and the chunk, with compiled
// packages seen through their symbol tables. A call whose type arguments
// cannot all be written in the cell is left alone. Insertions stay on
// their line, so line numbers in messages are unchanged.
func (s *Session) instantiate(src string, stmt bool) string {
	generic := s.genericFuncs(src, stmt)
	if !mentionsCall(src, generic, stmt) {
		return src
	}
	imports, names := s.importBlock()
	prefix := "package p\n" + imports
	text := prefix + src
	if stmt {
		prefix += "func _() {\n"
		text = prefix + src + "\n}"
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "chunk", text, 0)
	if err != nil {
		return src
	}
	files := []*ast.File{f}
	if ctx := s.typeContext(src, stmt); ctx != "" {
		if cf, err := parser.ParseFile(fset, "session", "package p\n"+imports+ctx, 0); err == nil {
			files = append(files, cf)
		}
	}
	if s.importer == nil {
		s.importer = typeinfo.NewImporter(s.lookupTable)
	}
	conf := types.Config{Importer: s.importer, Error: func(error) {}}
	info := &types.Info{Instances: map[*ast.Ident]types.Instance{}, Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}}
	pkg, _ := conf.Check("p", fset, files, info)
	if pkg == nil {
		return src
	}
	var edits []edit
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		id, ok := call.Fun.(*ast.Ident)
		if !ok || !generic[id.Name] {
			return true
		}
		fn, ok := info.Uses[id].(*types.Func)
		if !ok || fn.Parent() != pkg.Scope() {
			return true // shadowed by a local name
		}
		inst, ok := info.Instances[id]
		if !ok || inst.TypeArgs == nil {
			return true
		}
		args := make([]string, inst.TypeArgs.Len())
		for i := range args {
			a, ok := typeText(inst.TypeArgs.At(i), pkg, names)
			if !ok {
				return true
			}
			args[i] = a
		}
		at := fset.Position(id.End()).Offset - len(prefix)
		edits = append(edits, edit{at, at, "[" + strings.Join(args, ", ") + "]"})
		return true
	})
	if len(edits) == 0 {
		return src
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].from > edits[j].from })
	for _, e := range edits {
		src = src[:e.from] + e.text + src[e.to:]
	}
	return src
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
func mentionsCall(src string, names map[string]bool, stmt bool) bool {
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
		alias, quoted, found := strings.Cut(spec, " ")
		p := strings.Trim(alias, `"`)
		if found {
			p = strings.Trim(quoted, `"`)
		} else {
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

// lookupTable finds the compiled symbol table of an import path.
func (s *Session) lookupTable(p string) (string, map[string]reflect.Value, bool) {
	for _, tables := range s.tables() {
		for key, syms := range tables {
			if path.Dir(key) == p {
				return path.Base(key), syms, true
			}
		}
	}
	return "", nil, false
}

// typeContext returns what earlier chunks declared, as Go declarations:
// the latest top-level declarations (less those src declares again) and
// the top-level variables of statement chunks.
func (s *Session) typeContext(src string, stmt bool) string {
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
		b.WriteString(d.src)
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
