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
	// A deferred call of a compiled function or method, or the builtin
	// close, panics in a function whose deferred literal recovers: Go
	// recovers that panic.
	{name: "deferred_compiled_panic_recovered", src: `package main

import (
	"errors"
	"fmt"
	"sync"
)

func closeTwice(ch chan int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	defer close(ch)
	return nil
}

func doneTwice() (err error) {
	var wg sync.WaitGroup
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	defer wg.Done()
	return errors.New("not reached")
}

type pool struct{ mu sync.Mutex }

func (p *pool) use(f func()) (ok bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	defer func() { ok = recover() == nil }()
	f()
	return true
}

func main() {
	ch := make(chan int)
	close(ch)
	fmt.Println(closeTwice(ch))
	fmt.Println(closeTwice(make(chan int)))
	fmt.Println(doneTwice())
	var p pool
	fmt.Println(p.use(func() {}), p.use(func() { panic("x") }), p.use(func() {}))
}
`, want: "recovered: close of closed channel\n<nil>\nrecovered: sync: negative WaitGroup counter\ntrue false true\n"},
}

func TestFidelityLead6(t *testing.T) { runFidPrograms(t, lead6Programs) }
