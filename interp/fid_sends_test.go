package interp

import "testing"

// TestGoroutinesSendTheirOwnValues checks that goroutines running one
// function each send the values they compute: a send statement of an
// operation, and a select's send case of one (yaegi computed the value in
// the frame of the first goroutine that ran the select, and the workers
// all sent the first one's values, silently).
func TestGoroutinesSendTheirOwnValues(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import (\"fmt\"; \"sort\"; \"sync\")")
	const collect = `
go func() { wg.Wait(); close(out) }()
var got []int
for v := range out { got = append(got, v) }
sort.Ints(got)
fmt.Println(len(got), got[0], got[1], got[len(got)-1])`
	checkCells(t, s, []cellCase{
		{code: `out := make(chan int, 8)
var wg sync.WaitGroup
for w := 0; w < 3; w++ {
	wg.Add(1)
	go func(w int) {
		defer wg.Done()
		for i := 0; i < 50; i++ {
			out <- w*1000 + i
		}
	}(w)
}` + collect, stdout: "150 0 1 2049\n"},
		{code: `out := make(chan int)
done := make(chan struct{})
var wg sync.WaitGroup
for w := 0; w < 3; w++ {
	wg.Add(1)
	go func(w int) {
		defer wg.Done()
		for i := 0; i < 50; i++ {
			select {
			case out <- w*1000 + i:
			case <-done:
				return
			}
		}
	}(w)
}` + collect, stdout: "150 0 1 2049\n"},
	})
}

// TestAnyAssertedToCompiledInterface checks a cell's struct value held in
// an any asserted to a compiled interface it implements (fmt.Stringer):
// the value keeps its String method, at the top level and in a function
// (yaegi answered true with a value that printed <nil>, or panicked in
// String), and other values are told apart.
func TestAnyAssertedToCompiledInterface(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import \"fmt\"\ntype V struct{ N int }\nfunc (v V) String() string { return fmt.Sprint(\"V\", v.N) }")
	checkCells(t, s, []cellCase{
		{code: "var e any = V{3}", stdout: ""},
		{code: "s, ok := e.(fmt.Stringer)\nfmt.Println(ok, s)", stdout: "true V3\n"},
		{code: "func() { var e2 any = V{4}; s2, ok2 := e2.(fmt.Stringer); var e3 any = 5; _, ok3 := e3.(fmt.Stringer); fmt.Println(ok2, s2, ok3) }()",
			stdout: "true V4 false\n"},
	})
}
