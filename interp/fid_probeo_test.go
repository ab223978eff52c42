package interp

import (
	"strings"
	"testing"
)

// Classes found by the probe-o programs (interp/testdata/fidelity:
// blog_iter2, aoc_parse, fmt_layouts, sort_search, textscan), each with
// small programs of its own, run as cells of one session.

// probeCells runs cells in one new session and returns what they printed;
// an error of any cell fails the test.
func probeCells(t *testing.T, cells ...string) string {
	t.Helper()
	s := newSession(t)
	var out strings.Builder
	for i, c := range cells {
		res, rec := run(t, s, c)
		out.WriteString(rec.out())
		if res.Err != nil {
			t.Fatalf("cell %d: %s: %s\noutput: %q", i+1, res.Err.Name, res.Err.Value, out.String())
		}
	}
	return out.String()
}

// A cell's function used as a value of a compiled package's named
// function type (bufio.SplitFunc, http.HandlerFunc, fs.WalkDirFunc) without
// a conversion: a variable, a field, a map or slice element, an argument
// of a cell's function. yaegi failed with "reflect.Set: value of type
// *interp.node is not assignable to type bufio.SplitFunc".
func TestFidProbeONamedCompiledFuncTypes(t *testing.T) {
	decls := `import (
	"bufio"
	"fmt"
	"io/fs"
	"net/http"
	"strings"
)

func commas(data []byte, atEOF bool) (int, []byte, error) {
	for i, b := range data {
		if b == ',' {
			return i + 1, data[:i], nil
		}
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

func tokens(split bufio.SplitFunc, s string) []string {
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Split(split)
	var out []string
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

func hello(w http.ResponseWriter, r *http.Request) {}

func logged(next http.HandlerFunc) http.HandlerFunc { return next }

func skipAll(path string, d fs.DirEntry, err error) error { return fs.SkipAll }

type Config struct {
	Name  string
	Split bufio.SplitFunc
}`
	stmts := []string{
		`var f bufio.SplitFunc = commas
fmt.Println(tokens(f, "a,b,c"))`,
		`c := Config{Name: "csv", Split: commas}
fmt.Println(c.Name, tokens(c.Split, "x,y"))`,
		`splitters := map[string]bufio.SplitFunc{"commas": commas, "words": bufio.ScanWords}
fmt.Println(tokens(splitters["commas"], "1,2"), tokens(splitters["words"], "3 4"))`,
		`list := []bufio.SplitFunc{bufio.ScanLines, commas}
fmt.Println(len(tokens(list[1], "p,q,r")))`,
		`fmt.Println(tokens(commas, "only"))`,
		`h := logged(hello)
fmt.Printf("%T %v\n", h, h != nil)`,
		`var walk fs.WalkDirFunc = skipAll
fmt.Println(walk(".", nil, nil) == fs.SkipAll)`,
	}
	want := "[a b c]\ncsv [x y]\n[1 2] [3 4]\n3\n[only]\nhttp.HandlerFunc true\ntrue\n"
	whole := decls + "\n\nfunc main() {\n" + strings.Join(stmts, "\n") + "\n}\n"
	if got := probeCells(t, whole, "main()"); got != want {
		t.Errorf("whole: printed %q, want %q", got, want)
	}
	if got := probeCells(t, append([]string{decls}, stmts...)...); got != want {
		t.Errorf("cells: printed %q, want %q", got, want)
	}
}

// A range over slices.Chunk of a slice of a cell's type: gopad's compiled
// stand-in returns an iterator yaegi cannot type with the cell's type
// ("CFG post-order panic: reflect: NumIn of non-func type interface {}").
// Each chunk is a sub-slice of the original with its capacity clipped, the
// operands are evaluated once, and a size below 1 panics as Go's does.
func TestFidProbeORangeChunk(t *testing.T) {
	decls := `import (
	"fmt"
	"slices"
)

type Task struct {
	ID   int
	Name string
}

func load() []Task {
	fmt.Println("load")
	return []Task{{1, "a"}, {2, "b"}, {3, "c"}, {4, "d"}, {5, "e"}}
}`
	body := `tasks := load()
for batch := range slices.Chunk(tasks, 2) {
	fmt.Println(len(batch), cap(batch), batch)
}
for i, size := 0, 4; i < 1; i++ {
	for b := range slices.Chunk(load(), size) {
		if len(b) < size {
			fmt.Println("short", b[0].Name)
			continue
		}
		b[0].Name = "changed"
	}
}
n := 0
for range slices.Chunk(tasks[:0], 3) {
	n++
}
fmt.Println("empty:", n)
for b := range slices.Chunk(tasks, 3) {
	b[0].ID *= 10
	break
}
fmt.Println(tasks[0].ID)
defer func() { fmt.Println("recovered:", recover()) }()
for b := range slices.Chunk(tasks, 0) {
	fmt.Println(b)
}`
	want := "load\n2 2 [{1 a} {2 b}]\n2 2 [{3 c} {4 d}]\n1 1 [{5 e}]\nload\nshort e\nempty: 0\n10\nrecovered: cannot be less than 1\n"
	if got := probeCells(t, decls+"\n\nfunc main() {\n"+body+"\n}\n", "main()"); got != want {
		t.Errorf("whole: printed %q, want %q", got, want)
	}
	if got := probeCells(t, decls, body); got != want {
		t.Errorf("cells: printed %q, want %q", got, want)
	}
}

// %#v of a slice or an array of a cell's type with a GoString method
// prints each element through GoString, as Go's fmt does (gopad printed
// the elements field by field: []main.Color{main.Color{R:0x9, ...}}); a
// map or a struct holding such values is refused with an error naming the
// type, not printed differently.
func TestFidProbeOGoStringerElements(t *testing.T) {
	decls := `import "fmt"

type Vec struct{ X, Y int }

func (v Vec) GoString() string { return fmt.Sprintf("V(%d,%d)", v.X, v.Y) }

type Ref struct{ N int }

func (r *Ref) GoString() string { return fmt.Sprint("ref#", r.N) }`
	body := `path := []Vec{{0, 0}, {1, 2}}
fmt.Printf("%#v\n", path)
var empty []Vec
fmt.Printf("%#v %v\n", empty, path)
corners := [2]Vec{{1, 1}}
line := fmt.Sprintf("%d points: %#v", len(corners), corners)
fmt.Println(line)
refs := []*Ref{{1}, {2}}
fmt.Printf("%#v\n", refs)`
	want := "[]main.Vec{V(0,0), V(1,2)}\n[]main.Vec(nil) [{0 0} {1 2}]\n2 points: [2]main.Vec{V(1,1), V(0,0)}\n[]*main.Ref{ref#1, ref#2}\n"
	if got := probeCells(t, decls+"\n\nfunc main() {\n"+body+"\n}\n", "main()"); got != want {
		t.Errorf("whole: printed %q, want %q", got, want)
	}
	if got := probeCells(t, decls, body); got != want {
		t.Errorf("cells: printed %q, want %q", got, want)
	}
	s := newSession(t)
	mustRun(t, s, decls)
	res, rec := run(t, s, "byName := map[string]Vec{\"o\": {}}\nfmt.Printf(\"%#v\\n\", byName)")
	if res.Err == nil || !strings.Contains(res.Err.Value, "%#v of a value of type map[string]main.Vec") {
		t.Errorf("map of GoStringers: want a refusal naming the type, got error %v, output %q", res.Err, rec.out())
	}
}

// A compiled generic type (iter.Seq, iter.Seq2) instantiated in a
// signature with a type the program declares later, by the program's own
// order or by gopad's copies of generic code (Zip[A, B] returning
// iter.Seq[Pair[A, B]]): yaegi failed with "nil reflect type" when the
// program ran as one cell.
func TestFidProbeOForwardTypeArgs(t *testing.T) {
	programs := []struct{ name, src, want string }{
		{"type after its iterator", `package main

import (
	"fmt"
	"iter"
)

func main() {
	t := &Tree{&Node{V: 2, Left: &Node{V: 1}, Right: &Node{V: 3}}}
	for n := range t.All() {
		fmt.Print(n.V, " ")
	}
	fmt.Println()
	for i, it := range Pairs([]int{4, 5}) {
		fmt.Println(i, it)
	}
	for it := range Squares([]int{6}) {
		fmt.Println(it.Sq)
	}
}

func (t *Tree) All() iter.Seq[*Node] {
	return func(yield func(*Node) bool) { t.root.walk(yield) }
}

func (n *Node) walk(yield func(*Node) bool) bool {
	return n == nil || n.Left.walk(yield) && yield(n) && n.Right.walk(yield)
}

func Squares(xs []int) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		for _, x := range xs {
			if !yield(Item{x * x}) {
				return
			}
		}
	}
}

func Pairs(xs []int) iter.Seq2[int, Item] {
	return func(yield func(int, Item) bool) {
		for i, x := range xs {
			if !yield(i, Item{x * x}) {
				return
			}
		}
	}
}

type Tree struct{ root *Node }

// Node is a tree node.
type Node struct {
	V           int // the value
	Left, Right *Node
}

type Item struct{ Sq int }
`, "1 2 3 \n0 {16}\n1 {25}\n36\n"},
		{"generic copies", `package main

import (
	"fmt"
	"iter"
	"slices"
)

type Pair[A, B any] struct {
	Left  A
	Right B
}

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq[Pair[A, B]] {
	return func(yield func(Pair[A, B]) bool) {
		nextB, stop := iter.Pull(b)
		defer stop()
		for x := range a {
			y, ok := nextB()
			if !ok || !yield(Pair[A, B]{x, y}) {
				return
			}
		}
	}
}

func main() {
	for p := range Zip(slices.Values([]string{"a", "b", "c"}), slices.Values([]int{1, 2})) {
		fmt.Printf("%+v\n", p)
	}
}
`, "{Left:a Right:1}\n{Left:b Right:2}\n"},
	}
	for _, p := range programs {
		t.Run(p.name, func(t *testing.T) {
			if got := probeCells(t, p.src); got != p.want {
				t.Errorf("whole: printed %q, want %q", got, p.want)
			}
			cells, err := notebookCells(p.src)
			if err != nil {
				t.Fatal(err)
			}
			if got := probeCells(t, cells...); got != p.want {
				t.Errorf("cells: printed %q, want %q", got, p.want)
			}
		})
	}
}

// A range over slices.Backward of a call's result (not a name or a
// field) of a cell's element type: yaegi could not type gopad's stand-in
// iterator ("NumIn of non-func type interface {}"). The call runs once.
func TestFidProbeOBackwardOfCall(t *testing.T) {
	decls := `import (
	"fmt"
	"slices"
)

type Step struct{ Name string }

func plan() []Step {
	fmt.Println("plan")
	return []Step{{"fetch"}, {"build"}, {"test"}}
}`
	body := `for i, s := range slices.Backward(plan()) {
	if s.Name == "build" {
		continue
	}
	fmt.Println(i, s.Name)
}
for _, s := range slices.Backward(append(plan(), Step{"ship"})) {
	fmt.Println(s.Name)
	break
}`
	want := "plan\n2 test\n0 fetch\nplan\nship\n"
	if got := probeCells(t, decls+"\n\nfunc main() {\n"+body+"\n}\n", "main()"); got != want {
		t.Errorf("whole: printed %q, want %q", got, want)
	}
	if got := probeCells(t, decls, body); got != want {
		t.Errorf("cells: printed %q, want %q", got, want)
	}
}

// A format with explicit argument indexes (%[1]v %[1]d, %[2]s) whose
// operands are of the cells' types with String, Error or Format methods,
// or printed with %T: gopad's print rewrites followed no indexes, so fmt
// printed a Level as its number and a struct as its underlying type.
// Operands that are calls run once, in order.
func TestFidProbeOFormatIndexes(t *testing.T) {
	decls := `import (
	"errors"
	"fmt"
	"os"
)

type Level int

func (l Level) String() string { return [...]string{"debug", "info", "warn"}[l] }

type Point struct{ X, Y int }

type Code struct{ N int }

func (c Code) Error() string { return fmt.Sprint("code ", c.N) }

var calls int

func next() Level {
	calls++
	return Level(calls % 3)
}`
	body := `lv := Level(2)
fmt.Printf("%[1]v=%[1]d %[1]q\n", lv)
fmt.Printf("%[2]v before %[1]v\n", Level(0), Level(1))
line := fmt.Sprintf("%[1]T %[1]v %+[1]v", Point{1, 2})
fmt.Println(line)
fmt.Printf("%[2]s/%[1]s calls=%[3]d\n", next(), next(), 2)
fmt.Println(calls)
var err error = Code{7}
wrapped := fmt.Errorf("%[1]v (%[1]T): %[2]w", err, errors.ErrUnsupported)
fmt.Println(wrapped, errors.Is(wrapped, errors.ErrUnsupported))
fmt.Fprintf(os.Stdout, "%-[1]*[2]v|\n", 7, lv)`
	want := "warn=2 \"warn\"\ninfo before debug\nmain.Point {1 2} {X:1 Y:2}\nwarn/info calls=2\n2\ncode 7 (main.Code): unsupported operation true\nwarn   |\n"
	if got := probeCells(t, decls+"\n\nfunc main() {\n"+body+"\n}\n", "main()"); got != want {
		t.Errorf("whole: printed %q, want %q", got, want)
	}
	if got := probeCells(t, decls, body); got != want {
		t.Errorf("cells: printed %q, want %q", got, want)
	}
}

// A return of several values, one of them an untyped nil, from inside a
// range over a function (return i, nil): gopad's rewrite assigned them
// together and yaegi failed with "reflect: New(nil)".
func TestFidProbeOReturnNilFromRangeFunc(t *testing.T) {
	decls := `import (
	"errors"
	"fmt"
	"iter"
	"maps"
	"slices"
)

type User struct{ Name string }

func Pairs(n int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				if !yield(i, j) {
					return
				}
			}
		}
	}
}

func findPair(sum int) (int, int, error) {
	for i, j := range Pairs(6) {
		if i+j == sum {
			return i, j, nil
		}
	}
	return 0, 0, errors.New("no pair")
}

func lookup(users map[string]*User, name string) (*User, error) {
	for _, k := range slices.Sorted(maps.Keys(users)) {
		if k == name {
			return users[k], nil
		}
	}
	return nil, fmt.Errorf("no user %q", name)
}

func firstEven(xs []int) (int, *int, error) {
	for i, x := range slices.All(xs) {
		if x%2 == 0 {
			return i, nil, nil
		}
	}
	return -1, nil, errors.New("none")
}`
	body := `fmt.Println(findPair(7))
fmt.Println(findPair(99))
users := map[string]*User{"ann": {"Ann"}, "bob": {"Bob"}}
u, err := lookup(users, "bob")
fmt.Println(u.Name, err)
_, err = lookup(users, "cy")
fmt.Println(err)
fmt.Println(firstEven([]int{3, 5, 8}))`
	want := "2 5 <nil>\n0 0 no pair\nBob <nil>\nno user \"cy\"\n2 <nil> <nil>\n"
	if got := probeCells(t, decls+"\n\nfunc main() {\n"+body+"\n}\n", "main()"); got != want {
		t.Errorf("whole: printed %q, want %q", got, want)
	}
	if got := probeCells(t, decls, body); got != want {
		t.Errorf("cells: printed %q, want %q", got, want)
	}
}
