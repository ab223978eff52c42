package interp

// Tests that cells compute what `go run` computes for the run-time semantics
// a learner meets early: runtime errors, string ranging, Print's spacing,
// re-declared variables, os.Args, iota, method values of compiled types,
// comma-ok receives, sync.OnceValue and os.Stdout.

import (
	"strings"
	"testing"
)

// fidelityCase is a program split into cells and the output go run gives it.
type fidelityCase struct {
	name  string
	cells []string
	want  string
}

func runFidelity(t *testing.T, cases []fidelityCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := newSession(t)
			var out strings.Builder
			for _, code := range c.cells {
				res, rec := run(t, s, code)
				out.WriteString(rec.out())
				if res.Err != nil {
					t.Fatalf("cell %q: %s: %s\n%s", code, res.Err.Name, res.Err.Value,
						strings.Join(res.Err.Traceback, "\n"))
				}
			}
			if got := out.String(); got != c.want {
				t.Errorf("output\n%s\nwant (go run)\n%s", got, c.want)
			}
		})
	}
}

// catchCell declares a helper that runs f and prints what recover() saw:
// whether it is a runtime.Error, and its text.
const catchCell = `import "runtime"

func catch(f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		err, _ := r.(error)
		fmt.Println(isRT, err)
	}()
	f()
}`

// TestFidelityRuntimeErrors checks that runtime errors recovered in a cell
// are runtime.Error values with Go's wording.
func TestFidelityRuntimeErrors(t *testing.T) {
	runFidelity(t, []fidelityCase{{
		name: "index",
		cells: []string{`import "fmt"`, catchCell, `s := []int{1, 2, 3}
i := 5
catch(func() { fmt.Println(s[i]) })
a := [3]string{"x", "y", "z"}
catch(func() { _ = a[i] })
str := "abc"
catch(func() { _ = str[i] })`},
		want: "true runtime error: index out of range [5] with length 3\n" +
			"true runtime error: index out of range [5] with length 3\n" +
			"true runtime error: index out of range [5] with length 3\n",
	}, {
		name: "slice",
		cells: []string{`import "fmt"`, catchCell, `s := make([]int, 5)
n := 10
catch(func() { _ = s[:n] })
catch(func() { _ = s[n:] })
str := "hello"
catch(func() { _ = str[2:n] })
lo := 4
hi := 2
catch(func() { _ = s[lo:hi] })`},
		want: "true runtime error: slice bounds out of range [:10] with capacity 5\n" +
			"true runtime error: slice bounds out of range [10:5]\n" +
			"true runtime error: slice bounds out of range [:10] with length 5\n" +
			"true runtime error: slice bounds out of range [4:2]\n",
	}, {
		name: "nil pointer, map, divide",
		cells: []string{`import "fmt"`, catchCell, `type Node struct{ Val int; Next *Node }`, `var p *Node
catch(func() { fmt.Println(p.Val) })
var m map[string]int
catch(func() { m["a"] = 1 })
zero := 0
catch(func() { fmt.Println(7 / zero) })`},
		want: "true runtime error: invalid memory address or nil pointer dereference\n" +
			"true assignment to entry in nil map\n" +
			"true runtime error: integer divide by zero\n",
	}, {
		name: "type assertion",
		cells: []string{`import "fmt"`, catchCell, `var v any = "text"
catch(func() { fmt.Println(v.(int)) })`},
		want: "true interface conversion: interface {} is string, not int\n",
	}})
}

// TestFidelityUncaughtRuntimeError checks the error a cell shows for a
// runtime error nobody recovers.
func TestFidelityUncaughtRuntimeError(t *testing.T) {
	for _, c := range []struct{ code, want string }{
		{"s := []int{1, 2, 3}\ni := 5\n_ = s[i]", "runtime error: index out of range [5] with length 3"},
		{"var m map[string]int\nm[\"x\"] = 2", "assignment to entry in nil map"},
		{"type P struct{ X int }\nvar p *P\nfmt.Println(p.X)", "runtime error: invalid memory address or nil pointer dereference"},
		{"func at(s []int, i int) int { return s[i] }\nat([]int{1}, 3)", "runtime error: index out of range"},
		{"var v any = 1\ns := v.(string)\n_ = s", "interface conversion: interface {} is int, not string"},
	} {
		s := newSession(t)
		mustRun(t, s, `import "fmt"`)
		res, _ := run(t, s, c.code)
		if res.Err == nil {
			t.Errorf("%q: no error", c.code)
			continue
		}
		if !strings.HasSuffix(res.Err.Value, c.want) && !strings.Contains(res.Err.Value, c.want+" [") ||
			strings.Contains(res.Err.Value, "reflect") || res.Err.Name != "runtime.Error" {
			t.Errorf("%q: error %q, want %q", c.code, res.Err.Value, c.want)
		}
	}
}

// TestFidelityStringRange checks ranging over a string with invalid UTF-8.
func TestFidelityStringRange(t *testing.T) {
	runFidelity(t, []fidelityCase{{
		name: "top level",
		cells: []string{`import "fmt"`, `s := "a\xffb\xe2\x82c€"
for i, r := range s {
	fmt.Println(i, r)
}`},
		want: "0 97\n1 65533\n2 98\n3 65533\n4 65533\n5 99\n6 8364\n",
	}, {
		name: "in a function, index only",
		cells: []string{`import "fmt"`, `func idx(s string) []int {
	var out []int
	for i := range s {
		out = append(out, i)
	}
	return out
}`, `fmt.Println(idx("\xf0\x9f\x98x\xe2\x82\xacy"))`},
		want: "[0 1 2 3 4 7]\n",
	}, {
		name: "labels, closures, named strings",
		cells: []string{`import "fmt"`, `type Word string`, `var fs []func() rune
w := Word("héé")
outer:
for i, r := range w {
	for j := range "ab" {
		if r == 'h' {
			continue outer
		}
		if j == 1 {
			break
		}
		fs = append(fs, func() rune { return r })
		fmt.Println(i, j, string(r))
	}
}
for _, f := range fs {
	fmt.Print(string(f()))
}
fmt.Println()
var k int
var c rune
for k, c = range "añb" {
}
fmt.Println(k, string(c))`},
		want: "1 0 é\n3 0 é\néé\n3 b\n",
	}})
}

// TestFidelityPrintSpacing checks fmt.Print's rule: a space between
// operands when neither is a string.
func TestFidelityPrintSpacing(t *testing.T) {
	runFidelity(t, []fidelityCase{{
		name: "plain",
		cells: []string{`import "fmt"`, `fmt.Print(1, 2, "a", 3, "b", "c", 4.5, true, '\n', "\n")
fmt.Print("x", 1, 2, "\n")
fmt.Print([]int{1}, []int{2}, "\n")`},
		want: "1 2a3bc4.5 true 10\nx1 2\n[1] [2]\n",
	}, {
		name: "stringers",
		cells: []string{`import "fmt"`, `type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }`,
			`type Name string

func (n Name) String() string { return "<" + string(n) + ">" }`,
			`fmt.Print(Temp(1), Temp(2), "\n")
fmt.Print(Name("a"), Name("b"), "\n")
for i := 0; i < 2; i++ {
	fmt.Print(Temp(i), i)
}
fmt.Print("\n")
t := Temp(3)
fmt.Println(fmt.Sprint(&t, 7, Name("n"), Temp(4)))`},
		want: "1.0°C 2.0°C\n<a><b>\n0.0°C 01.0°C 1\n3.0°C 7<n>4.0°C\n",
	}})
}

// TestFidelityRedeclaredErr checks a variable assigned in one cell and
// re-declared with := in a later one.
func TestFidelityRedeclaredErr(t *testing.T) {
	runFidelity(t, []fidelityCase{{
		name: "err",
		cells: []string{`import (
	"errors"
	"fmt"
	"strconv"
)`, `var err error`, `_, err = strconv.Atoi("x")
fmt.Println(err)`, `p, err := strconv.ParseFloat("2.5", 64)
fmt.Println(p, err)`, `n, err := strconv.Atoi("7")
fmt.Println(n, err, errors.Is(err, strconv.ErrSyntax))`},
		want: "strconv.Atoi: parsing \"x\": invalid syntax\n2.5 <nil>\n7 <nil> false\n",
	}, {
		name: "other types",
		cells: []string{`import "fmt"`, `func two() (string, int) { return "a", 1 }`,
			`func three() (float64, int) { return 2.5, 9 }`, `var k int
_, k = two()
fmt.Println(k)`, `f, k := three()
fmt.Println(f, k)`},
		want: "1\n2.5 9\n",
	}, {
		name: "read by an earlier function",
		cells: []string{`import (
	"fmt"
	"strconv"
)`, `var err error`, `func report() { fmt.Println("err is", err) }`, `_, err = strconv.Atoi("x")`,
			`p, err := strconv.Atoi("5")
fmt.Println(p, err)`, `report()`, `n := 1`, `func showN() { fmt.Println("n is", n) }`, `s, n := "s", 2
showN()
fmt.Println(s, n)`},
		want: "5 <nil>\nerr is <nil>\nn is 2\ns 2\n",
	}})
}

// TestFidelityOsArgs checks that os.Args is what go run gives a program run
// without arguments.
func TestFidelityOsArgs(t *testing.T) {
	runFidelity(t, []fidelityCase{{
		name:  "args",
		cells: []string{`import ("fmt"; "os")`, `fmt.Println(len(os.Args), len(os.Args[1:]))`},
		want:  "1 0\n",
	}})
}

// TestFidelityIota checks iota blocks whose lines declare two names.
func TestFidelityIota(t *testing.T) {
	runFidelity(t, []fidelityCase{{
		name: "two names",
		cells: []string{`import "fmt"`, `const (
	a, b = iota, iota * 10
	c, d
	e, f
)`, `fmt.Println(a, b, c, d, e, f)`},
		want: "0 0 1 10 2 20\n",
	}, {
		name: "typed, skipped",
		cells: []string{`import "fmt"`, `type Size int

const (
	_, _ Size = iota, 1 << (10 * iota)
	KB, KBytes
	MB, MBytes
)`, `fmt.Println(KB, KBytes, MB, MBytes)`},
		want: "1 1024 2 1048576\n",
	}})
}

// TestFidelityMethodValueCompiled checks method values of compiled types.
func TestFidelityMethodValueCompiled(t *testing.T) {
	runFidelity(t, []fidelityCase{{
		name: "builder",
		cells: []string{`import ("bytes"; "fmt"; "io"; "strings")`, `var sb strings.Builder
w := sb.WriteString
w("hello ")
w("world")
fmt.Println(sb.String())`, `buf := new(bytes.Buffer)
wb := buf.WriteString
wb("abc")
fmt.Println(buf.Len(), buf.String())`, `func apply(f func(string) (int, error), parts ...string) {
	for _, p := range parts {
		f(p)
	}
}`, `var b2 strings.Builder
apply(b2.WriteString, "x", "y", "z")
fmt.Println(b2.String())`, `var w io.Writer = buf
wf := w.Write
wf([]byte("!"))
me := (*bytes.Buffer).WriteString
me(buf, "?")
fmt.Println(buf.String())`},
		want: "hello world\n3 abc\nxyz\nabc!?\n",
	}})
}

// TestFidelityCommaOkReceive checks a top-level v, ok := <-ch.
func TestFidelityCommaOkReceive(t *testing.T) {
	runFidelity(t, []fidelityCase{{
		name: "top level",
		cells: []string{`import "fmt"`, `ch := make(chan int, 1)
ch <- 4
v, ok := <-ch
fmt.Println(v, ok)
close(ch)
v, ok = <-ch
fmt.Println(v, ok)`, `names := make(chan string, 1)
names <- "ann"
select {
case n, ok := <-names:
	fmt.Println(n, ok)
}
close(names)
n2, ok2 := <-names
fmt.Println(n2 == "", ok2)`},
		want: "4 true\n0 false\nann true\ntrue false\n",
	}})
}

// TestFidelityOnceValue checks sync.OnceValue of a named function.
func TestFidelityOnceValue(t *testing.T) {
	runFidelity(t, []fidelityCase{{
		name: "map",
		cells: []string{`import ("fmt"; "sync")`, `var calls int

func loadConfig() map[string]int {
	calls++
	return map[string]int{"port": 8080}
}`, `config := sync.OnceValue(loadConfig)
fmt.Println(config()["port"], config()["port"], calls)`, `func readNames() ([]string, error) { return []string{"a", "b"}, nil }`,
			`names := sync.OnceValues(readNames)
ns, err := names()
fmt.Println(len(ns), ns[1], err)`},
		want: "8080 8080 1\n2 b <nil>\n",
	}})
}

// TestFidelityOsStdout checks that os.Stdout behaves as an *os.File in cells
// and that what is written to it is captured.
func TestFidelityOsStdout(t *testing.T) {
	runFidelity(t, []fidelityCase{{
		name: "methods",
		cells: []string{`import ("bufio"; "fmt"; "io"; "os")`, `fmt.Fprintln(os.Stdout, "one")
os.Stdout.WriteString("two\n")
os.Stdout.Write([]byte("three\n"))
w := bufio.NewWriter(os.Stdout)
fmt.Fprintf(w, "%d\n", 4)
w.Flush()
io.WriteString(os.Stdout, "five\n")
fmt.Println(os.Stdout.Name(), os.Stdout.Fd())`},
		want: "one\ntwo\nthree\n4\nfive\n/dev/stdout 1\n",
	}, {
		name: "in functions, as a value",
		cells: []string{`import ("fmt"; "io"; "os")`, `func report(w io.Writer, msg string) {
	io.WriteString(w, msg+"\n")
}`, `out := os.Stdout
fmt.Println("a")
out.WriteString("b\n")
report(os.Stdout, "c")
fmt.Println("d")`},
		want: "a\nb\nc\nd\n",
	}})
	s := newSession(t)
	mustRun(t, s, `import "os"`)
	mustRun(t, s, `func toFile(f *os.File) { f.WriteString("x") }`)
	if res, _ := run(t, s, `toFile(os.Stdout)`); res.Err == nil || !strings.Contains(res.Err.Value, "io.Writer") {
		t.Errorf("os.Stdout passed as *os.File: want an error naming the workaround, got %+v", res.Err)
	}
	res, rec := run(t, s, `os.Stderr.WriteString("warn\n")`)
	if res.Err != nil || rec.errOut() != "warn\n" || rec.out() != "" {
		t.Errorf("os.Stderr.WriteString: err %v, stderr %q, stdout %q", res.Err, rec.errOut(), rec.out())
	}
}
