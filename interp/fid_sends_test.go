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
