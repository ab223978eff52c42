package interp

import (
	"strings"
	"testing"
)

// genericCell is one cell of a generics fidelity case: the stdout Go
// prints for it, or a substring of the error gopad must give instead.
type genericCell struct {
	code   string
	stdout string
	err    string
}

// runGenericCases runs each case in a fresh session, its cells in order.
func runGenericCases(t *testing.T, cases []struct {
	name  string
	cells []genericCell
}) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := newSession(t)
			for i, cl := range c.cells {
				res, rec := run(t, s, cl.code)
				if cl.err != "" {
					if res.Err == nil || !strings.Contains(res.Err.Value, cl.err) {
						t.Fatalf("cell %d: want error containing %q, got %+v (stdout %q)", i, cl.err, res.Err, rec.out())
					}
					continue
				}
				if res.Err != nil {
					t.Fatalf("cell %d: %s: %s", i, res.Err.Name, res.Err.Value)
				}
				if got := rec.out(); got != cl.stdout {
					t.Fatalf("cell %d: stdout %q, want %q", i, got, cl.stdout)
				}
			}
		})
	}
}

// TestGenericsFidelity: generic code that yaegi's own compiler mishandles
// (its "CFG post-order panic", a "constant definition loop", a stack
// overflow) computes what go run computes.
func TestGenericsFidelity(t *testing.T) {
	runGenericCases(t, []struct {
		name  string
		cells []genericCell
	}{
		{"type assertion to a generic type in a generic function", []genericCell{{code: `
type Box[T any] struct{ V T }

func Unbox[T any](x any) (T, bool) {
	b, ok := x.(Box[T])
	return b.V, ok
}

v, ok := Unbox[int](Box[int]{7})
fmt.Println(v, ok)
_, ok = Unbox[string](Box[int]{7})
fmt.Println(ok)`, stdout: "7 true\nfalse\n"}}},
		{"explicit instantiation in a generic method", []genericCell{{code: `
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type List[T any] struct{ items []T }

func (l *List[T]) Strings() []string {
	return Map[T, string](l.items, func(x T) string { return fmt.Sprint(x) })
}

l := &List[int]{items: []int{1, 2, 3}}
fmt.Println(strings.Join(l.Strings(), "+"))`, stdout: "1+2+3\n"}}},
		{"top-level := of a call returning a type parameter", []genericCell{
			{code: "func Double[T int | float64](v T) T { return v * 2 }"},
			{code: "x := Double(3)\ny := Double(1.5)\nfmt.Println(x, y)", stdout: "6 3\n"},
			{code: "fmt.Println(x + 1)", stdout: "7\n"},
		}},
		{"generic constructors in multiple := and composite literals, a field named like a type parameter", []genericCell{
			{code: "type Box[T any] struct{ V T }\nfunc NewBox[T any](v T) *Box[T] { return &Box[T]{v} }\ntype Pair[K comparable, V any] struct {\n\tK K\n\tV V\n}\ntype W struct{ B *Box[int] }"},
			{code: "c, n := NewBox(1), 2\nw := W{B: NewBox(5)}\np := Pair[string, int]{\"a\", 1}\nfmt.Println(c.V, n, w.B.V, p.K)", stdout: "1 2 5 a\n"},
			{code: "fmt.Printf(\"%T %v\\n\", *c, c.V+1)", stdout: "main.Box[int] 2\n"},
		}},
		{"iter.Seq2 method walking a tree with a recursive closure", []genericCell{{code: `
type Tree[K cmp.Ordered, V any] struct {
	left, right *Tree[K, V]
	key         K
	val         V
}

func (t *Tree[K, V]) Insert(k K, v V) *Tree[K, V] {
	if t == nil {
		return &Tree[K, V]{key: k, val: v}
	}
	if k < t.key {
		t.left = t.left.Insert(k, v)
	} else {
		t.right = t.right.Insert(k, v)
	}
	return t
}

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *Tree[K, V]) bool
		walk = func(n *Tree[K, V]) bool {
			if n == nil {
				return true
			}
			return walk(n.left) && yield(n.key, n.val) && walk(n.right)
		}
		walk(t)
	}
}

var root *Tree[string, int]
for i, w := range []string{"m", "c", "x", "a"} {
	root = root.Insert(w, i)
}
for k, v := range root.All() {
	fmt.Print(k, v, " ")
}
fmt.Println()`, stdout: "a3 c1 m0 x2 \n"}}},
	})
}

// TestGenericStdlib: the standard library's generic functions are those of
// the Go that builds gopad, and ranging over its iterators works in
// statements, functions and methods alike.
func TestGenericStdlib(t *testing.T) {
	runGenericCases(t, []struct {
		name  string
		cells []genericCell
	}{
		{"cmp.Or", []genericCell{{code: `fmt.Println(cmp.Or(0, 3, 4), cmp.Or("", "x"), cmp.Or[float64]())`, stdout: "3 x 0\n"}}},
		{"errors.AsType", []genericCell{{code: `
_, err := os.Open("/nonexistent/gopad")
if pe, ok := errors.AsType[*fs.PathError](err); ok {
	fmt.Println("path", pe.Path)
}`, stdout: "path /nonexistent/gopad\n"}}},
		{"range over std iterators at top level", []genericCell{{code: `
for v := range slices.Values([]int{1, 2}) {
	fmt.Print(v, " ")
}
for p := range strings.SplitSeq("a,b,c", ",") {
	fmt.Print(p, ";")
}
for l := range strings.Lines("x\ny\n") {
	fmt.Printf("%q", l)
}
for _, k := range slices.Sorted(maps.Keys(map[string]int{"b": 1, "a": 2})) {
	fmt.Print(k)
}
fmt.Println()`, stdout: "1 2 a;b;c;\"x\\n\"\"y\\n\"ab\n"}}},
		{"range over std iterators in a function", []genericCell{{code: `
func words(s string) []string {
	var out []string
	for f := range strings.FieldsSeq(s) {
		out = append(out, strings.ToUpper(f))
	}
	for i, w := range slices.Backward(out) {
		out[i] = w + "!"
	}
	return out
}
fmt.Println(words("go  is fun"))`, stdout: "[GO! IS! FUN!]\n"}}},
	})
}
