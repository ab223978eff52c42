package interp

import "testing"

// TestSelectSendValues checks the values that select cases and channel
// sends deliver when they are computed (yaegi sends zero values for some
// of these in a select's case), and that the sends stay interruptible.
func TestSelectSendValues(t *testing.T) {
	s := newSession(t)
	run(t, s, "type T struct{ a, b int }\nfunc f(a int) int { return a * 10 }")
	checkCells(t, s, []cellCase{
		{code: "ch := make(chan T, 3)\nx := 5\nselect {\ncase ch <- T{x, x * 2}:\n}\nselect {\ncase ch <- T{f(x), x + 1}:\ndefault:\n}\nfmt.Println(<-ch, <-ch)",
			stdout: "{5 10} {50 6}\n"},
		{code: "ci := make(chan int, 2)\nys := []int{4, 5}\nx := 3\nselect {\ncase ci <- ys[1] * x:\n}\nselect {\ncase ci <- f(x) + 1:\n}\nfmt.Println(<-ci, <-ci)",
			stdout: "15 31\n"},
		{code: "cp := make(chan *T, 1)\nx := 2\ncp <- &T{x, x + 1}\nfmt.Println(*<-cp)", stdout: "{2 3}\n"},
		{code: "type job struct{ id, n int }\njobs := make(chan job, 2)\nfor i := 1; i <= 2; i++ {\n\tjobs <- job{i, i * 10}\n}\nclose(jobs)\nfor j := range jobs {\n\tfmt.Println(j.id, j.n)\n}",
			stdout: "1 10\n2 20\n"},
		{code: "func send(out chan<- T, a int) {\n\tout <- T{a, f(a)}\n}\nc := make(chan T, 1)\nsend(c, 4)\nfmt.Println(<-c)", stdout: "{4 40}\n"},
	})
}
