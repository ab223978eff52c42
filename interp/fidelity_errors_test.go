package interp

// Fidelity of the cells' own error types, interfaces and cell results:
// each case is a small cell a learner writes, with what `go run` prints.

import "testing"

const errorTypes = `import (
	"errors"
	"fmt"
	"io"
	"io/fs"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type CodeErr struct{ Code int }

func (e *CodeErr) Error() string { return fmt.Sprintf("code %d", e.Code) }
func (e *CodeErr) Is(target error) bool {
	t, ok := target.(*CodeErr)
	return ok && t.Code == e.Code
}

type Multi struct{ errs []error }

func (m Multi) Error() string   { return "multi" }
func (m Multi) Unwrap() []error { return m.errs }

type Timeout struct{ After int }

func (t *Timeout) Error() string { return fmt.Sprint("timeout after ", t.After) }

type Retry struct{ After int }

func (r *Retry) Error() string { return "retry" }
func (r *Retry) As(target any) bool {
	if p, ok := target.(**Timeout); ok {
		*p = &Timeout{r.After}
		return true
	}
	return false
}

type Fancy struct{ msg string }

func (f *Fancy) Error() string { return f.msg }
func (f *Fancy) Format(s fmt.State, verb rune) {
	if s.Flag('+') {
		fmt.Fprintf(s, "FANCY(%s)", f.msg)
		return
	}
	fmt.Fprint(s, f.msg)
}`

// TestErrorMethodsOfCellTypes checks that the standard library sees the
// Unwrap, Is, As and Format methods of error types declared in a cell.
func TestErrorMethodsOfCellTypes(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, errorTypes)
	checkCells(t, s, []cellCase{
		// Unwrap() error, seen by errors.Is, errors.Unwrap and errors.As.
		{code: "qe := &QueryError{\"SELECT\", ErrNotFound}\nfmt.Println(errors.Is(qe, ErrNotFound), errors.Unwrap(qe) == ErrNotFound)",
			stdout: "true true\n"},
		{code: "var ce *CodeErr\nfmt.Println(errors.As(&QueryError{\"q\", &CodeErr{7}}, &ce), ce.Code)", stdout: "true 7\n"},
		// Through compiled wrapping: %w and errors.Join.
		{code: "w := fmt.Errorf(\"load: %w\", &QueryError{\"q\", io.EOF})\nfmt.Println(errors.Is(w, io.EOF), w)",
			stdout: "true load: q: EOF\n"},
		{code: "j := errors.Join(io.ErrUnexpectedEOF, &QueryError{\"q\", ErrNotFound})\nfmt.Println(errors.Is(j, ErrNotFound))",
			stdout: "true\n"},
		// Is(error) bool.
		{code: "fmt.Println(errors.Is(&CodeErr{4}, &CodeErr{4}), errors.Is(&CodeErr{4}, &CodeErr{5}))", stdout: "true false\n"},
		{code: "fmt.Println(errors.Is(fmt.Errorf(\"x: %w\", &CodeErr{4}), &CodeErr{4}))", stdout: "true\n"},
		// A sentinel of a cell's type, compared by errors.Is.
		{code: "var ErrBusy error = &CodeErr{503}\nfmt.Println(errors.Is(fmt.Errorf(\"a: %w\", ErrBusy), ErrBusy), errors.Is(ErrBusy, ErrNotFound))",
			stdout: "true false\n"},
		// Unwrap() []error.
		{code: "m := Multi{[]error{io.EOF, &CodeErr{2}}}\nvar c2 *CodeErr\nfmt.Println(errors.Is(m, io.EOF), errors.Unwrap(m) == nil, errors.As(m, &c2), c2.Code)",
			stdout: "true true true 2\n"},
		{code: "fmt.Println(errors.Is(fmt.Errorf(\"w: %w\", m), io.EOF), errors.Is(m, ErrNotFound))", stdout: "true false\n"},
		// As(any) bool.
		{code: "var to *Timeout\nfmt.Println(errors.As(fmt.Errorf(\"w: %w\", &Retry{30}), &to), to)", stdout: "true timeout after 30\n"},
		{code: "var pe *fs.PathError\nfmt.Println(errors.As(&QueryError{\"q\", &fs.PathError{Op: \"open\", Path: \"/x\", Err: io.EOF}}, &pe), pe.Path)", stdout: "true /x\n"},
		// Format, also behind the error interface and inside %w.
		{code: "var fe error = &Fancy{\"boom\"}\nfmt.Printf(\"%+v|%v|%s\\n\", fe, fe, fe)", stdout: "FANCY(boom)|boom|boom\n"},
		{code: "fmt.Printf(\"%+v\\n\", []error{fe})", stdout: "[FANCY(boom)]\n"},
	})
}

// TestTypeSwitchOnCellTypes checks type switches over the cells' types:
// cases of interface types (fmt.Stringer, error) and cases of a cell's
// error type on an error value.
func TestTypeSwitchOnCellTypes(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return e.Key + " not found" }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case int, int64:
		return fmt.Sprint("integer ", x)
	default:
		return fmt.Sprintf("other %v", x)
	}
}

func classify(err error) string {
	switch e := err.(type) {
	case nil:
		return "ok"
	case *NotFound:
		return "missing " + e.Key
	default:
		return "failed: " + e.Error()
	}
}`)
	checkCells(t, s, []cellCase{
		{code: "fmt.Println(describe(Celsius(21.5)), describe(&Point{1, 2}), describe(&NotFound{\"k\"}))",
			stdout: "stringer 21.5°C stringer (1,2) error k not found\n"},
		{code: "fmt.Println(describe(nil), describe(3), describe(errors.New(\"e\")), describe(\"s\"))",
			stdout: "nil integer 3 error e other s\n"},
		{code: "fmt.Println(classify(nil), classify(&NotFound{\"id\"}), classify(errors.New(\"io\")))",
			stdout: "ok missing id failed: io\n"},
		// At the top level of a cell, with break.
		{code: "var err error = &NotFound{\"x\"}\nswitch e := err.(type) {\ncase *NotFound:\n\tif e.Key == \"x\" {\n\t\tbreak\n\t}\n\tfmt.Println(\"not reached\")\ndefault:\n\tfmt.Println(\"default\")\n}\nfmt.Println(\"after\")",
			stdout: "after\n"},
	})
}

// TestCellResultPrintsAsPrintln checks that a cell's result (Out[n]) shows
// what fmt.Println shows: the String, Error and Format methods of the
// cells' types, also inside slices and maps, and no "<nil>" after a call
// that only shows something.
func TestCellResultPrintsAsPrintln(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import (
	"fmt"

	"github.com/gopad/gopad/interp/display"
)

type City struct {
	Name string
	Temp float64
}

func (c City) String() string { return fmt.Sprintf("%s:%.1f°C", c.Name, c.Temp) }

type Money int

func (m Money) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "$%d.%02d", int(m)/100, int(m)%100) }

type BadInput struct{ Field string }

func (e *BadInput) Error() string { return "bad " + e.Field }

type Plain struct{ A int }

type Card struct{ Title string }

func (c Card) String() string         { return "card " + c.Title }
func (c Card) Display() display.Data { return display.HTMLData("<h1>" + c.Title + "</h1>") }`)
	checkCells(t, s, resultCases([][2]string{
		{"oslo := City{\"Oslo\", 4.5}\noslo", "Oslo:4.5°C"},
		{"City{\"Rome\", 20}", "Rome:20.0°C"},
		{"[]City{{\"Oslo\", 4.5}, {\"Rome\", 20}}", "[Oslo:4.5°C Rome:20.0°C]"},
		{"map[string]City{\"n\": {\"Oslo\", 4.5}}", "map[n:Oslo:4.5°C]"},
		{"Money(1999)", "$19.99"},
		{"&BadInput{\"age\"}", "bad age"},
		{"var nobody *BadInput\nnobody", "<nil>"},
		{"Plain{3}", "{3}"},
		{"oslo.Name", "Oslo"},
	}))
	res, rec := run(t, s, "display.HTML(\"<b>hi</b>\")")
	if res.Err != nil || res.Data != nil || len(rec.displays) != 1 {
		t.Errorf("display.HTML: result %v, %d displays, error %v", res.Data, len(rec.displays), res.Err)
	}
	res, _ = run(t, s, "Card{\"news\"}")
	if html, _ := res.Data["text/html"].(string); html != "<h1>news</h1>" {
		t.Errorf("a Displayer with a String method: %v", res.Data)
	}
}

// TestRecoverPanicError checks that recover() gives back the value panic
// was called with, so that an error asserts back to error.
func TestRecoverPanicError(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import (
	"errors"
	"fmt"
)

type StepErr struct{ Step int }

func (e *StepErr) Error() string { return fmt.Sprint("step ", e.Step) }

func safely(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	f()
	return nil
}`)
	checkCells(t, s, []cellCase{
		{code: "fmt.Println(safely(func() { panic(errors.New(\"disk full\")) }))", stdout: "disk full\n"},
		{code: "fmt.Println(safely(func() { panic(\"plain\") }))", stdout: "panic: plain\n"},
		{code: "var failed error = &StepErr{3}\nerr := safely(func() { panic(failed) })\nvar se *StepErr\nfmt.Println(err, errors.As(err, &se), se.Step)",
			stdout: "step 3 true 3\n"},
		{code: "err = safely(func() { panic(fmt.Errorf(\"load: %w\", failed)) })\nfmt.Println(err, errors.Is(err, failed))",
			stdout: "load: step 3 true\n"},
	})
}
