package rewrite

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/gopad/gopad/interp/source"
)

var update = flag.Bool("update", false, "rewrite the golden files' want sections")

// TestGolden runs each pass on the cases of testdata/<pass>.txtar, and
// the whole Pipeline on those of testdata/pipeline.txtar. A case
// is a section "<name>.stmt" or "<name>.decl" (the chunk, with words
// "last" and "infunc" after the name for Unit.LastChunk and Unit.InFunc)
// and a section "<name>.want" (the rewritten chunk). The archive's
// comment describes the session (see fakeScope).
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txtar")
	if len(files) == 0 {
		t.Fatal("no golden files")
	}
	passes := map[string][]Phase{"pipeline": Pipeline}
	typed := map[string]bool{} // TestTypedGolden's
	for _, ph := range append(append([]Phase{LocalTypes}, Pipeline...), Result, CellFunc) {
		for _, p := range ph.Passes {
			if ph.Typed {
				typed[p.Name] = true
				continue
			}
			passes[p.Name] = []Phase{{Name: ph.Name, Passes: []Pass{p}, Rounds: ph.Rounds}}
		}
	}
	tested := map[string]bool{}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txtar")
		if typed[name] {
			continue
		}
		ph, ok := passes[name]
		if !ok {
			t.Errorf("%s: no pass %q", file, name)
			continue
		}
		tested[name] = true
		t.Run(name, func(t *testing.T) { runGolden(t, file, ph) })
	}
	for name := range passes {
		if !tested[name] {
			t.Errorf("pass %s has no golden file", name)
		}
	}
}

func runGolden(t *testing.T, file string, phases []Phase) {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	a := parseTxtar(data)
	scope := parseScope(t, a.comment)
	for i := 0; i < len(a.files); i++ {
		f := a.files[i]
		words := strings.Fields(f.name)
		base, kind, _ := strings.Cut(words[0], ".")
		if kind == "want" {
			continue
		}
		env := Env{Scope: scope}
		for _, w := range words[1:] {
			env.LastChunk = env.LastChunk || w == "last"
			env.InFunc = env.InFunc || w == "infunc"
		}
		c := source.Chunk{Kind: source.Stmt, Src: strings.TrimSuffix(f.data, "\n"), Line: 1, Col: 1}
		if kind == "decl" {
			c.Kind = source.Decl
		}
		got, err := env.Run(c, phases...)
		if err != nil {
			got = "error: " + err.Error()
		}
		if i+1 >= len(a.files) || a.files[i+1].name != base+".want" {
			t.Errorf("%s: case %s has no %s.want section", file, base, base)
			continue
		}
		want := &a.files[i+1]
		if *update {
			want.data = got + "\n"
		} else if got+"\n" != want.data {
			t.Errorf("%s: case %s:\n%s\nbecame\n%s\nwant\n%s", file, base, c.Src, got, want.data)
		}
	}
	if *update {
		if err := os.WriteFile(file, a.format(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// txtar is an archive in the txtar format: a comment, then files, each
// introduced by a line "-- name --".
type txtar struct {
	comment string
	files   []txtarFile
}

type txtarFile struct{ name, data string }

func parseTxtar(data []byte) txtar {
	var a txtar
	cur := &a.comment
	for _, line := range strings.SplitAfter(string(data), "\n") {
		trimmed := strings.TrimSuffix(line, "\n")
		if strings.HasPrefix(trimmed, "-- ") && strings.HasSuffix(trimmed, " --") && len(trimmed) > 6 {
			a.files = append(a.files, txtarFile{name: strings.TrimSpace(trimmed[3 : len(trimmed)-3])})
			cur = &a.files[len(a.files)-1].data
			continue
		}
		*cur += line
	}
	return a
}

func (a txtar) format() []byte {
	var b bytes.Buffer
	b.WriteString(a.comment)
	for _, f := range a.files {
		fmt.Fprintf(&b, "-- %s --\n%s", f.name, f.data)
	}
	return b.Bytes()
}

// fakeScope is a session described by lines of a golden file's comment:
//
//	declared NAME...         names the cells declared
//	global NAME int|string   a variable of the session
//	import NAME PATH         an import
//	results [PKG.]NAME N     a function's number of results
//	resultless PKG.NAME      a compiled function without results
//	definedtype              the cells declared a type like type C string
type fakeScope struct {
	declared    map[string]bool
	globals     map[string]reflect.Value
	imports     map[[2]string]bool
	results     map[string]int
	resultless  map[string]bool
	definedType bool
}

func parseScope(t *testing.T, comment string) *fakeScope {
	s := &fakeScope{declared: map[string]bool{}, globals: map[string]reflect.Value{},
		imports: map[[2]string]bool{}, results: map[string]int{}, resultless: map[string]bool{}}
	for _, line := range strings.Split(comment, "\n") {
		w := strings.Fields(line)
		switch {
		case len(w) > 1 && w[0] == "declared":
			for _, n := range w[1:] {
				s.declared[n] = true
			}
		case len(w) == 3 && w[0] == "global" && w[2] == "int":
			s.globals[w[1]] = reflect.ValueOf(1)
		case len(w) == 3 && w[0] == "global" && w[2] == "string":
			s.globals[w[1]] = reflect.ValueOf("")
		case len(w) == 3 && w[0] == "import":
			s.imports[[2]string{w[1], w[2]}] = true
		case len(w) == 3 && w[0] == "results":
			n, err := strconv.Atoi(w[2])
			if err != nil {
				t.Fatalf("bad line %q", line)
			}
			s.results[w[1]] = n
		case len(w) == 2 && w[0] == "resultless":
			s.resultless[w[1]] = true
		case len(w) == 1 && w[0] == "definedtype":
			s.definedType = true
		case len(w) > 0 && !strings.HasPrefix(w[0], "#"):
			t.Fatalf("bad line %q", line)
		}
	}
	return s
}

func (s *fakeScope) Declared(name string) bool { return s.declared[name] }

func (s *fakeScope) Global(name string) (reflect.Value, bool) {
	v, ok := s.globals[name]
	return v, ok
}

func (s *fakeScope) ImportedAs(name, path string) bool { return s.imports[[2]string{name, path}] }
func (s *fakeScope) DeclaresAlias() bool               { return false }
func (s *fakeScope) DeclaresDefinedType() bool         { return s.definedType }
func (s *fakeScope) Resultless(pkg, name string) bool  { return s.resultless[pkg+"."+name] }
func (s *fakeScope) Variadic(name string) bool         { return false }
func (s *fakeScope) Results(pkg, name string) int {
	if pkg != "" {
		name = pkg + "." + name
	}
	return s.results[name]
}

// The typed phase's questions: a syntax pass's golden file never asks them.
func (s *fakeScope) ImportPath(name string) (string, bool)            { return "", false }
func (s *fakeScope) GenericFunc(name string) bool                     { return false }
func (s *fakeScope) Variable(name string) bool                        { _, ok := s.globals[name]; return ok }
func (s *fakeScope) DeclaresTypes() bool                              { return s.definedType }
func (s *fakeScope) Compiled(path, name string) (reflect.Value, bool) { return reflect.Value{}, false }
