package modules

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// mergedFile is the name of the one file a package is merged into.
const mergedFile = "gopad_merged.go"

// mergedSource returns, when the interpreter would initialize p's package
// variables in the wrong order, p's Go files merged into one source whose
// variables come in Go's initialization order; nil when the files can be
// used as they are (or cannot be merged safely).
//
// yaegi runs variable initializers in source order, files sorted by name,
// without following references through functions: in
// github.com/google/uuid, NameSpaceURL = Must(Parse(...)) (hash.go) runs
// before the table xvalues that Parse reads (util.go) and comes out zero.
// Go orders them by dependency. Dependencies are found by name in the
// syntax tree (an over-approximation: shadowing is ignored, and x.m counts
// as a call of every method m), following function bodies transitively.
// A comment before each declaration names its file and line (yaegi
// crashes on //line directives).
func mergedSource(p *goPackage) []byte {
	pkg, ok := parsePackage(p)
	if !ok {
		return nil
	}
	pkg.collect()
	if !pkg.findDeps() {
		return nil
	}
	imports, ok := pkg.importLines()
	if !ok {
		return nil
	}
	return pkg.write(p, imports, pkg.initOrder())
}

// srcFile is one parsed Go file of a package.
type srcFile struct {
	name    string
	src     []byte
	f       *ast.File
	imports map[string]bool // the names its imports bind
}

// varSpec is one spec of a package-level var declaration.
type varSpec struct {
	file int
	spec *ast.ValueSpec
	deps map[int]bool // other specs its initializer needs
}

// parsedPackage holds a package's files and the dependencies between its
// package-level variables.
type parsedPackage struct {
	fset     *token.FileSet
	files    []srcFile
	specs    []*varSpec          // in declaration order
	varOf    map[string]int      // variable name -> spec
	funcRefs map[string][]string // function name, or "." + method name -> names its bodies use
}

// parsePackage parses p's Go files; false when one cannot be read or
// parsed.
func parsePackage(p *goPackage) (*parsedPackage, bool) {
	if len(p.GoFiles) == 0 {
		return nil, false
	}
	pkg := &parsedPackage{fset: token.NewFileSet(), varOf: map[string]int{}, funcRefs: map[string][]string{}}
	for _, name := range p.GoFiles {
		path := filepath.Join(p.Dir, name)
		src, err := os.ReadFile(path)
		if err != nil {
			return nil, false
		}
		f, err := parser.ParseFile(pkg.fset, path, src, parser.SkipObjectResolution)
		if err != nil {
			return nil, false
		}
		pkg.files = append(pkg.files, srcFile{name: path, src: src, f: f, imports: importNames(f)})
	}
	return pkg, true
}

// importNames returns the names f's imports bind.
func importNames(f *ast.File) map[string]bool {
	names := map[string]bool{}
	for _, imp := range f.Imports {
		path, _ := strconv.Unquote(imp.Path.Value)
		name := pathBase(path)
		if imp.Name != nil {
			name = imp.Name.Name
		}
		names[name] = true
	}
	return names
}

// collect notes the package-level variables (by spec) and what the
// functions' and methods' bodies refer to.
func (pkg *parsedPackage) collect() {
	bodies := map[string][]ast.Node{}
	for i, f := range pkg.files {
		for _, d := range f.f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				key := d.Name.Name
				if d.Recv != nil {
					key = "." + key
				}
				if d.Body != nil {
					bodies[key] = append(bodies[key], d.Body)
				}
			case *ast.GenDecl:
				if d.Tok == token.VAR {
					pkg.addVars(i, d)
				}
			}
		}
	}
	// After all variables are known: refs tells them from imports.
	for key, bs := range bodies {
		for _, b := range bs {
			pkg.funcRefs[key] = append(pkg.funcRefs[key], pkg.refs(b, nil)...)
		}
	}
}

func (pkg *parsedPackage) addVars(file int, d *ast.GenDecl) {
	for _, sp := range d.Specs {
		vs := sp.(*ast.ValueSpec)
		for _, n := range vs.Names {
			if n.Name != "_" {
				pkg.varOf[n.Name] = len(pkg.specs)
			}
		}
		pkg.specs = append(pkg.specs, &varSpec{file: file, spec: vs})
	}
}

// refs lists the package-level names n refers to: variables by name,
// functions by name, methods as "." + name. Selectors on the names in
// fileImports (a file's imports) are left out.
func (pkg *parsedPackage) refs(n ast.Node, fileImports map[string]bool) []string {
	var out []string
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if x, ok := n.X.(*ast.Ident); ok && fileImports[x.Name] {
				if _, isVar := pkg.varOf[x.Name]; !isVar {
					return false // pkg.Name of an imported package
				}
			}
			out = append(out, "."+n.Sel.Name)
		case *ast.Ident:
			out = append(out, n.Name)
		}
		return true
	})
	return out
}

// reach returns the variables that the names in start reach, following
// function bodies transitively.
func (pkg *parsedPackage) reach(start []string) map[int]bool {
	deps := map[int]bool{}
	seen := map[string]bool{}
	work := append([]string(nil), start...)
	for len(work) > 0 {
		n := work[len(work)-1]
		work = work[:len(work)-1]
		if seen[n] {
			continue
		}
		seen[n] = true
		if v, ok := pkg.varOf[n]; ok && !strings.HasPrefix(n, ".") {
			deps[v] = true
		}
		work = append(work, pkg.funcRefs[n]...)
	}
	return deps
}

// findDeps fills each variable's dependencies and reports whether one
// depends on a variable declared after it: only then does source order
// differ from Go's.
func (pkg *parsedPackage) findDeps() bool {
	reordered := false
	for i, sp := range pkg.specs {
		if len(sp.spec.Values) == 0 {
			continue
		}
		var start []string
		for _, v := range sp.spec.Values {
			start = append(start, pkg.refs(v, pkg.files[sp.file].imports)...)
		}
		sp.deps = pkg.reach(start)
		delete(sp.deps, i)
		for d := range sp.deps {
			reordered = reordered || d > i
		}
	}
	return reordered
}

// initOrder returns the variables in Go's order: repeatedly the earliest
// variable whose dependencies are initialized (the earliest of all on a
// cycle, which the over-approximation can make up).
func (pkg *parsedPackage) initOrder() []*varSpec {
	done := make([]bool, len(pkg.specs))
	var order []*varSpec
	for len(order) < len(pkg.specs) {
		pick := -1
		for i, sp := range pkg.specs {
			if done[i] {
				continue
			}
			if pick < 0 {
				pick = i // first undone, if nothing is ready
			}
			if ready(sp.deps, done) {
				pick = i
				break
			}
		}
		done[pick] = true
		order = append(order, pkg.specs[pick])
	}
	return order
}

func ready(deps map[int]bool, done []bool) bool {
	for d := range deps {
		if !done[d] {
			return false
		}
	}
	return true
}

// importLines returns the import specs of all files, once each; false when
// two files bind one name to different packages or one uses a dot import.
func (pkg *parsedPackage) importLines() ([]string, bool) {
	byName := map[string]string{}
	var lines []string
	for _, f := range pkg.files {
		for _, imp := range f.f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			name := pathBase(path)
			line := strconv.Quote(path)
			if imp.Name != nil {
				name = imp.Name.Name
				line = name + " " + line
			}
			switch old, seen := byName[name]; {
			case name == ".":
				return nil, false
			case name == "_":
				lines = append(lines, line)
			case seen && old != path:
				return nil, false
			case !seen:
				byName[name] = path
				lines = append(lines, line)
			}
		}
	}
	return lines, true
}

// write returns the merged file: the imports, every declaration but
// imports and variables in source order, then the variables in order.
func (pkg *parsedPackage) write(p *goPackage, imports []string, order []*varSpec) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by gopad from %s for yaegi: variables in Go's initialization order. DO NOT EDIT.\n\npackage %s\n\n", p.ImportPath, p.Name)
	if len(imports) > 0 {
		fmt.Fprintf(&b, "import (\n\t%s\n)\n", strings.Join(imports, "\n\t"))
	}
	for i, f := range pkg.files {
		for _, d := range f.f.Decls {
			if g, ok := d.(*ast.GenDecl); ok && (g.Tok == token.IMPORT || g.Tok == token.VAR) {
				continue
			}
			pkg.writeNode(&b, i, "", d.Pos(), d.End())
		}
	}
	for _, sp := range order {
		pkg.writeNode(&b, sp.file, "var ", sp.spec.Pos(), sp.spec.End())
	}
	return b.Bytes()
}

// writeNode writes the source of file fi from from to to, after a comment
// that names its file and line, and prefix.
func (pkg *parsedPackage) writeNode(b *bytes.Buffer, fi int, prefix string, from, to token.Pos) {
	f := pkg.files[fi]
	tf := pkg.fset.File(from)
	fmt.Fprintf(b, "\n// %s:%d\n%s", f.name, pkg.fset.Position(from).Line, prefix)
	b.Write(f.src[tf.Offset(from):tf.Offset(to)])
	b.WriteString("\n")
}

// pathBase guesses the package name of an import path: its last element,
// without a major-version suffix or a gopkg.in-style ".vN".
func pathBase(path string) string {
	parts := strings.Split(path, "/")
	last := parts[len(parts)-1]
	if len(parts) > 1 && len(last) > 1 && last[0] == 'v' && strings.Trim(last[1:], "0123456789") == "" {
		last = parts[len(parts)-2]
	}
	if i := strings.Index(last, ".v"); i > 0 {
		last = last[:i]
	}
	return strings.ReplaceAll(last, "-", "_")
}
