package interp

import "testing"

// A loop variable captured by a goroutine or a closure is a new variable
// in each iteration (Go 1.22) also when the closure runs a range over an
// integer of its own.
func TestFidProbeFNestedRangeIntCapture(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"producers in goroutines", `var wg sync.WaitGroup
var mu sync.Mutex
var got []int
for p := range 2 {
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := range 2 {
			mu.Lock()
			got = append(got, p*100+i)
			mu.Unlock()
		}
	}()
}
wg.Wait()
sort.Ints(got)
fmt.Println(got)`, "[0 1 100 101]\n"},
		{"closures kept for later", `var fs []func() int
for p := range 2 {
	fs = append(fs, func() int { s := 0; for i := range 2 { s += p*100+i }; return s })
}
for i := 0; i < 2; i++ {
	fs = append(fs, func() int { n := 0; for range i + 1 { n += i }; return n })
}
fmt.Println(fs[0](), fs[1](), fs[2](), fs[3]())`, "1 201 0 2\n"},
	})
}
