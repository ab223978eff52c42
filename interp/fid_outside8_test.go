package interp

import (
	"strings"
	"testing"
)

// Programs from outside8's classes, run whole and split into notebook
// cells; want is what go run printed.
//
// A three-clause loop whose body takes its variable's address and then
// declares a variable of the same name (x := x - 70) keeps both
// variables apart (rewrite's perIteration): the copy the body works on
// was written back at the body's end by name, which there named the
// body's own x, so the pointers into it read the loop's value (go101's
// blocks-and-scopes article, both forms; the article is not licensed for
// the corpus, this is a program of the class).

// ast.Print, and a flag.FlagSet's usage and errors, reach the cell's
// output (implicitstreams.go): they wrote to the process's os.Stdout and
// os.Stderr, which no frontend shows (Go's own example of ast.Print,
// o8_std/go_ast_print; TestFidOutside8FlagOutput).

// Untyped floating-point constants combined or compared in a constant
// expression get Go's exact value (rewrite's constFold, floatDrift):
// yaegi computed some of them in float64, so constants that differ
// beyond float64's precision compared equal and 1 + 1e-20 - 1 was 0
// (Go Standard Library Cookbook's tolerance, o8_stdcookbook/tolerance).

// reflect lists a compiled package's struct type's methods as Go does
// (reflectMethods.methodSet leaves named struct types to reflect): gopad
// took context.backgroundCtx for a cell's struct type and listed only
// the methods its embedded emptyCtx promotes, without String
// (GoLangMaterial's basic context, o8_udhay/basic_context).

// main's deferred calls run last first also when a panic handler (a
// deferred function literal that calls recover) follows plain ones in a
// cell: a cell's handlers wait in gopadHandlers for a later cell's panic,
// and the cell's panic ran its plain deferred calls before them; a mark
// in gopadDefers now runs each handler in its place (rewrite's
// CellDefers, the prelude's gopadHandlerMark). And defer recover(), which
// recovers nothing in Go, took the cell's panic in flight (rewrite's
// Recover). (go101's control-flows-more article and its panic-recover
// quiz, split; not licensed for the corpus: programs of the class.) A
// deferred call of the builtin panic in a function panicked at the defer
// statement in yaegi, so the statements after it never ran: refused
// (rewrite's DeferArgs, deferredPanic).

// reflect's method set of an interface type a cell declares (a
// reflect.Value of the interface held by a pointer's Elem) is refused:
// yaegi gives such types one run-time struct type without methods, and
// NumMethod said 0 (go101's reflect quiz, whole and split).

// A slice variable assigned a call's result without arguments in a
// function (raw = reflect.ValueOf(b).Bytes()) is left to yaegi (rewrite's
// stackAppends took every call for an append and read its first
// argument: the session's process died, go101's details article, whole);
// a pass that panics now stops the cell with gopad's bug report instead
// of the process (rewrite's Pass.safeRun).

var outside8Programs = []fidProgram{
	{name: "a loop variable written back past a body's variable of its name", src: `package main

import "fmt"

func main() {
	var outer, inner []*int
	for x := 0; x < 4; x++ {
		outer = append(outer, &x)
		x := x * 10
		inner = append(inner, &x)
		if x > 15 {
			x++
			continue
		}
		x += 5
	}
	for i := range outer {
		fmt.Print(*outer[i], " ", *inner[i], "; ")
	}
	fmt.Println()

	var last *int
	for n := 1; n < 100; n *= 3 {
		last = &n
		n := n + 1000
		_ = n
	}
	fmt.Println(*last)
}
`, want: "0 5; 1 15; 2 21; 3 31; \n81\n"},
	{name: "ast.Print prints to the cell", src: `package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
)

func main() {
	fset := token.NewFileSet()
	e, err := parser.ParseExprFrom(fset, "expr.go", "x*2 + 1", 0)
	if err != nil {
		panic(err)
	}
	fmt.Println("tree:")
	ast.Print(fset, e)
	fmt.Println("end")
}
`, want: "tree:\n     0  *ast.BinaryExpr {\n     1  .  X: *ast.BinaryExpr {\n     2  .  .  X: *ast.Ident {\n     3  .  .  .  NamePos: expr.go:1:1\n     4  .  .  .  Name: \"x\"\n     5  .  .  }\n     6  .  .  OpPos: expr.go:1:2\n     7  .  .  Op: *\n     8  .  .  Y: *ast.BasicLit {\n     9  .  .  .  ValuePos: expr.go:1:3\n    10  .  .  .  ValueEnd: expr.go:1:4\n    11  .  .  .  Kind: INT\n    12  .  .  .  Value: \"2\"\n    13  .  .  }\n    14  .  }\n    15  .  OpPos: expr.go:1:5\n    16  .  Op: +\n    17  .  Y: *ast.BasicLit {\n    18  .  .  ValuePos: expr.go:1:7\n    19  .  .  ValueEnd: expr.go:1:8\n    20  .  .  Kind: INT\n    21  .  .  Value: \"1\"\n    22  .  }\n    23  }\nend\n"},
	{name: "untyped float constants compare exactly", src: `package main

import "fmt"

const da = 0.29999999999999998889776975374843459576368331909180
const db = 0.3
const third = 1.0 / 3

func main() {
	fmt.Println(db == da, da < db, db != da)
	fmt.Println(0.1*3, 0.1*3 == 0.3, third*3 == 1)
	x := 0.1 + 0.2
	fmt.Println(x, 0.1+0.2 == 0.3)
	const e = 1e-20
	fmt.Println(1+e == 1, 1+e > 1)
	var f float64 = 1 + e - 1
	fmt.Println(f)
}
`, want: "false true true\n0.3 true true\n0.3 true\nfalse true\n1e-20\n"},
	{name: "reflect lists the methods of compiled struct types", src: `package main

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"sync"
)

type Guarded struct {
	sync.Mutex
	n int
}

func (g *Guarded) Inc() { g.Lock(); g.n++; g.Unlock() }

func names(t reflect.Type) string {
	var out []string
	for i := 0; i < t.NumMethod(); i++ {
		out = append(out, t.Method(i).Name)
	}
	return strings.Join(out, " ")
}

func main() {
	fmt.Println(names(reflect.TypeOf(context.Background())))
	fmt.Println(names(reflect.TypeOf(context.TODO())))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	fmt.Println(names(reflect.TypeOf(ctx)))
	fmt.Println(names(reflect.TypeOf(&strings.Builder{})))
	fmt.Println(names(reflect.TypeOf(&Guarded{})))
	m, ok := reflect.TypeOf(context.Background()).MethodByName("String")
	fmt.Println(m.Name, ok, reflect.ValueOf(context.TODO()).MethodByName("String").Call(nil)[0])
}
`, want: "Deadline Done Err String Value\nDeadline Done Err String Value\nDeadline Done Err String Value\nCap Grow Len Reset String Write WriteByte WriteRune WriteString\nInc Lock TryLock Unlock\nString true context.TODO\n"},
	{name: "a handler deferred after plain calls runs before them", src: `package main

import "fmt"

func main() {
	defer fmt.Println("last words")
	defer func() {
		fmt.Println("cleanup")
	}()
	fmt.Println("start")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	defer fmt.Println("before the handler")
	defer recover()
	defer func() {
		fmt.Println("no recover here")
	}()
	panic("boom")
}
`, want: "start\nno recover here\nbefore the handler\nrecovered: boom\ncleanup\nlast words\n"},
	{name: "defer recover() recovers nothing", src: `package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("outer:", recover())
	}()
	defer func() {
		fmt.Println("inner:", recover())
		panic("second")
	}()
	defer recover()
	fmt.Println("start")
	panic("first")
}
`, want: "start\ninner: first\nouter: second\n"},
	{name: "a deferred panic that statements follow is refused", src: `package main

import "fmt"

func work() {
	defer panic("late")
	fmt.Println("working")
}

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println("start")
	work()
}
`, want: "start\nworking\nrecovered: late\n", refusal: "gopad cannot run the statements after defer panic(...)"},
	{name: "the methods of a cell's interface type are refused", src: `package main

import (
	"fmt"
	"reflect"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ S float64 }

func (q Square) Area() float64      { return q.S * q.S }
func (q Square) Perimeter() float64 { return 4 * q.S }

func main() {
	var s Shape = Square{2}
	fmt.Println(reflect.ValueOf(s).NumMethod())
	v := reflect.ValueOf(&s).Elem()
	fmt.Println(v.NumMethod())
}
`, want: "2\n2\n", refusal: "gopad cannot answer reflect.Value.NumMethod for an interface type declared in a cell"},
	{name: "a slice assigned a call without arguments", src: `package main

import (
	"fmt"
	"reflect"
)

type Blob []byte

func main() {
	b := Blob("gopher")
	var raw []byte
	raw = reflect.ValueOf(b).Bytes()
	raw[0] = 'G'
	fmt.Println(string(b), len(raw))
}
`, want: "Gopher 6\n"},
}

func TestFidOutside8(t *testing.T) { runFidPrograms(t, outside8Programs) }

// A flag set whose output was never set prints its usage and errors to the cell's standard error, as go run prints
// them to the program's.
func TestFidOutside8FlagOutput(t *testing.T) {
	src := `package main

import (
	"flag"
	"fmt"
)

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	n := fs.Int("n", 3, "how many")
	fs.String("name", "", "who")
	err := fs.Parse([]string{"-n", "5", "-verbose"})
	fmt.Println("n:", *n, "err:", err)
	fs.PrintDefaults()
}
`
	cells, err := notebookCells(src)
	if err != nil {
		t.Fatal(err)
	}
	const wantOut = "n: 5 err: flag provided but not defined: -verbose\n"
	const wantErr = "flag provided but not defined: -verbose\nUsage of tool:\n  -n int\n    \thow many (default 3)\n  -name string\n    \twho\n  -n int\n    \thow many (default 3)\n  -name string\n    \twho\n"
	for _, form := range [][]string{{pastedForm(src)}, cells} {
		s := newSession(t)
		var out, errOut strings.Builder
		for _, c := range form {
			res, rec := run(t, s, c)
			out.WriteString(rec.out())
			errOut.WriteString(rec.errOut())
			if res.Err != nil {
				t.Fatalf("%s: %s", res.Err.Name, res.Err.Value)
			}
		}
		if out.String() != wantOut || errOut.String() != wantErr {
			t.Errorf("printed %q and to stderr %q, want %q and %q", out.String(), errOut.String(), wantOut, wantErr)
		}
	}
}
