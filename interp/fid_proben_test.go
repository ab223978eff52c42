package interp

import (
	"strings"
	"testing"
)

// runWhole runs code as one cell and returns what it printed; the cell
// must not fail.
func runWhole(t *testing.T, code string) string {
	t.Helper()
	s := newSession(t)
	res, rec := run(t, s, code)
	if res.Err != nil {
		t.Fatalf("%s: %s\noutput: %q", res.Err.Name, res.Err.Value, rec.out())
	}
	return rec.out()
}

// errors.As with a target of an interface literal or a cell's interface
// finds a compiled error of the chain that has the methods (*fs.PathError
// and *net.DNSError have Timeout): it answered false for some of them.
func TestFidProbenErrorsAsCompiledIface(t *testing.T) {
	code := `import (
	"errors"
	"fmt"
	"net"
	"os"
)

type timeouter interface{ Timeout() bool }

func main() {
	for _, err := range []error{
		fmt.Errorf("cache: %w", &os.PathError{Op: "open", Path: "/x", Err: os.ErrNotExist}),
		fmt.Errorf("fetch: %w", &net.DNSError{Name: "h", IsTimeout: true}),
		errors.New("plain"),
	} {
		var lit interface{ Timeout() bool }
		var named timeouter
		ok1, ok2 := errors.As(err, &lit), errors.As(err, &named)
		fmt.Println(ok1, ok2, ok1 && lit.Timeout(), ok2 && named.Timeout())
	}
}
main()
`
	want := "true true false false\ntrue true true true\nfalse false false false\n"
	if got := runWhole(t, code); got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}

// The result of a cell's function of a cell's type, passed straight to a
// compiled function's parameter of an interface with methods (errors.Is's
// target, io.Reader, sort.Interface), has its methods there: yaegi handed
// it over bare and reflect panicked ("Call using *struct {...} as type
// error").
func TestFidProbenCallResultToCompiledIface(t *testing.T) {
	code := `import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

type AppError struct{ code, msg string }

func New(code, msg string) *AppError  { return &AppError{code, msg} }
func (e *AppError) Error() string      { return e.code + ": " + e.msg }
func (e *AppError) Is(target error) bool {
	t, ok := target.(*AppError)
	return ok && t.code == e.code
}

type upper struct{ r io.Reader }

func (u *upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}
func newUpper(s string) *upper { return &upper{strings.NewReader(s)} }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }
func words() byLen                 { return byLen{"ccc", "a", "bb"} }

func main() {
	err := fmt.Errorf("handler: %w", New("CONFLICT", "user exists"))
	fmt.Println(errors.Is(err, New("CONFLICT", "")), errors.Is(err, New("NOT_FOUND", "")))
	fmt.Println(errors.Unwrap(New("A", "b")) == nil)
	b, _ := io.ReadAll(newUpper("hello"))
	fmt.Println(string(b))
	fmt.Println(sort.IsSorted(words()))
}
main()
`
	want := "true false\ntrue\nHELLO\nfalse\n"
	if got := runWhole(t, code); got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}

// A cell of statements that defines a variable from min, max or cmp's
// generic functions (the split form of a main body) runs: yaegi failed to
// instantiate the generic helper in a global's initializer ("nil reflect
// type", "constant definition loop"), and gopad blamed cmp.Or.
func TestFidProbenGenericCallsInGlobals(t *testing.T) {
	got := runCellSeq(t, []string{
		"import (\n\t\"cmp\"\n\t\"fmt\"\n)",
		"a := 5\nxs := []int{4, 9}",
		"m := max(a, 1)\nlo := min(xs[0], xs[1], a) - 1\nfmt.Println(m, lo)",
		"name := cmp.Or(\"\", \"fallback\")\nc := cmp.Compare(2, 1)\nfmt.Println(name, c, cmp.Less(1.5, 2))",
		"var limit = max(a, 10)",
		"best := 0\nfor _, x := range xs {\n\tbest = max(best, x)\n}\nfmt.Println(limit, best)",
	})
	if want := "5 3\nfallback 1 true\n10 9\n"; got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}

// A generic alias of an instance of a cell's generic type (Go 1.24: type
// StrPair[V any] = Pair[string, V]) works in one cell and across cells:
// yaegi refused its declaration ("undefined: V").
func TestFidProbenGenericAliasOfInstance(t *testing.T) {
	decls := "type Pair[K comparable, V any] struct {\n\tKey K\n\tVal V\n}\n\ntype StrPair[V any] = Pair[string, V]\n"
	body := "p := StrPair[int]{Key: \"answer\", Val: 42}\nvar q Pair[string, int] = p\nfmt.Printf(\"%v %+v %T %v\\n\", p, q, p, q == p)\n"
	whole := runWhole(t, "import \"fmt\"\n"+decls+"func main() {\n"+body+"}\nmain()\n")
	split := runCellSeq(t, []string{"import \"fmt\"", decls, body, "fmt.Println(StrPair[bool]{\"ok\", true})"})
	want := "{answer 42} {Key:answer Val:42} main.Pair[string,int] true\n"
	if whole != want {
		t.Errorf("one cell printed %q, want %q", whole, want)
	}
	if split != want+"{ok true}\n" {
		t.Errorf("cells printed %q, want %q", split, want+"{ok true}\n")
	}
}

// A compiled package's value asserted to an interface declared in a cell
// (a literal without a compiled twin, or a cell's interface) is refused
// with an error that names the construct and the type, where yaegi
// answered false and Go true: an assertion, a type switch case, an
// assertion from any, errors.As. Values that lack the methods still
// answer false.
func TestFidProbenCompiledValueToCellIface(t *testing.T) {
	decls := "import (\n\t\"errors\"\n\t\"fmt\"\n\t\"os\"\n)\n\ntype TE interface {\n\tTimeout() bool\n\tError() string\n}\n\n" +
		"var pe error = &os.PathError{Op: \"open\", Path: \"/x\", Err: os.ErrNotExist}\n"
	for _, stmt := range []string{
		"_, ok := pe.(interface{ Timeout() bool; Error() string })\nfmt.Println(ok)",
		"_, ok := pe.(TE)\nfmt.Println(ok)",
		"var a any = pe\n_, ok := a.(TE)\nfmt.Println(ok)",
		"switch pe.(type) {\ncase TE:\n\tfmt.Println(\"TE\")\n}",
		"var te TE\nfmt.Println(errors.As(fmt.Errorf(\"w: %w\", pe), &te))",
	} {
		s := newSession(t)
		run(t, s, decls)
		res, rec := run(t, s, stmt)
		if res.Err == nil {
			t.Errorf("%q printed %q, want a refusal", stmt, rec.out())
			continue
		}
		for _, want := range []string{"gopad cannot decide", "*fs.PathError", "assert to the package's type"} {
			if !strings.Contains(res.Err.Value, want) {
				t.Errorf("%q: error %q does not say %q", stmt, res.Err.Value, want)
			}
		}
	}
	got := runCellSeq(t, []string{decls, "_, ok := errors.New(\"x\").(TE)\nvar te TE\nfmt.Println(ok, errors.As(errors.New(\"y\"), &te))"})
	if got != "false false\n" {
		t.Errorf("errors without Timeout printed %q, want %q", got, "false false\n")
	}
}

// A labelled break or continue, inside a range over a function, of a loop
// (or switch) around it that ranges over no function runs as in Go; the
// cell was refused ("the interpreter cannot compile this statement").
func TestFidProbenRangeFuncBranchToPlainLoop(t *testing.T) {
	code := `import "fmt"

func pairs(yield func(int, int) bool) {
	for i := range 4 {
		if !yield(i, i*i) {
			return
		}
	}
}

func main() {
outer:
	for i := range 3 {
		for a := range pairs {
			for c, d := range pairs {
				if d > 4 {
					fmt.Println("next row", i, a, c)
					continue outer
				}
			}
		}
	}
sw:
	switch {
	default:
		for k := range pairs {
			if k == 2 {
				break sw
			}
			fmt.Println("k", k)
		}
		fmt.Println("unreached")
	}
mid:
	for x := range 2 {
		for y := 0; y < 3; y++ {
			for k := range pairs {
				if k == 1 {
					continue mid
				}
				fmt.Println("xyk", x, y, k)
			}
		}
	}
}
main()
`
	want := "next row 0 0 3\nnext row 1 0 3\nnext row 2 0 3\nk 0\nk 1\nxyk 0 0 0\nxyk 1 0 0\n"
	if got := runWhole(t, code); got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}

// A type switch over any(v), v a variable of a cell's struct type with
// methods (as in a generic function's copy), runs: two rewrites of the
// guard clashed ("a bug in gopad").
func TestFidProbenTypeSwitchOnConvertedValue(t *testing.T) {
	code := `import "fmt"

type Box[T any] struct{ V T }

func (b Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.V) }

type Temp struct {
	C    float64
	Unit string
}

func (t Temp) String() string { return fmt.Sprint(t.C, t.Unit) }

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprint("int ", x)
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func Show[T any](v T) {
	switch x := any(v).(type) {
	case fmt.Stringer:
		fmt.Println("S:", x)
	}
}

func main() {
	fmt.Println(Describe(4), Describe(Box[float64]{2.5}), Describe(1.5))
	Show(Temp{18, "C"})
	t := Temp{21, "C"}
	switch x := any(t).(type) {
	case fmt.Stringer:
		t.C = 30
		fmt.Println(x, t)
	}
}
main()
`
	want := "int 4 stringer Box(2.5) other float64\nS: 18C\n21C 30C\n"
	if got := runWhole(t, code); got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}

// An error of a cell's type with a Format method wraps with Errorf's %w
// (also the second of two): it was handed over as a fmt.Formatter, which
// printed %!w(...) and hid the error from errors.As.
func TestFidProbenErrorfWrapsFormatter(t *testing.T) {
	code := `import (
	"errors"
	"fmt"
	"io"
)

type DetailError struct{ Op string }

func (e *DetailError) Error() string { return e.Op + " failed" }
func (e *DetailError) Format(s fmt.State, verb rune) {
	if s.Flag('+') {
		io.WriteString(s, "detail: ")
	}
	io.WriteString(s, e.Error())
}

var ErrA = errors.New("alpha")

func main() {
	d := &DetailError{"sync"}
	two := fmt.Errorf("%w + %w", ErrA, d)
	var de *DetailError
	fmt.Printf("%v|%+v|%v %v\n", fmt.Errorf("one: %w", d), d, two, errors.As(two, &de) && de == d)
}
main()
`
	want := "one: sync failed|detail: sync failed|alpha + sync failed true\n"
	if got := runWhole(t, code); got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}

// A value of a cell's type as a key of a map whose keys are error (or
// fmt.Stringer) is one key per value, as in Go (gopadBuiltin.ErrorKey); it
// crashed with "hash of unhashable type stdlib._errorIS". Keys made by
// errors.New work too.
func TestFidProbenCellErrorMapKeys(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\n\t\"errors\"\n\t\"fmt\"\n)\n\ntype HTTPError struct{ Code int }\n\nfunc (e HTTPError) Error() string { return \"e\" }\n\nvar ErrNotFound = HTTPError{404}\nvar ErrPlain = errors.New(\"plain\")")
	res, rec := run(t, s, "m := map[error]string{ErrPlain: \"p\"}\nfmt.Println(m[ErrPlain])\nm2 := map[error]int{}\nm2[ErrNotFound]++\nm2[HTTPError{404}]++\nm2[HTTPError{500}]++\nfmt.Println(len(m2), m2[ErrNotFound])")
	if res.Err != nil || rec.out() != "p\n2 2\n" {
		t.Errorf("printed %q, error %+v; want %q", rec.out(), res.Err, "p\n2 2\n")
	}
}
