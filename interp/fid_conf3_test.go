package interp

import "testing"

// Classes found by Go's conformance programs (mostly test/typeparam), each
// checked as a small program a user could write.

// TestCommaOkMissIntoInterface checks a comma-ok map index or type
// assertion or receive assigned to an interface variable: on a miss the variable
// holds the zero value of the map's element (or the asserted type),
// converted, which is not a nil interface when that type is not an
// interface (gopad set the variable to nil, and a hit lost the value's
// type: Level(2) printed 2).
func TestCommaOkMissIntoInterface(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
type Level int
func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }`)
	checkCells(t, s, []cellCase{
		{code: `var s fmt.Stringer
var ok bool
levels := map[string]Level{"warn": 2}
s, ok = levels["debug"]
fmt.Println(s == nil, ok, s)
var x any = "text"
s, ok = x.(Level)
fmt.Println(s == nil, ok, s)`, stdout: "false false L0\nfalse false L0\n"},
		{code: `func lookup(m map[string]Level, k string) (v any) {
	var found bool
	if v, found = m[k]; !found {
		return v
	}
	return nil
}
fmt.Println(lookup(nil, "a"))`, stdout: "L0\n"},
		{code: `var seen any
var ok2 bool
for _, k := range []string{"warn", "none"} {
	seen, ok2 = levels[k]
	fmt.Println(seen, ok2)
}`, stdout: "L2 true\nL0 false\n"},
		{code: `updates := make(chan Level, 1)
updates <- 3
close(updates)
for i := 0; i < 2; i++ {
	seen, ok2 = <-updates
	fmt.Println(seen, ok2)
}`, stdout: "L3 true\nL0 false\n"},
	})
}
