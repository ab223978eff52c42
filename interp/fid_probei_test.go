package interp

import (
	"strings"
	"testing"
)

// A struct that embeds a type a later cell declares waits for it, as a
// named field of that type does: the embedded name is the field's name
// and its type at once.
func TestFidProbeIEmbedsLaterType(t *testing.T) {
	runSplit(t, newSession(t), []splitStep{
		{code: "import \"fmt\""},
		{code: "type Employee struct {\n\tName string\n\tAddress\n\t*Contact\n}", note: "Address"},
		{code: "type Address struct{ City string }"},
		{code: "func (a Address) String() string { return \"in \" + a.City }"},
		{code: "type Contact struct{ Phone string }"},
		{code: "e := Employee{\"Sam\", Address{\"Austin\"}, &Contact{\"555\"}}\nfmt.Println(e.Name, e.City, e.Phone, e.Address)", stdout: "Sam Austin 555 in Austin\n"},
	})
}

// A var declaration that reads a variable declared just before it, in the
// same cell, from an earlier cell's variable, sees that variable's value,
// not its zero value.
func TestFidProbeIVarReadsSplitVar(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"numbers", `x := 3
var a = x * 2
var b = a + 1
var c, d = b, 10
fmt.Println(a, b, c, d)`, "6 7 7 10\n"},
		{"var block", `x := 3
var (
	a = x * 2
	b = a + 1
	s = fmt.Sprint(b, "!")
)
fmt.Println(a, b, s)`, "6 7 7!\n"},
		{"through a function of the cell", `x := 3
var a = x * 2
func double() int { return a * 2 }
var b = double()
fmt.Println(a, b)`, "6 12\n"},
		{"interface to interface", `type Named interface{ Name() string }
type Speaker interface {
	Named
	Sound() string
}
type D struct{}
func (D) Name() string { return "n" }
func (D) Sound() string { return "s" }
d := D{}
var sp Speaker = d
var n Named = sp
fmt.Println(n, n.Name(), sp.Sound())`, "{} n s\n"},
	})
}

// A variable of a cell's type converted to a cell's interface, with T(v)
// or sent on a channel of any, holds a copy of the value with its
// methods: the interface's methods run on it, and a later change of the
// variable does not show through.
func TestFidProbeIConvertedVariable(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"explicit conversion", `type Named interface{ Name() string }
type Speaker interface {
	Named
	Sound() string
}
type D struct{}
func (D) Name() string { return "n" }
func (D) Sound() string { return "s" }
d := D{}
sp := Speaker(d)
n := Named(sp)
fmt.Println(n.Name(), sp.Sound(), n)`, "n s {}\n"},
		{"send on a channel of any", `type P struct{ X int }
func (p P) String() string { return fmt.Sprint("P", p.X) }
ch := make(chan any, 2)
p := P{1}
ch <- p
p.X = 2
ch <- p
fmt.Println(<-ch, <-ch)`, "P1 P2\n"},
	})
}

// A panic nobody recovers, with a value of a cell's error type, shows the
// text of its Error method, as Go prints it (a fmt.Stringer's String).
func TestFidProbeIPanicWithCellError(t *testing.T) {
	for _, c := range []struct{ name, code, want string }{
		{"value error", "type E struct{ A, B int }\nfunc (e E) Error() string { return fmt.Sprintf(\"have %d, want %d\", e.A, e.B) }\npanic(E{0, 1})", "have 0, want 1"},
		{"pointer error in a function", "type E struct{ Op string }\nfunc (e *E) Error() string { return \"failed: \" + e.Op }\nfunc run() { panic(&E{\"open\"}) }\nrun()", "failed: open"},
		{"stringer", "type S struct{ N int }\nfunc (s S) String() string { return fmt.Sprint(\"S#\", s.N) }\npanic(S{7})", "S#7"},
		{"in a goroutine", "type E struct{ Op string }\nfunc (e *E) Error() string { return \"failed: \" + e.Op }\ndone := make(chan bool)\ngo func() { defer close(done); panic(&E{\"read\"}) }()\n<-done\nselect {}", "failed: read"},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, _ := run(t, newSession(t), "import \"fmt\"\n"+c.code)
			if res.Err == nil || !strings.HasSuffix(res.Err.Value, c.want) {
				t.Fatalf("error %+v, want one that ends with %q", res.Err, c.want)
			}
		})
	}
}

// The elements of a slice, an array or a map of a cell's type with a
// Format method (fmt.Formatter) print through it, as a value does.
func TestFidProbeIFormatterElements(t *testing.T) {
	decls := `type Temp float64
func (t Temp) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "%.1f°", float64(t)) }
`
	runSilentCases(t, []silentCase{
		{"Println", decls + `fmt.Println(Temp(21.45), []Temp{1, 2.25}, [2]Temp{3}, map[string]Temp{"a": 4})`, "21.4° [1.0° 2.2°] [3.0° 0.0°] map[a:4.0°]\n"},
		{"Printf", decls + `fmt.Printf("%v|%s\n", []Temp{5}, []Temp{6})`, "[5.0°]|[6.0°]\n"},
	})
}
