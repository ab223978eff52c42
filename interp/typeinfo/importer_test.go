package typeinfo_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/gopad/gopad/interp/stdlib"
	"github.com/gopad/gopad/interp/typeinfo"
)

func stdImporter() *typeinfo.Importer {
	tables := stdlib.Load()
	return typeinfo.NewImporter(func(p string) (string, map[string]reflect.Value, bool) {
		for key, syms := range tables {
			if path.Dir(key) == p {
				return path.Base(key), syms, true
			}
		}
		return "", nil, false
	})
}

func check(t *testing.T, src string) (*types.Info, []string) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "x.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	var errs []string
	conf := types.Config{Importer: stdImporter(), Error: func(err error) { errs = append(errs, err.Error()) }}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Instances: map[*ast.Ident]types.Instance{}, Defs: map[*ast.Ident]types.Object{}}
	conf.Check("p", fset, []*ast.File{f}, info)
	return info, errs
}

// TestStandardLibrary checks that everyday standard-library code type-checks
// against the interpreter's symbol tables: methods on value and pointer
// receivers, interfaces, typed and untyped constants, variables, variadics.
func TestStandardLibrary(t *testing.T) {
	_, errs := check(t, `package p
import ("bytes"; "errors"; "fmt"; "io"; "os"; "sort"; "strings"; "time"; "math"; "net/http"; "math/rand/v2"; "encoding/json")
func f() (string, error) {
	var b strings.Builder
	b.WriteString("x")
	var w io.Writer = &b
	fmt.Fprintf(w, "%d %s", 1, "a")
	d := 2 * time.Second
	var secs float64 = d.Seconds()
	var e error = errors.New("x")
	var buf bytes.Buffer
	n, err := io.Copy(&buf, os.Stdin)
	sort.Ints([]int{3, 1})
	const layout = time.RFC3339
	var big float64 = math.MaxFloat64
	var code int = http.StatusOK
	var r int = rand.IntN(3)
	data, _ := json.Marshal(map[string]int{"a": 1})
	_, _, _, _, _, _ = secs, n, big, code, r, data
	return strings.Repeat(layout, 2), errors.Join(e, err)
}
`)
	if len(errs) > 0 {
		t.Fatalf("errors:\n%s", strings.Join(errs, "\n"))
	}
	_, errs = check(t, `package p
import "strings"
var _ = strings.Repeat(1, 2)
`)
	if len(errs) == 0 {
		t.Fatal("a wrong argument type was not reported")
	}
}

// TestInference checks that type arguments of a generic call are inferred
// through function-typed arguments, including compiled functions.
func TestInference(t *testing.T) {
	info, errs := check(t, `package p
import "strconv"
func Map[T, U any](xs []T, f func(T) U) []U { return nil }
var strs = Map([]int{1}, strconv.Itoa)
`)
	if len(errs) > 0 {
		t.Fatalf("errors:\n%s", strings.Join(errs, "\n"))
	}
	for id, inst := range info.Instances {
		if id.Name == "Map" {
			if got := inst.TypeArgs.At(0).String() + "," + inst.TypeArgs.At(1).String(); got != "int,string" {
				t.Fatalf("Map instantiated with %s", got)
			}
			return
		}
	}
	t.Fatal("no instance of Map")
}

// TestGenericDeclarations checks that the generated generic declarations
// type-check against the symbol tables, and that generic standard-library
// calls get their real result types.
func TestGenericDeclarations(t *testing.T) {
	im := stdImporter()
	var errs []string
	im.StubError = func(err error) { errs = append(errs, err.Error()) }
	for _, p := range []string{"cmp", "iter", "maps", "slices", "sync", "sync/atomic", "math/rand/v2", "errors", "reflect", "unique", "weak", "database/sql", "runtime", "hash/maphash", "crypto/hkdf", "crypto/pbkdf2"} {
		if _, err := im.Import(p); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
	if len(errs) > 0 {
		t.Fatalf("errors in the generic declarations:\n%s", strings.Join(errs, "\n"))
	}
	info, errs := check(t, `package p
import ("maps"; "slices"; "sync/atomic")
var m = map[string]int{"a": 1}
var keys = slices.Sorted(maps.Keys(m))
var biggest = slices.Max([]float64{1, 2})
var p atomic.Pointer[string]
var loaded = p.Load()
func f() {
	for i, k := range slices.All(keys) { _, _ = i, k }
}
`)
	if len(errs) > 0 {
		t.Fatalf("errors:\n%s", strings.Join(errs, "\n"))
	}
	want := map[string]string{"keys": "[]string", "biggest": "float64", "loaded": "*string"}
	for id, obj := range info.Defs {
		if w, ok := want[id.Name]; ok {
			if got := obj.Type().String(); got != w {
				t.Errorf("%s: %s, want %s", id.Name, got, w)
			}
			delete(want, id.Name)
		}
	}
	if len(want) > 0 {
		t.Errorf("not defined: %v", want)
	}
}

// TestGenericsGenerated checks that generics.go is what the generator
// writes for this Go toolchain (run go generate ./interp/typeinfo if not).
func TestGenericsGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go tool")
	}
	out := filepath.Join(t.TempDir(), "generics.go")
	cmd := exec.Command("go", "run", "./internal/genstubs", "-o", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("genstubs: %v\n%s", err, b)
	}
	want, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("generics.go")
	if err != nil {
		t.Fatal(err)
	}
	body := func(b []byte) string { _, rest, _ := strings.Cut(string(b), "\n"); return rest }
	if body(got) != body(want) {
		t.Fatal("generics.go is stale: run go generate ./interp/typeinfo")
	}
}
