package interp

import "testing"

// probeZPrograms are the class programs of probe-z, each run whole and
// split (runFidPrograms), printing what go run printed.
var probeZPrograms = []fidProgram{
	// A binary operation on values of a cell's type over a basic type
	// (Celsius, Mask, Word, Flag with methods) whose value goes straight
	// into an interface: returned as a cell's interface or any (also one
	// of several results), assigned to a field, an element, a map entry,
	// a variable, declared with an interface type at the package level
	// and in a function. yaegi gave the bare basic value (an assertion to
	// the type failed, %T printed float64), or stopped the cell
	// (rewrite/ifaceoperands.go).
	{name: "iface_binary_operands", src: `package main

import (
	"fmt"
	"strings"
)

type Shower interface{ Show() string }

type Celsius float64

func (c Celsius) Show() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Mask uint8

func (m Mask) Show() string { return fmt.Sprintf("%08b", uint8(m)) }

type Word string

func (w Word) Show() string { return strings.ToUpper(string(w)) }

type Flag bool

func (f Flag) Show() string { return map[bool]string{true: "on", false: "off"}[bool(f)] }

var base, step = Celsius(20), Celsius(1.5)

var warm Shower = base + step*2

func avg(a, b Celsius) Shower { return (a + b) / 2 }

func bits(m Mask) (Shower, any, error) { return m << 2, m | 1, nil }

func both(a, b Flag) any { return a && b }

type Panel struct {
	Main  Shower
	Extra []Shower
}

func main() {
	fmt.Println(warm.Show(), avg(10, 15).Show())
	s, a, _ := bits(3)
	fmt.Printf("%s %T %v\n", s.Show(), a, a.(Mask).Show())
	fmt.Printf("%T %v\n", both(true, false), both(true, true).(Flag).Show())
	var p Panel
	hello, world := Word("hello"), Word(" world")
	p.Main = hello + world
	p.Extra = append(p.Extra, nil)
	p.Extra[0] = Mask(0xF0) &^ Mask(0x30)
	var local Shower = -base + step
	m := map[string]Shower{}
	m["t"] = base * step
	for _, x := range []Shower{p.Main, p.Extra[0], local, m["t"]} {
		switch v := x.(type) {
		case Celsius:
			fmt.Println("celsius", v.Show())
		case Mask:
			fmt.Println("mask", v.Show())
		case Word:
			fmt.Println("word", v.Show())
		default:
			fmt.Printf("other %T\n", v)
		}
	}
	var total any
	total = base - step
	_, ok := total.(Celsius)
	fmt.Println(ok, total)
}
`, want: "23.0°C 12.5°C\n00001100 main.Mask 00000011\nmain.Flag on\nword HELLO WORLD\nmask 11000000\ncelsius -18.5°C\ncelsius 30.0°C\ntrue 18.5\n"},
	// encoding/json and the cells' types: a MarshalText method's error
	// named MarshalText and the cell's type (encview.jsonTextHook and
	// MarshalJSON before), its text written as the encoder escapes it
	// (SetEscapeHTML(false) kept "<low>"), json.Unmarshal into an
	// interface holding a pointer to a cell's struct naming the struct of
	// the field (Rect.w, Point.points.Y) and the type (main.Rect), and a
	// Decode with DisallowUnknownFields into a struct with an unexported
	// field keeping what it decoded around the unknown field, as Go does
	// (encview/encode.go, encview/decode.go, typenameerrs.go).
	{name: "json_text_and_names", src: `package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Level int

func (l Level) MarshalText() ([]byte, error) {
	if l < 0 || l > 2 {
		return nil, fmt.Errorf("level %d out of range", int(l))
	}
	return []byte([]string{"<low>", "mid&", "high"}[l]), nil
}

type Tag string

func (t *Tag) MarshalText() ([]byte, error) { return []byte("#" + string(*t)), nil }

type Job struct {
	Name  string ` + "`" + `json:"name"` + "`" + `
	Level Level  ` + "`" + `json:"level"` + "`" + `
	Tag   *Tag   ` + "`" + `json:"tag,omitempty"` + "`" + `
}

type Shape interface{ Kind() string }

type Rect struct {
	W float64 ` + "`" + `json:"w"` + "`" + `
	H float64 ` + "`" + `json:"h"` + "`" + `
}

func (*Rect) Kind() string { return "rect" }

type Path struct {
	Name   string  ` + "`" + `json:"name"` + "`" + `
	Points []Point ` + "`" + `json:"points"` + "`" + `
	length float64
}

func (*Path) Kind() string { return "path" }

type Point struct{ X, Y int }

func load(data string, s Shape) error { return json.Unmarshal([]byte(data), s) }

func main() {
	tag := Tag("ops")
	b, err := json.Marshal(Job{"build", 1, &tag})
	fmt.Println(string(b), err)
	_, err = json.Marshal(Job{Name: "x", Level: 5})
	var me *json.MarshalerError
	fmt.Println(err, errors.As(err, &me))
	_, err = json.Marshal([]Level{0, -1})
	fmt.Println(err)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err = enc.Encode(map[string]Level{"a": 0, "b": 1})
	fmt.Print(buf.String(), err, "\n")
	err = enc.Encode(Job{Name: "y", Level: 3})
	fmt.Println(err)

	fmt.Println(load(` + "`" + `{"w":"wide"}` + "`" + `, &Rect{}))
	fmt.Println(load(` + "`" + `{"name":"p","points":[{"X":1},{"Y":"up"}]}` + "`" + `, &Path{}))
	fmt.Println(load(` + "`" + `[1, 2]` + "`" + `, &Rect{}))

	dec := json.NewDecoder(strings.NewReader(` + "`" + `{"name":"z","level":1,"owner":"ann"}` + "`" + `))
	dec.DisallowUnknownFields()
	var j struct {
		Name  string ` + "`" + `json:"name"` + "`" + `
		Level int    ` + "`" + `json:"level"` + "`" + `
	}
	fmt.Println(dec.Decode(&j), j.Name, j.Level)
	var p Path
	dec = json.NewDecoder(strings.NewReader(` + "`" + `{"name":"q","points":[{"X":3}],"color":"red"}` + "`" + `))
	dec.DisallowUnknownFields()
	err = dec.Decode(&p)
	fmt.Println(err, p.Name, p.Points)
	var r Rect
	err = json.Unmarshal([]byte(` + "`" + `{"w":2,"h":"tall"}` + "`" + `), &r)
	fmt.Println(err, r.W)
}
`, want: "{\"name\":\"build\",\"level\":\"mid\\u0026\",\"tag\":\"#ops\"} <nil>\njson: error calling MarshalText for type main.Level: level 5 out of range true\njson: error calling MarshalText for type main.Level: level -1 out of range\n{\"a\":\"<low>\",\"b\":\"mid&\"}\n<nil>\njson: error calling MarshalText for type main.Level: level 3 out of range\njson: cannot unmarshal string into Go struct field Rect.w of type float64\njson: cannot unmarshal string into Go struct field Point.points.Y of type int\njson: cannot unmarshal array into Go value of type main.Rect\njson: unknown field \"owner\" z 1\njson: unknown field \"color\" q [{3 0}]\njson: cannot unmarshal string into Go struct field Rect.h of type float64 2\n"},
	// A lexer's state functions (a func type that returns itself)
	// returning the result of a method call, return l.errorf(...): the
	// conversion selfFuncTypes wraps around it and the block returnFuncs
	// puts around the return met at one offset, and the ")" landed inside
	// the block (a syntax error; rewrite/returnfuncs.go).
	{name: "state_fn_errorf", src: `package main

import (
	"fmt"
	"strings"
)

type lexer struct {
	input string
	pos   int
	out   []string
}

type stateFn func(*lexer) stateFn

// errorf records an error and ends the scan, as text/template's lexer does.
func (l *lexer) errorf(format string, args ...any) stateFn {
	l.out = append(l.out, "error: "+fmt.Sprintf(format, args...))
	return nil
}

func (l *lexer) emit(kind string) { l.out = append(l.out, kind) }

func lexStart(l *lexer) stateFn {
	if l.pos >= len(l.input) {
		return nil
	}
	c := l.input[l.pos]
	l.pos++
	switch {
	case c == ' ':
		return lexStart
	case c >= '0' && c <= '9':
		return lexNumber
	case strings.IndexByte("+-*/", c) >= 0:
		l.emit("op")
		return lexStart
	}
	return l.errorf("unexpected %q at %d", c, l.pos-1)
}

func lexNumber(l *lexer) stateFn {
	for l.pos < len(l.input) && l.input[l.pos] >= '0' && l.input[l.pos] <= '9' {
		l.pos++
	}
	if l.pos < len(l.input) && l.input[l.pos] == '.' {
		return l.errorf("floats unsupported at %d", l.pos)
	}
	l.emit("num")
	return lexStart
}

func run(s string) []string {
	l := &lexer{input: s}
	for st := stateFn(lexStart); st != nil; {
		st = st(l)
	}
	return l.out
}

func main() {
	fmt.Println(run("12 + 3"))
	fmt.Println(run("4 * x"))
	fmt.Println(run("1.5"))
}
`, want: "[num op num]\n[num op error: unexpected 'x' at 4]\n[error: floats unsupported at 1]\n"},
	// Methods of a lexer that return its state functions (a func type
	// that returns itself): emit returns the function lexStart, pick its
	// parameter next or the result of errorf. yaegi failed to hand the
	// function, whose result gopad erases, out as the named type
	// ("reflect.Set: value of type *interp.node is not assignable");
	// selfFuncTypes now converts such results to the type
	// (rewrite/selffunctypes.go, selfResults).
	{name: "state_fn_methods", src: `package main

import (
	"fmt"
	"strings"
)

type lexer struct {
	input string
	pos   int
	out   []string
}

type stateFn func(*lexer) stateFn

func (l *lexer) errorf(format string, args ...any) stateFn {
	l.out = append(l.out, "error: "+fmt.Sprintf(format, args...))
	return nil
}

func (l *lexer) emit(kind string) stateFn {
	l.out = append(l.out, kind)
	return lexStart
}

func (l *lexer) pick(ok bool, next stateFn) stateFn {
	if ok {
		return next
	}
	return l.errorf("bad pick at %d", l.pos)
}

func lexStart(l *lexer) stateFn {
	if l.pos >= len(l.input) {
		return nil
	}
	c := l.input[l.pos]
	l.pos++
	switch {
	case c == ' ':
		return lexStart
	case c >= '0' && c <= '9':
		return l.emit("num")
	case strings.IndexByte("+-*/", c) >= 0:
		return l.emit("op")
	case c == '?':
		return l.pick(l.pos < len(l.input), lexStart)
	}
	return l.errorf("unexpected %q", c)
}

func run(s string) []string {
	l := &lexer{input: s}
	for st := stateFn(lexStart); st != nil; {
		st = st(l)
	}
	return l.out
}

func main() {
	fmt.Println(run("1 + 2"))
	fmt.Println(run("3 * x"))
	fmt.Println(run("4 ?"))
	fmt.Println(run("?5"))
}
`, want: "[num op num]\n[num op error: unexpected 'x']\n[num error: bad pick at 3]\n[num]\n"},
	// State functions that return the call of another state function
	// (return idle(m), return paid(m)) and a method returning one (return
	// m.reset()): the conversion to the type landed inside selfCall's
	// assertion, stateFn(again(l)) of the erased any, which yaegi refused
	// ("invalid type assertion: non-interface type main.stateFn"); such a
	// call is read back by selfCall alone now (rewrite/selffunctypes.go,
	// readsSelf).
	{name: "state_fn_tail_calls", src: `package main

import (
	"fmt"
	"strings"
)

type machine struct {
	input []string
	pos   int
	log   []string
}

type state func(*machine) state

func (m *machine) next() (string, bool) {
	if m.pos >= len(m.input) {
		return "", false
	}
	m.pos++
	return m.input[m.pos-1], true
}

// skip is a state too: it drops blanks and goes on in idle at once.
func skip(m *machine) state {
	for m.pos < len(m.input) && m.input[m.pos] == "" {
		m.pos++
	}
	return idle(m)
}

func idle(m *machine) state {
	ev, ok := m.next()
	switch {
	case !ok:
		return nil
	case ev == "coin":
		m.log = append(m.log, "paid")
		return paid
	case ev == "":
		return skip(m)
	}
	m.log = append(m.log, "ignored "+ev)
	return idle
}

func paid(m *machine) state {
	ev, ok := m.next()
	if !ok {
		return nil
	}
	if ev == "push" {
		m.log = append(m.log, "open")
		return m.reset()
	}
	return paid(m)
}

func (m *machine) reset() state { return idle }

func main() {
	m := &machine{input: strings.Split("push,coin,,wait,push,,,coin,push,x", ",")}
	steps := 0
	for s := state(idle); s != nil; s = s(m) {
		steps++
	}
	fmt.Println(strings.Join(m.log, "; "))
	fmt.Println("steps:", steps, "pos:", m.pos)
}
`, want: "ignored push; paid; open; paid; open; ignored x\nsteps: 7 pos: 10\n"},
}

func TestProbeZPrograms(t *testing.T) { runFidPrograms(t, probeZPrograms) }
