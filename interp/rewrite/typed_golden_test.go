package rewrite

import (
	"container/heap"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/gopad/gopad/interp/source"
)

// TestTypedGolden runs each pass of the typed phase over the cases of its
// golden file, testdata/<pass>.txtar. A case is a group of sections
// named <case>.<part>: session (optional: the imports and declarations of
// earlier cells), stmt or decl (the chunk, a statement or a declaration
// chunk) and want (the chunk the pass makes of it). A chunk the pass
// changes must be one its Wants asks a type check for.
func TestTypedGolden(t *testing.T) {
	imp := importer.ForCompiler(token.NewFileSet(), "source", nil)
	var passes []Pass
	for _, ph := range []Phase{LocalTypes, Predeclared, UnsafeSizes, StaticAsserts, SelectOrder, SelectCases, NearMisses, TupleVars, EvalOrder, Typed} {
		passes = append(passes, ph.Passes...)
	}
	for _, p := range passes {
		t.Run(p.Name, func(t *testing.T) {
			file := filepath.Join("testdata", p.Name+".txtar")
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			sections := readTxtar(string(data))
			cases := goldenCases(t, sections)
			if len(cases) < 2 {
				t.Errorf("%s: %d cases, want at least 2", file, len(cases))
			}
			for _, c := range cases {
				got := runTypedPass(t, p, c, imp)
				if *update {
					sections[c.name+".want"] = got
					continue
				}
				if got != c.want {
					t.Errorf("%s: %s:\n%s\nbecame\n%s\nwant\n%s", file, c.name, c.src, got, c.want)
				}
			}
			if *update {
				if err := os.WriteFile(file, []byte(writeTxtar(string(data), sections)), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// A goldenCase is one input chunk of a golden file.
type goldenCase struct {
	name, session, src, want string
	kind                     source.Kind
}

func goldenCases(t *testing.T, sections map[string]string) []goldenCase {
	var out []goldenCase
	for key, body := range sections {
		name, part, _ := strings.Cut(key, ".")
		if part != "stmt" && part != "decl" {
			continue
		}
		c := goldenCase{name: name, session: sections[name+".session"], src: strings.TrimSuffix(body, "\n"), kind: source.Stmt}
		if part == "decl" {
			c.kind = source.Decl
		}
		want, ok := sections[name+".want"]
		if !ok && !*update {
			t.Errorf("case %s has no want section", name)
		}
		c.want = strings.TrimSuffix(want, "\n")
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

// runTypedPass checks c's chunk in its session and applies p's edits.
func runTypedPass(t *testing.T, p Pass, c goldenCase, imp types.Importer) string {
	t.Helper()
	scope, env := testSession(t, c.session, imp)
	chunk := source.Chunk{Kind: c.kind, Src: c.src, Line: 1, Col: 1}
	f, err := source.Parse(chunk)
	if err != nil {
		t.Fatalf("%s: %v", c.name, err)
	}
	u := &Unit{File: f, Scope: scope, Types: Check(chunk, env)}
	if u.Types == nil {
		t.Fatalf("%s: the chunk does not check", c.name)
	}
	out, err := source.Apply(c.src, p.Run(u))
	if err != nil {
		t.Fatalf("%s: %v", c.name, err)
	}
	if out != c.src && p.Name != stringPrintPass.Name && !p.Wants(u) {
		t.Errorf("%s: %s changes the chunk, but its Wants asks for no type check", c.name, p.Name)
	}
	return out
}

// testScope is a session made of a golden case's session section.
type testScope struct {
	imports  map[string]string // name -> path
	declared map[string]string // name -> "func", "var", "type", "generic"
	variadic map[string]bool   // functions with a final ...T parameter
	aliases  bool              // a type alias is among the types
}

func (s *testScope) Declared(name string) bool { _, ok := s.declared[name]; return ok }
func (s *testScope) ImportPath(name string) (string, bool) {
	p, ok := s.imports[name]
	return p, ok
}
func (s *testScope) GenericFunc(name string) bool { return s.declared[name] == "generic" }
func (s *testScope) Variable(name string) bool    { return s.declared[name] == "var" }
func (s *testScope) DeclaresTypes() bool {
	for _, k := range s.declared {
		if k == "type" {
			return true
		}
	}
	return false
}

// Compiled gives the stand-ins of interp/stdlib for the generic functions
// the cases call (they return any), and real functions for the others.
func (s *testScope) Compiled(path, name string) (reflect.Value, bool) {
	v, ok := testCompiled[path+"."+name]
	return v, ok
}

var testCompiled = map[string]reflect.Value{
	"slices.Max":         reflect.ValueOf(func(any) any { return nil }),
	"slices.Clone":       reflect.ValueOf(func(any) any { return nil }),
	"maps.Clone":         reflect.ValueOf(func(any) any { return nil }),
	"slices.Values":      reflect.ValueOf(func(any) any { return nil }),
	"sync.OnceValue":     reflect.ValueOf(func(any) func() any { return nil }),
	"errors.Join":        reflect.ValueOf(errors.Join),
	"container/heap.Pop": reflect.ValueOf(heap.Pop),
	"errors.As":          reflect.ValueOf(errors.As),
	"io.MultiWriter":     reflect.ValueOf(io.MultiWriter),
	"fmt.Println":        reflect.ValueOf(fmt.Println),
	"fmt.Printf":         reflect.ValueOf(fmt.Printf),
	"strconv.Itoa":       reflect.ValueOf(strconv.Itoa),
	"strconv.Atoi":       reflect.ValueOf(strconv.Atoi),
	"path.Base":          reflect.ValueOf(path.Base),
	"strings.ToUpper":    reflect.ValueOf(strings.ToUpper),
	"os.Getenv":          reflect.ValueOf(os.Getenv),
	"flag.Parse":         reflect.ValueOf(flag.Parse),
	"errors.New":         reflect.ValueOf(errors.New),
	"fmt.Sprint":         reflect.ValueOf(fmt.Sprint),
	"fmt.Errorf":         reflect.ValueOf(fmt.Errorf),
	"strings.Contains":   reflect.ValueOf(strings.Contains),
}

// testSession reads a session section: its imports and declarations.
func testSession(t *testing.T, session string, imp types.Importer) (*testScope, CheckEnv) {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "session", "package p\n"+session, parser.SkipObjectResolution)
	if err != nil {
		t.Fatalf("session: %v", err)
	}
	off := func(p token.Pos) int { return int(p-f.Package) - len("package p\n") }
	s := &testScope{imports: map[string]string{}, declared: map[string]string{}, variadic: map[string]bool{}}
	env := CheckEnv{Names: map[string]string{}, Importer: imp}
	var specs []string
	var decls strings.Builder
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if ok && gd.Tok == token.IMPORT {
			for _, sp := range gd.Specs {
				is := sp.(*ast.ImportSpec)
				p, _ := strconv.Unquote(is.Path.Value)
				name := path.Base(p)
				if is.Name != nil {
					name = is.Name.Name
				}
				s.imports[name], env.Names[p] = p, name
				specs = append(specs, session[off(is.Pos()):off(is.End())])
			}
			continue
		}
		decls.WriteString(session[off(d.Pos()):off(d.End())] + "\n")
		s.note(d)
	}
	if len(specs) > 0 {
		sort.Strings(specs)
		env.Imports = "import (\n" + strings.Join(specs, "\n") + "\n)\n"
	}
	env.Decls, env.DeclaresTypes = decls.String(), s.DeclaresTypes()
	return s, env
}

// note records the names d declares.
func (s *testScope) note(d ast.Decl) {
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Recv != nil {
			return
		}
		s.declared[d.Name.Name] = "func"
		if ps := d.Type.Params.List; len(ps) > 0 {
			if _, ok := ps[len(ps)-1].Type.(*ast.Ellipsis); ok {
				s.variadic[d.Name.Name] = true
			}
		}
		if d.Type.TypeParams != nil {
			s.declared[d.Name.Name] = "generic"
		}
	case *ast.GenDecl:
		for _, sp := range d.Specs {
			switch sp := sp.(type) {
			case *ast.TypeSpec:
				s.declared[sp.Name.Name] = "type"
				s.aliases = s.aliases || sp.Assign.IsValid()
			case *ast.ValueSpec:
				for _, n := range sp.Names {
					s.declared[n.Name] = strings.ToLower(d.Tok.String())
				}
			}
		}
	}
}

// readTxtar reads the sections of a txtar archive: "-- name --" lines
// start them; text before the first is a comment.
func readTxtar(data string) map[string]string {
	out := map[string]string{}
	name := ""
	for line := range strings.Lines(data) {
		if n, ok := strings.CutPrefix(strings.TrimSuffix(line, "\n"), "-- "); ok && strings.HasSuffix(n, " --") {
			name = strings.TrimSuffix(n, " --")
			out[name] = ""
			continue
		}
		if name != "" {
			out[name] += line
		}
	}
	return out
}

// writeTxtar writes data again with the sections' new bodies, and the want
// sections it lacked after their case's chunk.
func writeTxtar(data string, sections map[string]string) string {
	var b strings.Builder
	name := ""
	flush := func() {
		if name == "" {
			return
		}
		b.WriteString(strings.TrimSuffix(sections[name], "\n") + "\n")
		c, part, _ := strings.Cut(name, ".")
		if want := c + ".want"; (part == "stmt" || part == "decl") && !strings.Contains(data, "-- "+want+" --") {
			b.WriteString("-- " + want + " --\n" + strings.TrimSuffix(sections[want], "\n") + "\n")
		}
	}
	for line := range strings.Lines(data) {
		if n, ok := strings.CutPrefix(strings.TrimSuffix(line, "\n"), "-- "); ok && strings.HasSuffix(n, " --") {
			flush()
			name = strings.TrimSuffix(n, " --")
			b.WriteString(line)
			continue
		}
		if name == "" {
			b.WriteString(line)
		}
	}
	flush()
	return b.String()
}

// The syntax phase's questions: a typed pass's golden file never asks them.
func (s *testScope) Global(name string) (reflect.Value, bool) { return reflect.Value{}, false }
func (s *testScope) ImportedAs(name, path string) bool {
	p, ok := s.ImportPath(name)
	return ok && p == path
}
func (s *testScope) DeclaresAlias() bool              { return s.aliases }
func (s *testScope) DeclaresDefinedType() bool        { return false }
func (s *testScope) Results(pkg, name string) int     { return 0 }
func (s *testScope) Resultless(pkg, name string) bool { return false }
func (s *testScope) Variadic(name string) bool        { return s.variadic[name] }
