package interp

import (
	"os"
	"path/filepath"
	"testing"
)

// left8Program is a program of testdata/fidelity/x_left8 with what go run
// printed (its .out), and the start of gopad's refusal where gopad
// refuses it.
func left8Program(t *testing.T, name, refusal string) fidProgram {
	t.Helper()
	base := filepath.Join("testdata", "fidelity", "x_left8", name)
	src, err := os.ReadFile(base + ".go")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(base + ".out")
	if err != nil {
		t.Fatal(err)
	}
	return fidProgram{name: name, src: string(src), want: string(want), refusal: refusal}
}

// TestFidelityHeldTrees: a tree or list of struct values held in a cell's
// interface, printed with fmt, whose nodes' fields print through String
// (an operator, a token's kind, a color), prints as Go prints it at any
// depth: past heldDepth the printer calls itself (rewrite/fmtheldlimit.go),
// where it printed the fields without their methods ({2 {4} {5}} for
// {* {4} {5}}); inside an unexported field nothing prints through a
// method, also nodes printed further down (bareHeldFunc, fmtstruct.go).
// six_node_types has more implementers than heldDepth lets
// the printers nest for (one level), and a chain five levels deep.
func TestFidelityHeldTrees(t *testing.T) {
	runFidPrograms(t, []fidProgram{
		left8Program(t, "held_op_ast", ""),
		left8Program(t, "held_token_list", ""),
		left8Program(t, "held_shape_groups", ""),
		left8Program(t, "held_expr_tree", ""),
		left8Program(t, "held_cons_list", ""),
		left8Program(t, "held_json_value", ""),
		left8Program(t, "held_unexported_fields", ""),
		{name: "six_node_types", src: `package main

import "fmt"

type Op byte

func (o Op) String() string { return string(o) }

type Node interface{ Eval() int }

type Num struct{ V int }
type Bin struct {
	Op   Op
	L, R Node
}
type Neg struct{ X Node }
type Paren struct{ X Node }
type Call struct {
	Name string
	Arg  Node
}
type Var struct{ Name string }

func (n Num) Eval() int   { return n.V }
func (b Bin) Eval() int   { return b.L.Eval() + b.R.Eval() }
func (n Neg) Eval() int   { return -n.X.Eval() }
func (p Paren) Eval() int { return p.X.Eval() }
func (c Call) Eval() int  { return c.Arg.Eval() }
func (v Var) Eval() int   { return len(v.Name) }

func main() {
	var e Node = Num{1}
	for i := 0; i < 5; i++ {
		e = Bin{Op('+' + byte(i)), Paren{Neg{e}}, Call{"f", Var{"xy"}}}
	}
	fmt.Println(e)
	fmt.Printf("%+v\n", e)
	fmt.Printf("%v\n", []Node{e, Num{3}})
	type wrap struct{ Root Node }
	fmt.Println(wrap{e}.Root.Eval(), wrap{Bin{'*', Num{1}, Bin{'-', Num{2}, Neg{Bin{'/', Num{3}, Num{4}}}}}})
}
`, want: "{/ {{{. {{{- {{{, {{{+ {{{1}}} {f {xy}}}}} {f {xy}}}}} {f {xy}}}}} {f {xy}}}}} {f {xy}}}\n{Op:/ L:{X:{X:{Op:. L:{X:{X:{Op:- L:{X:{X:{Op:, L:{X:{X:{Op:+ L:{X:{X:{V:1}}} R:{Name:f Arg:{Name:xy}}}}} R:{Name:f Arg:{Name:xy}}}}} R:{Name:f Arg:{Name:xy}}}}} R:{Name:f Arg:{Name:xy}}}}} R:{Name:f Arg:{Name:xy}}}\n[{/ {{{. {{{- {{{, {{{+ {{{1}}} {f {xy}}}}} {f {xy}}}}} {f {xy}}}}} {f {xy}}}}} {f {xy}}} {3}]\n1 {{* {1} {- {2} {{/ {3} {4}}}}}}\n"},
	})
}

// TestFidelityAssertMessages: failed single-valued assertions recovered
// and printed (and one uncaught) give Go's text: a value of a cell's type
// over a basic type asserted to an interface it lacks names the type
// (main.Port, not int: rewrite/ifaceassert.go's bareNamedMisses), and one
// in a compiled interface asserted to a concrete type names both
// ("fmt.Stringer is main.Temp, not main.Point", where yaegi's read
// "float64 is not main.Point: missing method "); a cell's type whose
// run-time type in yaegi is another's (type IDs []ID, which yaegi runs as
// []int) is in that type's family for rewrite/lostidentity.go's
// keptAssertFamily: an IDs passed x.([]int), and the message named int for an
// ID; a Temp (type Temp float64 with methods) in a cell's interface
// asserted to a struct is named in interpreted code (concreteAssert), where
// the message named float64.
func TestFidelityAssertMessages(t *testing.T) {
	runFidPrograms(t, []fidProgram{
		left8Program(t, "assert_iface_targets", ""),
		left8Program(t, "assert_msgs_recovered", ""),
		left8Program(t, "assert_msgs_named", ""),
		left8Program(t, "assert_loop_values", ""),
		left8Program(t, "assert_captured_any", ""),
		left8Program(t, "assert_iface_concrete", ""),
		// A type switch's cases of one run-time shape ([]int and IDs) stay
		// refused: an unnamed []ID would be taken for an []int.
		{name: "switch_shape_twins", src: `package main

import "fmt"

type ID int
type IDs []ID
type Index map[string]ID

func kind(x any) string {
	switch v := x.(type) {
	case []int:
		return fmt.Sprint("ints ", len(v))
	case IDs:
		return fmt.Sprint("ids ", len(v))
	case map[string]int:
		return "map"
	case Index:
		return "index"
	}
	return "other"
}

func main() {
	for _, x := range []any{[]int{1}, IDs{1, 2}, map[string]int{}, Index{}, []ID{3}} {
		fmt.Println(kind(x))
	}
	var y any = IDs{4}
	if _, ok := y.([]int); ok {
		fmt.Println("wrong")
	} else {
		fmt.Println("right")
	}
}
`, want: "ints 1\nids 2\nmap\nindex\nother\nright\n",
			refusal: "gopad cannot tell the cases of this type switch apart"},
	})
}

// TestFidelityOnceValues: sync.OnceValue and sync.OnceValues of functions
// that return a cell's interface, any, error, a pointer, a slice of an
// interface, a cell's struct, a map of cell types or a generic type, and
// one that panics, run as Go's (rewrite/oncevalues.go); a cell's interface
// result stopped the cell (reflect.Set ... interp.valueInterface) and an
// any result came back nil.
func TestFidelityOnceValues(t *testing.T) {
	runFidPrograms(t, []fidProgram{
		left8Program(t, "once_iface", ""),
		left8Program(t, "once_values_iface", ""),
		left8Program(t, "once_mixed_results", ""),
		left8Program(t, "once_values_config", ""),
		left8Program(t, "once_registry", ""),
		// A method value, a generic helper's f, a package-level OnceValues
		// of a named function, goroutines racing for the first call.
		{name: "once_spellings", src: `package main

import (
	"fmt"
	"sync"
)

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Repo struct{ name string }

func (r *Repo) Load() Shape { fmt.Println("load", r.name); return Sq{3} }

func Lazy[T any](f func() T) func() T { return sync.OnceValue(f) }

func build() (map[string]Shape, error) {
	fmt.Println("build")
	return map[string]Shape{"a": Sq{1}, "b": Sq{2}}, nil
}

var shapes = sync.OnceValues(build)

func main() {
	r := &Repo{"main"}
	get := sync.OnceValue(r.Load)
	fmt.Println(get().Area(), get().Area())
	lz := Lazy(func() Shape { fmt.Println("lazy"); return Sq{4} })
	fmt.Println(lz().Area(), lz().Area())
	li := Lazy(func() int { return 7 })
	fmt.Println(li() + li())
	m, err := shapes()
	fmt.Println(len(m), m["b"].Area(), err)
	m2, _ := shapes()
	fmt.Println(len(m2))
	var wg sync.WaitGroup
	counter := 0
	inc := sync.OnceFunc(func() { counter++ })
	val := sync.OnceValue(func() Shape { counter += 10; return Sq{5} })
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); inc(); _ = val().Area() }()
	}
	wg.Wait()
	fmt.Println(counter)
}
`, want: "load main\n9 9\nlazy\n16 16\n14\nbuild\n2 4 <nil>\n2\n11\n"},
	})
}

// TestFidelityOutlivingGoroutines: goroutines started in one cell and fed
// or joined in later ones (a logger, a worker pool), split at main's blank
// lines, print what go run prints; output a goroutine writes after its
// cell ended goes to that cell's output until the next cell starts
// (interp/output.go's router).
func TestFidelityOutlivingGoroutines(t *testing.T) {
	runFidPrograms(t, []fidProgram{
		left8Program(t, "bg_logger", ""),
		left8Program(t, "bg_worker_pool", ""),
	})
}
