package interp

import "testing"

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
}

func TestFidProbeAA(t *testing.T) { runFidPrograms(t, probeAAPrograms) }
