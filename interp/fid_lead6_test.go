package interp

import "testing"

// lead6Programs are the lead's class programs of stop 26, each run whole
// and split (runFidPrograms).
var lead6Programs = []fidProgram{
	// A deferred call of a goroutine literal panics: Go ends the program
	// with that panic. The deferred calls after it still run (wg.Done),
	// and the cell ends with the panic instead of the session's process.
	{name: "goroutine_deferred_panic", src: `package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	ch := make(chan int)
	close(ch)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(ch)
		fmt.Println("in goroutine")
	}()
	wg.Wait()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("end")
}
`, want: "in goroutine\n", refusal: "close of closed channel"},
}

func TestFidelityLead6(t *testing.T) { runFidPrograms(t, lead6Programs) }
