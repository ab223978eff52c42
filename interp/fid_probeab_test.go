package interp

import "testing"

// probeABPrograms are the class programs of the helper probe-ab: each
// runs whole and split (runFidPrograms) and prints what go run printed.
var probeABPrograms = []fidProgram{
	// A struct type without a name written in a cell (a map's value type, a
	// slice's element, a map's slices' element, a pointer's target, a
	// named struct's field) with an
	// unexported field of a compiled type with String: Go prints the field
	// bare (61000000000), yaegi exported it and fmt called String (1m1s).
	{name: "anon_struct_hidden_fields", src: `package main

import (
	"fmt"
	"time"
)

type Report struct {
	Name  string
	Stats struct {
		n    int
		wait time.Duration
	}
}

func main() {
	stats := map[string]struct {
		n     int
		total time.Duration
	}{}
	for _, d := range []time.Duration{time.Second, time.Minute} {
		st := stats["ana"]
		st.n++
		st.total += d
		stats["ana"] = st
	}
	fmt.Printf("%+v %v\n", stats["ana"], stats)
	rows := []struct {
		id   int
		wait time.Duration
	}{{1, time.Second}, {2, 90 * time.Millisecond}}
	fmt.Println(rows, rows[1])
	p := &struct {
		day time.Weekday
		ok  bool
	}{time.Tuesday, true}
	fmt.Printf("%v %+v\n", p, *p)
	var r Report
	r.Name = "r"
	r.Stats.n, r.Stats.wait = 3, time.Minute
	fmt.Printf("%v|%+v\n", r, r.Stats)
	byUser := map[string][]struct {
		at  time.Duration
		act string
	}{"ana": {{time.Hour, "login"}, {time.Minute, "view"}}}
	fmt.Println(byUser, len(byUser["ana"]))
	s := fmt.Sprintf("%v %s", struct{ m time.Month }{time.May}, struct{ D time.Duration }{time.Second})
	fmt.Println(s)
}
`, want: `{n:2 total:61000000000} map[ana:{2 61000000000}]
[{1 1000000000} {2 90000000}] {2 90000000}
&{2 true} {day:2 ok:true}
{r {3 60000000000}}|{n:3 wait:60000000000}
map[ana:[{3600000000000 login} {60000000000 view}]] 2
{5} {1s}
`},
	// An assertion of a type kept in interfaces, sliced or indexed and
	// returned as an interface (args[0].(List)[1:] as a Value): two
	// passes wrapped ranges starting at one offset and their texts
	// interleaved into invalid Go (source.Apply nests them by length).
	{name: "assert_slice_to_iface", src: `package main

import (
	"fmt"
	"strings"
)

type Value interface{}

type List []Value

type Names []string

func (n Names) String() string { return strings.Join(n, "+") }

func rest(args []Value) (Value, error) { return args[0].(List)[1:], nil }

func first(v Value) Value { return v.(List)[0] }

func shown(v any) fmt.Stringer { return v.(Names)[:1] }

func main() {
	v, err := rest([]Value{List{1, "two", 3.0}})
	fmt.Printf("%v %T %v\n", v, v, err)
	fmt.Println(first(List{List{"a"}, 2}))
	fmt.Println(shown(Names{"x", "y"}))
	var w Value = List{4, 5, 6}
	tail := func() Value { return w.(List)[len(w.(List))-1:] }
	fmt.Printf("%v %T\n", tail(), tail())
}
`, want: `[two 3] main.List <nil>
[a]
x
[6] main.List
`},
	// A map entry assigned with another operand from one call
	// (totals[k], err = t.Add(m)) inside a loop whose variable a closure
	// keeps, and with min in the index: entryResults and perIteration
	// (or minMax) edited the same bytes (entryResults now runs in a phase
	// after syntax).
	{name: "entry_results_loop_vars", src: `package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Money struct{ N int }

func (m Money) Add(o Money) (Money, error) {
	if o.N < 0 {
		return m, errors.New("negative")
	}
	return Money{m.N + o.N}, nil
}

func main() {
	ledger := []Money{{1}, {2}, {3}, {-1}}
	totals := map[int]Money{}
	var err error
	var later []func() int
	for _, m := range ledger {
		if t, ok := totals[m.N%2]; ok {
			totals[m.N%2], err = t.Add(m)
		} else {
			totals[m.N%2] = m
		}
		later = append(later, func() int { return m.N })
	}
	fmt.Println(totals, err)
	parsed := map[string]int{}
	var errs []error
	for i, s := range []string{"4", "x", "6"} {
		parsed[s+strconv.Itoa(min(i, 1))], err = strconv.Atoi(s)
		if err != nil {
			errs = append(errs, err)
		}
		later = append(later, func() int { return i })
	}
	fmt.Println(parsed, errs)
	for _, f := range later {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
`, want: `map[-1:{-1} 0:{2} 1:{4}] <nil>
map[40:4 61:6 x1:0] [strconv.Atoi: parsing "x": invalid syntax]
1 2 3 -1 0 1 2 
`},
	// A for loop with an init statement and neither a condition nor a
	// post statement, whose body assigns the init's variable (a list walk,
	// a string eaten from the front, an init with a side effect): yaegi ran the init again before
	// every iteration and the loop never advanced (loopConds gives it the
	// condition true).
	{name: "loop_init_without_cond", src: `package main

import "fmt"

type N struct {
	next *N
	v    int
}

func a(h *N) (s int) {
	for n := h; n != nil; {
		s += n.v
		n = n.next
	}
	return
}

func b(h *N) (s int) {
	n := h
	for {
		s += n.v
		if n.next == nil || s > 100 {
			return s
		}
		n = n.next
	}
}

func c(h *N) (s int) {
	for n := h; ; {
		s += n.v
		if n.next == nil || s > 100 {
			return s
		}
		m := n.next
		n = m
	}
}

func d(x string) (s int) {
	for w := x; ; {
		s++
		if len(w) == 0 || s > 100 {
			return s
		}
		w = w[1:]
	}
}

func e(h *N) (s int) {
	for n := h; ; n = n {
		s += n.v
		if n.next == nil || s > 100 {
			return s
		}
		n = n.next
	}
}

func g() (s int) {
	calls := 0
	next := func() int { calls++; return 10 }
	for x := next(); ; {
		s++
		if x <= 7 || s > 20 {
			return s*100 + calls
		}
		x--
	}
}

func main() {
	l := &N{v: 1, next: &N{v: 2, next: &N{v: 3}}}
	fmt.Println(a(l), b(l), c(l), d("abc"), e(l), g())
}
`, want: `6 6 6 4 6 401
`},
	// Two print statements of one chunk, the first of a cell's interface
	// with String (Cond), the second of an []any that may hold a struct
	// with a field of it (Query.Where): the second reused the struct tries
	// written inside the first's printer, which call the printer's
	// variable (gopadHeld_Cond) where none is declared: a compile error
	// (structFieldsTry now keys them by the printers' variables in scope).
	{name: "held_printer_tries_reused", src: `package main

import (
	"fmt"
	"strings"
)

type Value interface{}

type Row map[string]Value

type Table struct {
	Name string
	Rows []Row
}

type Cond interface {
	Eval(r Row) bool
	fmt.Stringer
}

type Cmp struct {
	Col string
	Lit Value
}

func (c Cmp) Eval(r Row) bool { return r[c.Col] == c.Lit }
func (c Cmp) String() string  { return fmt.Sprintf("%s = %#v", c.Col, c.Lit) }

type Or []Cond

func (o Or) Eval(r Row) bool {
	for _, c := range o {
		if c.Eval(r) {
			return true
		}
	}
	return false
}

func (o Or) String() string {
	parts := make([]string, len(o))
	for i, c := range o {
		parts[i] = c.String()
	}
	return "(" + strings.Join(parts, " OR ") + ")"
}

type Query struct {
	From  *Table
	Where Cond
}

func main() {
	t := &Table{Name: "t", Rows: []Row{{"a": 1, "b": "x"}, {"a": 2, "b": "y"}}}
	q := Query{From: t, Where: Or{Cmp{"a", 1}, Cmp{"b", "y"}}}
	fmt.Printf("where %v\n", q.Where)
	for _, r := range t.Rows {
		if q.Where.Eval(r) {
			row := []Value{r["a"], r["b"], q.Where}
			fmt.Printf("   %v\n", row)
		}
	}
}
`, want: `where (a = 1 OR b = "y")
   [1 x (a = 1 OR b = "y")]
   [2 y (a = 1 OR b = "y")]
`},
	// An element or a slice of an assertion to a cell's slice type over
	// an empty interface (args[0].(List)[0], a Lisp's car), recovered:
	// Go's message has the index and the length, yaegi's reflect panic
	// had neither (indexCheck's resultChecks now take such types too).
	{name: "index_of_asserted_cell_slice", src: `package main

import "fmt"

type Value interface{}

type List []Value

type Row []any

func first(args []Value) (v Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return args[0].(List)[0], nil
}

func rest(args []Value) (v Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return args[0].(List)[2:], nil
}

func cell(m map[string]Row, k string, i int) (v any, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return m[k][i], nil
}

func main() {
	fmt.Println(first([]Value{List{1, 2}}))
	fmt.Println(first([]Value{List{}}))
	fmt.Println(rest([]Value{List{1, 2, 3}}))
	fmt.Println(rest([]Value{List{1}}))
	fmt.Println(cell(map[string]Row{"a": {1, "x"}}, "a", 1))
	fmt.Println(cell(map[string]Row{"a": {1, "x"}}, "b", 0))
}
`, want: `1 <nil>
<nil> recovered: runtime error: index out of range [0] with length 0
[3] <nil>
<nil> recovered: runtime error: slice bounds out of range [2:1]
x <nil>
<nil> recovered: runtime error: index out of range [0] with length 0
`},
}

func TestFidProbeAB(t *testing.T) { runFidPrograms(t, probeABPrograms) }
