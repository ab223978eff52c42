package interp

import (
	"testing"
)

// TestTaglessSwitchCaseLists checks that every expression of a case of a
// switch without a tag is tried, in order and only until one is true: at
// the top of a cell, with an init statement, with fallthrough, in a
// function and in a goroutine.
func TestTaglessSwitchCaseLists(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `func classify(n int) string {
	switch {
	case n == 1, n == 2:
		return "small"
	case n == 3,
		n == 4, // a comment, with a comma
		n == 5:
		return "medium"
	}
	return "other"
}`)
	checkCells(t, s, []cellCase{
		{code: `fmt.Println(classify(1), classify(2), classify(4), classify(5), classify(9))`,
			stdout: "small small medium medium other\n"},
		{code: `trace := func(name string, v bool) bool { fmt.Print(name, " "); return v }
n := 2
switch {
case trace("a", n == 1), trace("b", n == 2), trace("c", true):
	fmt.Println("first")
default:
	fmt.Println("default")
}`, stdout: "a b first\n"},
		{code: `switch x := len("ab"); {
case x == 1, x == 2:
	fmt.Println("init", x)
	fallthrough
case x > 5, x < 0:
	fmt.Println("fell")
default:
	fmt.Println("default")
}`, stdout: "init 2\nfell\n"},
		{code: `done := make(chan string)
go func(c byte) {
	switch {
	case c == 'a', c == 'b':
		done <- "ab"
	default:
		done <- "default"
	}
}('b')
fmt.Println(<-done)`, stdout: "ab\n"},
	})
}
