package interp

import (
	"context"
	"slices"
	"testing"
)

// TestValuesKeptByCompiledInterfaces checks values of the cells' types
// that become compiled interfaces (error, fmt.Stringer, sort.Interface) in
// a loop, or from a variable that changes later: each interface keeps the
// value it was given. yaegi's wrapper calls the method on whatever the
// converted expression holds when the method runs, so every element of a
// slice filled in a loop printed the last one, silently.
func TestValuesKeptByCompiledInterfaces(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import ("errors"; "fmt")
type NotFound struct { Name string; Code int }
func (e NotFound) Error() string { return fmt.Sprintf("%s not found (%d)", e.Name, e.Code) }
type PtrErr struct{ N int }
func (e *PtrErr) Error() string { return fmt.Sprint("ptr ", e.N) }
type Temp float64
func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }
type Shape interface{ Area() float64; String() string }
type Sq struct{ S float64 }
func (q Sq) Area() float64 { return q.S * q.S }
func (q Sq) String() string { return fmt.Sprint("sq", q.S) }`)
	checkCells(t, s, []cellCase{
		{code: `var errs []error
for i, n := range []string{"a", "b", "c"} {
	errs = append(errs, NotFound{n, i})
}
fmt.Println(errs)`, stdout: "[a not found (0) b not found (1) c not found (2)]\n"},
		{code: `var ps []error
for i := 0; i < 3; i++ {
	ps = append(ps, &PtrErr{i})
}
fmt.Println(ps)`, stdout: "[ptr 0 ptr 1 ptr 2]\n"},
		{code: `var ts []fmt.Stringer
for _, c := range []float64{1, 2, 3} {
	ts = append(ts, Temp(c))
}
fmt.Println(ts)`, stdout: "[1.0°C 2.0°C 3.0°C]\n"},
		{code: `m := map[int]fmt.Stringer{}
for i := 0; i < 3; i++ {
	m[i] = Temp(i * 10)
}
fmt.Println(m[0], m[1], m[2])`, stdout: "0.0°C 10.0°C 20.0°C\n"},
		{code: `var joined error
for i := 0; i < 3; i++ {
	joined = errors.Join(joined, NotFound{"j", i})
}
fmt.Println(joined)`, stdout: "j not found (0)\nj not found (1)\nj not found (2)\n"},
		{code: `shapes := []Shape{Sq{1}, Sq{2}, Sq{3}}
var ss []fmt.Stringer
for _, sh := range shapes {
	ss = append(ss, sh)
}
fmt.Println(ss)`, stdout: "[sq1 sq2 sq3]\n"},
		{code: `ch := make(chan error, 3)
for i := 0; i < 3; i++ {
	ch <- NotFound{"c", i}
}
close(ch)
for e := range ch { fmt.Print(e, "; ") }
fmt.Println()`, stdout: "c not found (0); c not found (1); c not found (2); \n"},
	})
}

// TestStructValuesKeepTheirType checks a cell's struct value inside an
// error or a fmt.Stringer, with the type and its methods declared in
// separate cells: yaegi's wrapper keeps one of the struct's fields, and
// the value comes back through the GopadSelf method gopad gives the type,
// for errors.As, errors.Is, assertions, type switches, == and %T.
func TestStructValuesKeepTheirType(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import ("errors"; "fmt")`)
	mustRun(t, s, "type City struct{ Name string; Temp float64 }")
	mustRun(t, s, `func (c City) String() string { return fmt.Sprintf("%s:%.1f", c.Name, c.Temp) }`)
	mustRun(t, s, "type Code struct{ Op string; N int }")
	mustRun(t, s, `func (c Code) Error() string { return fmt.Sprint(c.Op, " ", c.N) }`)
	mustRun(t, s, "type Other struct{ Op string; N int }\nfunc (o Other) Error() string { return \"other\" }")
	checkCells(t, s, []cellCase{
		{code: `var st fmt.Stringer = City{"Oslo", 4.5}
c, ok := st.(City)
fmt.Println(c.Name, ok, st)
fmt.Printf("%T %v\n", st, st)`, stdout: "Oslo true Oslo:4.5\nmain.City Oslo:4.5\n"},
		{code: `wrapped := fmt.Errorf("op: %w", Code{"read", 2})
var cd Code
var ot Other
fmt.Println(errors.As(wrapped, &cd), cd.N, errors.As(wrapped, &ot))
fmt.Println(errors.Is(wrapped, Code{"read", 2}), errors.Is(wrapped, Code{"read", 3}), errors.Is(wrapped, Other{"read", 2}))`,
			stdout: "true 2 false\ntrue false false\n"},
		{code: `for _, e := range []error{Code{"a", 1}, Other{"b", 2}, errors.New("c")} {
	switch v := e.(type) {
	case Other:
		fmt.Print("other ", v.N, "; ")
	case Code:
		fmt.Print("code ", v.Op, "; ")
	default:
		fmt.Print("plain ", v, "; ")
	}
	fmt.Println(e == Code{"a", 1}, e == error(Other{"b", 2}))
}`, stdout: "code a; true false\nother 2; false true\nplain c; false false\n"},
	})
}

// TestNilPointerInAnyIsNotNil checks any(p) of a nil pointer, map or
// slice compared with nil at once: the interface holds a typed nil and is
// not nil (yaegi's conversion answered nil).
func TestNilPointerInAnyIsNotNil(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import ("fmt"; "os")`)
	checkCells(t, s, []cellCase{
		{code: "var f *os.File\nvar m map[string]int\nvar p *int\nfmt.Println(any(f) == nil, interface{}(m) != nil, any(p) == nil, any(nil) == nil)",
			stdout: "false true false true\n"},
	})
}

// TestStringerThatIsAnError checks a value whose type has both String and
// Error held in a fmt.Stringer: fmt prints its Error, as Go's fmt does for
// an error, and the value asserts to error.
func TestStringerThatIsAnError(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
type Issue struct{ Line int }
func (i Issue) Error() string  { return fmt.Sprint("line ", i.Line) }
func (i Issue) String() string { return fmt.Sprint("@", i.Line) }
type Sev int
func (s Sev) String() string { return "sev" }`)
	checkCells(t, s, []cellCase{
		{code: "ss := []fmt.Stringer{Issue{4}, Sev(1), &Issue{5}}\nfmt.Println(ss)\n_, isErr := ss[0].(error)\n_, sevErr := ss[1].(error)\nfmt.Println(isErr, sevErr, ss[0].String())",
			stdout: "[line 4 sev line 5]\ntrue false @4\n"},
	})
}

// TestErrorsAsPastErrorsOfOtherTypes checks errors.As with a target of a
// cell's struct type through a chain that holds errors of the cells' types
// over basic types (which yaegi's wrapper holds as the basic value).
func TestErrorsAsPastErrorsOfOtherTypes(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import ("errors"; "fmt")
type Status int
func (s Status) Error() string { return fmt.Sprint("status ", int(s)) }
type OpError struct{ Op string; Err error }
func (e OpError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e OpError) Unwrap() error { return e.Err }`)
	checkCells(t, s, []cellCase{
		{code: "var oe OpError\nvar st Status\nerr := fmt.Errorf(\"w: %w\", Status(503))\nfmt.Println(errors.As(err, &oe), errors.As(err, &st), int(st))\nerr = OpError{\"get\", Status(404)}\nfmt.Println(errors.As(err, &oe), oe.Op, errors.As(err, &st), int(st))",
			stdout: "false true 503\ntrue get true 404\n"},
	})
}

// TestNamedErrorTypeNames checks %T of errors and Stringers of the cells'
// types over basic types (type DictErr string), which yaegi's wrapper holds
// as the basic value: the type's GopadSelf method gives the name.
func TestNamedErrorTypeNames(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import ("errors"; "fmt")
type DictErr string
func (e DictErr) Error() string { return string(e) }
const ErrNotFound = DictErr("not found")
type Celsius float64
func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }`)
	checkCells(t, s, []cellCase{
		{code: "var err error = ErrNotFound\nvar st fmt.Stringer = Celsius(21.5)\nfmt.Printf(\"%T %v %q|%T %v\\n\", err, err, err, st, st)\nfmt.Println(err == ErrNotFound, errors.Is(fmt.Errorf(\"w: %w\", err), ErrNotFound))",
			stdout: "main.DictErr not found \"not found\"|main.Celsius 21.5°C\ntrue true\n"},
	})
}

// TestLostStructOutsideErrorAndStringer checks that a cell's struct value
// in a compiled interface other than error and fmt.Stringer, asserted to
// another interface, answers as Go (it was refused while only those two
// interfaces' wrappers forwarded GopadSelf: interp/stdlib/selfwrap_gen.go
// gives every compiled interface such a wrapper); and errors.As into an
// interface literal.
func TestLostStructOutsideErrorAndStringer(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import ("errors"; "fmt"; "io"; "strings")
type named interface{ Name() string }
type file struct{ r io.Reader; name string }
func (f file) Read(p []byte) (int, error) { return f.r.Read(p) }
func (f file) Name() string { return f.name }
type Temp struct{ Op string }
func (t Temp) Error() string { return "temp " + t.Op }
func (t Temp) Timeout() bool { return true }`)
	checkCells(t, s, []cellCase{
		{code: "var r io.Reader = file{strings.NewReader(\"x\"), \"a.txt\"}\nn, ok := r.(named)\nfmt.Println(ok, n.Name())", stdout: "true a.txt\n"},
		{code: "var to interface{ Timeout() bool }\nerr := fmt.Errorf(\"w: %w\", Temp{\"dial\"})\nfmt.Println(errors.As(err, &to), to.Timeout(), to)", stdout: "true true temp dial\n"},
	})
}

// TestLoopValuesInCellInterfaces checks values of the cells' types with
// methods made in a loop and stored in a cell's interface or in an any:
// each keeps its own value (every &P{i} a loop appended pointed to the last
// one, and a map of a cell's interface panicked in reflect.Set).
func TestLoopValuesInCellInterfaces(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
type Shape interface{ Area() int }
type P struct{ s int }
func (p *P) Area() int { return p.s }
type Sq struct{ s int }
func (q Sq) Area() int { return q.s * q.s }`)
	checkCells(t, s, []cellCase{
		{code: "var shapes []Shape\nvar anys []any\nm := map[int]Shape{}\nfor i := 1; i <= 3; i++ {\n\tshapes = append(shapes, &P{i}, Sq{i})\n\tanys = append(anys, &P{i})\n\tm[i] = Sq{i}\n}\nfor _, sh := range shapes { fmt.Print(sh.Area(), \" \") }\nfmt.Println(anys[0].(*P).s, anys[2].(*P).s, m[1].Area(), m[3].Area())",
			stdout: "1 1 2 4 3 9 1 3 1 9\n"},
	})
}

// TestDeferredMethodsInLoops checks deferred method calls made in a loop:
// each runs on the receiver and arguments of its own iteration (yaegi read
// the receiver from its frame slot when the call ran: every deferred
// r.Close() closed the last r); and an error asserted to an interface
// every error implements.
func TestDeferredMethodsInLoops(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import ("errors"; "fmt")
type R struct{ name string }
func (r *R) Close() { fmt.Print("close ", r.name, "; ") }
func (r R) Log(prefix string, xs ...int) { fmt.Print(prefix, r.name, xs, "; ") }
func use(names []string) {
	for i, n := range names {
		r := &R{n}
		defer r.Close()
		v := R{n}
		defer v.Log("log ", i, i*10)
	}
}`)
	checkCells(t, s, []cellCase{
		{code: "use([]string{\"x\", \"y\"})\nfmt.Println()", stdout: "log y[1 10]; close y; log x[0 0]; close x; \n"},
		{code: "var e error = errors.New(\"x\")\nte, ok := e.(interface{ Error() string })\nvar target interface{ Error() string }\nfmt.Println(ok, te, errors.As(e, &target), target)", stdout: "true x true x\n"},
	})
}

// TestValueOfPointerMethodTypeIsNoImplementer checks a cell's struct value
// whose methods have pointer receivers, in an any: it implements neither a
// cell's interface nor fmt.Stringer through them (yaegi's assertion said
// it did, and a bound case variable panicked in reflect.Set).
func TestValueOfPointerMethodTypeIsNoImplementer(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
type Animal interface{ Name() string }
type Cat struct{ name string }
func (c *Cat) Name() string   { return c.name }
func (c *Cat) String() string { return "Cat(" + c.name + ")" }
func kind(v any) string {
	switch x := v.(type) {
	case Animal:
		return "animal " + x.Name()
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}`)
	checkCells(t, s, []cellCase{
		{code: "var v any = Cat{\"v\"}\n_, isS := v.(fmt.Stringer)\n_, isA := v.(Animal)\nfmt.Println(kind(v), kind(&Cat{\"p\"}), isS, isA)", stdout: "other main.Cat animal p false false\n"},
	})
}

// TestSelfMethodIsHidden checks that the GopadSelf method gopad gives the
// cells' types is no method of the program's: completion does not offer it,
// and reflection does not count it.
func TestSelfMethodIsHidden(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import (\"fmt\"; \"reflect\")\ntype NotFound struct{ Name string }\nfunc (e NotFound) Error() string { return e.Name }")
	mustRun(t, s, "nf := NotFound{\"x\"}")
	code := "nf."
	m := s.Complete(context.Background(), code, len(code))
	if slices.Contains(m.Matches, "GopadSelf") || !slices.Contains(m.Matches, "Error") {
		t.Errorf("completion of nf. offers %v, want Error and no GopadSelf", m.Matches)
	}
	checkCells(t, s, []cellCase{
		{code: "fmt.Println(reflect.TypeOf(nf).NumMethod())", stdout: "1\n"},
	})
}
