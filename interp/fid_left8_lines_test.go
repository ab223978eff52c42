package interp

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestNearMissKeepsLines: the cases nearMisses writes into a type switch
// (rewrite/nearmiss.go) stay on the switch's line, so that a panic's
// frame in the function after the switch names a line of the function;
// the cases were written over lines of their own, which pushed the frames
// of the functions after it in the cell down (tally's frame named line 33
// of a 20-line cell).
func TestNearMissKeepsLines(t *testing.T) {
	s := newSession(t)
	run(t, s, `type MultiError struct{ errs []error }

func (m MultiError) Error() string   { return "multi" }
func (m MultiError) Unwrap() []error { return m.errs }`)
	cell := `func count(err error) int {
	switch e := err.(type) {
	case interface{ Unwrap() error }:
		return 1
	case interface{ Unwrap() []error }:
		n := 0
		for _, x := range e.Unwrap() {
			n += len(x.Error())
		}
		return n
	}
	return 0
}

func tally(errs []error) map[string]int {
	var seen map[string]int
	for _, err := range errs {
		seen[err.Error()] += count(err)
	}
	return seen
}`
	if res, _ := run(t, s, cell); res.Err != nil {
		t.Fatal(res.Err)
	}
	res, _ := run(t, s, `tally([]error{errors.New("x")})`)
	if res.Err == nil || res.Err.Value != "assignment to entry in nil map" {
		t.Fatalf("error %v, want the nil map's panic", res.Err)
	}
	frame := regexp.MustCompile(`cell line (\d+):\d+|line (\d+):\d+ of In`)
	tb := strings.Join(res.Err.Traceback, "\n")
	m := frame.FindStringSubmatch(tb)
	if m == nil {
		t.Fatalf("no frame of tally in\n%s", tb)
	}
	last := strings.Count(cell, "\n") + 1
	if n, _ := strconv.Atoi(m[1] + m[2]); n < 1 || n > last {
		t.Errorf("tally's frame names line %d of a %d-line cell:\n%s", n, last, tb)
	}
}
