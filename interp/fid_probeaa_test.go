package interp

import (
	"strings"
	"testing"
)

// probeAAPrograms are the class programs of probe-aa, each run whole and
// split (runFidPrograms).
var probeAAPrograms = []fidProgram{
	// A nil value of a cell's slice, map or func type with methods converted to a
	// compiled interface (error, fmt.Stringer, io.Writer, sort.Interface):
	// returned, assigned, passed to a compiled function, as a literal's
	// element; compared with nil, asserted back, switched on, printed.
	{name: "nil_kept_values_to_compiled_interfaces", src: `package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }

type MultiError []error

func (m MultiError) Error() string {
	parts := make([]string, len(m))
	for i, e := range m {
		parts[i] = e.Error()
	}
	return fmt.Sprintf("%d errors: %s", len(m), strings.Join(parts, "; "))
}

func validate(words []string) error {
	var errs MultiError
	for _, w := range words {
		if w == "" {
			errs = append(errs, errors.New("empty word"))
		}
	}
	return errs // the classic gotcha: never a nil error
}

type Tags map[string]bool

func (t Tags) String() string { return fmt.Sprintf("%d tags", len(t)) }

type Sink []byte

func (s Sink) Write(p []byte) (int, error) { return len(p), nil }

type Op func(int) int

func (o Op) String() string {
	if o == nil {
		return "no-op"
	}
	return fmt.Sprint("op:", o(1))
}

func pick(xs byLen) sort.Interface { return xs }

func main() {
	err := validate([]string{"a", "b"})
	fmt.Println(err == nil, err)
	var me MultiError
	fmt.Println(errors.As(err, &me), me == nil, len(me))
	err = validate([]string{"", "x", ""})
	fmt.Println(err == nil, err)

	var words byLen
	sort.Sort(words)
	si := pick(words)
	fmt.Println(si == nil, si.Len())
	back, ok := si.(byLen)
	fmt.Println(back == nil, ok)
	switch v := si.(type) {
	case byLen:
		fmt.Println("case byLen", len(v))
	default:
		fmt.Println("default")
	}
	fmt.Printf("%T %v\n", si, si)

	var tags Tags
	var st fmt.Stringer = tags
	fmt.Println(st == nil, st, st.String())

	var sink Sink
	var w io.Writer = sink
	n, err := fmt.Fprintf(w, "%d bytes", 42)
	fmt.Println(w == nil, n, err)
	n, _ = io.WriteString(sink, "hello")
	fmt.Println(n)

	var op Op
	var s2 fmt.Stringer = op
	fmt.Println(s2 == nil, s2.String())
	ss := []fmt.Stringer{tags, op, Tags{"a": true}}
	for _, s := range ss {
		fmt.Print(s == nil, " ", s.String(), "; ")
	}
	fmt.Println()
	words = byLen{"ccc", "a", "bb"}
	sort.Sort(words)
	fmt.Println(words)
}
`, want: `false 0 errors: 
true true 0
false 2 errors: empty word; empty word
false 0
true true
case byLen 0
main.byLen []
false 0 tags 0 tags
false 8 <nil>
5
false no-op
false 0 tags; false no-op; false 1 tags; 
[a bb ccc]
`},
	// A cell's func type with a method (HandlerFunc style) handed to a compiled
	// function as a variable, a conversion, a call's result that may be nil.
	{name: "nil_func_handler_to_compiled_call", src: `package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
)

type appHandler func(w http.ResponseWriter, r *http.Request) error

func (fn appHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := fn(w, r); err != nil {
		http.Error(w, err.Error(), 500)
	}
}

func page(w http.ResponseWriter, r *http.Request) error {
	fmt.Fprint(w, "page "+r.URL.Path)
	return nil
}

func lookup(name string) appHandler {
	if name == "page" {
		return page
	}
	return nil
}

func main() {
	var h appHandler = page
	mux := http.NewServeMux()
	mux.Handle("/a", h)
	mux.Handle("/b", appHandler(page))
	mux.Handle("/c", lookup("page"))
	var none appHandler
	var hh http.Handler = none
	fmt.Println(hh == nil, lookup("x") == nil)
	for _, p := range []string{"/a", "/b", "/c"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", p, nil))
		fmt.Println(rec.Code, rec.Body.String())
	}
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		mux.Handle("/d", lookup("x"))
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", "/d", nil))
	}()
}
`, want: `false true
200 page /a
200 page /b
200 page /c
recovered: true
`},
	// A variable declared with a parenthesized type and a value, as written
	// and as gopad's copies of generic code write it for a type argument
	// that is no plain name (P = *T of a constraint interface{ ...; *T }).
	{name: "parenthesized_var_types", src: `package main

import (
	"fmt"
	"strconv"
)

type Version struct{ Major, Minor int }

func (v *Version) Set(s string) error {
	n, err := strconv.Atoi(s)
	v.Major = n
	return err
}

type Setter[T any] interface {
	Set(string) error
	*T
}

// FromStrings makes a T through its pointer's Set method (P = *T).
func FromStrings[T any, P Setter[T]](in []string) ([]T, error) {
	out := make([]T, len(in))
	for i, s := range in {
		var p P = &out[i]
		if err := p.Set(s); err != nil {
			return out[:i], err
		}
	}
	return out, nil
}

func Ptrs[T any, P interface{ *T }](xs []T) []P {
	var out []P
	for i := range xs {
		var p P = &xs[i]
		out = append(out, p)
	}
	return out
}

var global (*Version) = &Version{9, 9}

func main() {
	var p (*Version) = new(Version)
	var q, r ((int)) = 1, 2
	var f (func(int) int) = func(x int) int { return x * 2 }
	var m (map[string]int) = map[string]int{"a": 1}
	p.Major = 3
	fmt.Println(p.Major, q, r, f(4), m, *global)
	vs, err := FromStrings[Version]([]string{"1", "22", "x", "4"})
	fmt.Println(vs, err)
	ps := Ptrs([]int{1, 2, 3})
	*ps[1] = 20
	fmt.Println(len(ps), *ps[0], *ps[1])
}
`, want: `3 1 2 8 map[a:1] {9 9}
[{1 0} {22 0}] strconv.Atoi: parsing "x": invalid syntax
3 1 20
`},
	// unsafe.Sizeof, Alignof and Offsetof of the cells' types (a field of a
	// cell's interface type, a func field, a promoted field, an array, a
	// constant expression) answer with Go's sizes.
	{name: "unsafe_sizes", src: `package main

import (
	"fmt"
	"unsafe"
)

type Shape interface{ Area() float64 }

type Holder struct {
	S    Shape
	F    func() int
	Next *Holder
	Any  any
}

type Small struct {
	a bool
	b int16
}

type Point struct{ X, Y int32 }

type Wrapper struct {
	Point
	Tag  string
	Kids []Wrapper
}

func main() {
	var h Holder
	fmt.Println(unsafe.Sizeof(h), unsafe.Offsetof(h.F), unsafe.Offsetof(h.Any))
	var s Shape
	fmt.Println(unsafe.Sizeof(s), unsafe.Sizeof(Small{}), unsafe.Alignof(Small{}))
	var w Wrapper
	fmt.Println(unsafe.Sizeof(w), unsafe.Offsetof(w.Tag), unsafe.Offsetof(w.Y), unsafe.Sizeof(w.Point))
	arr := [4]Small{}
	fmt.Println(unsafe.Sizeof(arr), unsafe.Sizeof(&arr), unsafe.Sizeof(uintptr(0)), unsafe.Sizeof(complex64(0)))
}
`, want: `48 16 32
16 4 2
48 8 4 8
16 8 8 8
`},
	// The same nil values handed to a compiled function's variadic
	// interface parameter (errors.Join, io.MultiWriter) and in a slice
	// spread into it.
	{name: "nil_kept_values_variadic", src: `package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type ErrList []error

func (e ErrList) Error() string { return fmt.Sprintf("%d errors", len(e)) }

type Sink []byte

func (s Sink) Write(p []byte) (int, error) { return len(p), nil }

type Codes map[string]int

func (c Codes) Error() string { return fmt.Sprintf("codes(%d)", len(c)) }

func main() {
	var none ErrList
	joined := errors.Join(none, nil)
	fmt.Println(joined == nil, joined)
	var codes Codes
	j2 := errors.Join(errors.New("first"), codes, none)
	fmt.Printf("%q\n", j2.Error())
	var sb strings.Builder
	var sink Sink
	w := io.MultiWriter(&sb, sink)
	n, err := io.WriteString(w, "hello")
	fmt.Println(n, err, sb.String())
	errs := []error{none, codes}
	fmt.Println(errors.Join(errs...) == nil)
}
`, want: `false 0 errors
"first\ncodes(0)\n0 errors"
5 <nil> hello
false
`},
	// A struct field of a cell's func type with methods, read to call a
	// method on it (directly, through a variable, an element of a field),
	// converted to a compiled and to a literal interface, switched on.
	{name: "func_typed_fields_keep_methods", src: `package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Middleware func(string) string

func (m Middleware) Then(next Middleware) Middleware {
	if m == nil {
		return next
	}
	return func(s string) string { return next(m(s)) }
}

func (m Middleware) Apply(s string) string {
	if m == nil {
		return s
	}
	return m(s)
}

type HandlerFunc func(http.ResponseWriter, *http.Request)

func (f HandlerFunc) ServeHTTP(w http.ResponseWriter, r *http.Request) { f(w, r) }

type Server struct {
	name    string
	chain   Middleware
	handler HandlerFunc
}

type Pipeline struct {
	Stages []Middleware
	Final  Middleware
}

func (s *Server) Handle(in string) string {
	return s.chain.Then(strings.TrimSpace).Apply(in)
}

func main() {
	s := &Server{name: "srv", chain: strings.ToUpper}
	fmt.Printf("%q\n", s.Handle("  hello "))
	var empty Server
	fmt.Printf("%q\n", empty.Handle("  x "))
	c := s.chain
	fmt.Println(c.Apply("copy"), empty.chain.Apply("raw"))
	s.handler = func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "hi from ", s.name) }
	var h http.Handler = s.handler
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	fmt.Println(rec.Body.String())
	p := Pipeline{Stages: []Middleware{strings.ToLower}, Final: func(s string) string { return s + "!" }}
	fmt.Println(p.Stages[0].Then(p.Final).Apply("ABC"))
	var th interface{ Apply(string) string } = p.Final
	fmt.Println(th.Apply("iface"))
	switch v := any(p.Final).(type) {
	case Middleware:
		fmt.Println("Middleware", v.Apply("sw"))
	default:
		fmt.Println("other")
	}
}
`, want: `"HELLO"
"x"
COPY raw
hi from srv
abc!
iface!
Middleware sw!
`},
	// A nil ErrList as an error in every other place a value becomes one:
	// a send, a map and a struct literal, append, a second result, an
	// assignment, a slice literal in a range, an argument, a closure's
	// result, a declaration in a loop; errors.As back to it.
	{name: "nil_kept_values_everywhere", src: `package main

import (
	"errors"
	"fmt"
)

type ErrList []error

func (e ErrList) Error() string { return fmt.Sprintf("%d errors", len(e)) }

type Result struct {
	N   int
	Err error
}

func multi() (int, error) {
	var errs ErrList
	return 1, errs
}

func main() {
	var errs ErrList
	ch := make(chan error, 1)
	ch <- errs
	e1 := <-ch
	m := map[string]error{"a": errs}
	r := Result{Err: errs}
	r2 := Result{2, errs}
	var list []error
	list = append(list, errs)
	_, e2 := multi()
	var e3 error
	e3 = errs
	fmt.Println(e1 == nil, m["a"] == nil, r.Err == nil, r2.Err == nil, list[0] == nil, e2 == nil, e3 == nil)
	for _, e := range []error{errs, nil} {
		fmt.Print(e == nil, " ")
	}
	fmt.Println()
	var target ErrList
	fmt.Println(errors.As(e2, &target), target == nil)
	f := func(e error) bool { return e == nil }
	fmt.Println(f(errs), func() error { return errs }() == nil)
	for i := 0; i < 2; i++ {
		var loopErrs ErrList
		if i == 1 {
			loopErrs = append(loopErrs, errors.New("x"))
		}
		var err error = loopErrs
		fmt.Print(err == nil, err, "; ")
	}
	fmt.Println()
}
`, want: `false false false false false false false
false true 
true true
false false
false 0 errors; false 1 errors; 
`},
}

func TestFidProbeAA(t *testing.T) { runFidPrograms(t, probeAAPrograms) }

// TestProbeAAPredeclaredTypeInBody: a defined type declared in a
// function under a predeclared type's name (type error string in main)
// stops the cell with gopad's refusal, where yaegi took the name for Go's
// type (cannot convert "x" to int32, a nil dereference for a struct named
// error); an alias of that name in a body still runs.
func TestProbeAAPredeclaredTypeInBody(t *testing.T) {
	for _, src := range []string{
		"func main() {\n\ttype error string\n\tvar e error = \"custom\"\n\tfmt.Println(e)\n}\nmain()",
		"func f() any {\n\ttype any struct{ A int }\n\treturn any{1}\n}\nfmt.Println(f())",
		"func g() {\n\ttype int32 string\n\tvar s int32 = \"x\"\n\tfmt.Println(s)\n}",
	} {
		_, errText := runFidCells(t, []string{`import "fmt"`, src})
		if !strings.Contains(errText, "gopad cannot declare a type named") || !strings.Contains(errText, "in a function") {
			t.Errorf("%q: error %q, want gopad's refusal", src, errText)
		}
	}
	out, errText := runFidCells(t, []string{`import "fmt"`, "func main() {\n\ttype int = string\n\tvar s int = \"x\"\n\tfmt.Println(s, 1)\n}\nmain()"})
	if errText != "" || out != "x 1\n" {
		t.Errorf("alias in a body: printed %q, error %q", out, errText)
	}
}
