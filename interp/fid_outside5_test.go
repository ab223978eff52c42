package interp

import (
	"strings"
	"testing"
)

// Programs from outside5's classes, run whole and split into notebook
// cells; want is what go run printed.
//
// Goroutines running the same select statement at once each wait on their
// own channels and send their own values (selectcases.go in rewrite,
// stopper.choose): yaegi kept one set of cases per select statement,
// filled from the running goroutine just before the wait, so the stages
// of a prime sieve made by one function received from each other's
// channels: primes were lost, or every goroutine waited on a channel no
// one sent on (whole and split each failed three runs in four).
//
// A type switch whose only clause is the default gives the name it binds
// the switched value, with its type (lonedefault.go in rewrite); yaegi
// gave it nil.

var outside5Programs = []fidProgram{
	{name: "sieve stages made by one function keep their own channels", src: `package main

import "fmt"

// stage passes on what is not a multiple of p.
func stage(in <-chan int, p int, stop <-chan struct{}) chan int {
	out := make(chan int)
	go func() {
		for {
			select {
			case <-stop:
				return
			case n := <-in:
				if n%p != 0 {
					select {
					case <-stop:
						return
					case out <- n:
					}
				}
			}
		}
	}()
	return out
}

func main() {
	stop := make(chan struct{})
	src := make(chan int)
	go func() {
		for n := 2; ; n++ {
			select {
			case <-stop:
				return
			case src <- n:
			}
		}
	}()
	ch := src
	var primes []int
	for len(primes) < 150 {
		p := <-ch
		primes = append(primes, p)
		ch = stage(ch, p, stop)
	}
	close(stop)
	fmt.Println(len(primes), primes[:8], primes[142:])
}
`, want: `150 [2 3 5 7 11 13 17 19] [823 827 829 839 853 857 859 863]
`},
	{name: "select cases that assign, default and a named element type", src: `package main

import "fmt"

type level float64

func filter(in <-chan int, p int, done <-chan bool) <-chan int {
	out := make(chan int)
	go func() {
		for {
			var i int
			select {
			case i = <-in:
			case <-done:
				return
			}
			if i%p == 0 {
				continue
			}
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func levels(c chan level, n int) {
	for i := 0; i < n; i++ {
		select {
		case c <- 1:
		default:
			fmt.Println("full at", i)
			return
		}
	}
}

func main() {
	done := make(chan bool)
	nums := make(chan int)
	go func() {
		for i := 2; ; i++ {
			select {
			case nums <- i:
			case <-done:
				return
			}
		}
	}()
	var ch <-chan int = nums
	var primes []int
	for len(primes) < 80 {
		p := <-ch
		primes = append(primes, p)
		ch = filter(ch, p, done)
	}
	close(done)
	fmt.Println(primes[:10], primes[70:])

	c := make(chan level, 2)
	levels(c, 3)
	fmt.Println(<-c + <-c)
}
`, want: `[2 3 5 7 11 13 17 19 23 29] [353 359 367 373 379 383 389 397 401 409]
full at 2
2
`},
	{name: "a type switch with only a default clause binds the value", src: `package main

import (
	"errors"
	"fmt"
)

type meters float64

func describe(x interface{}) string {
	switch v := x.(type) {
	default:
		if v == nil {
			break
		}
		return fmt.Sprintf("%T %v", v, v)
	}
	return "nothing"
}

func message(err error) string {
	switch e := err.(type) {
	default:
		return "error: " + e.Error()
	}
}

func main() {
	fmt.Println(describe(2.5))
	fmt.Println(describe(meters(3)))
	fmt.Println(describe([]string{"a"}))
	fmt.Println(describe(nil))
	fmt.Println(message(errors.New("disk full")))
}
`, want: `float64 2.5
main.meters 3
[]string [a]
nothing
error: disk full
`},
}

func TestFidOutside5Programs(t *testing.T) { runFidPrograms(t, outside5Programs) }

// TestOutside5SelectWaits checks the waits of a select that a function
// runs through gp_.Select: an interrupt ends them without falling back to
// the interpreter's cancellation (the function keeps working), and the
// deadlock watch sees a select no goroutine can wake, as Go does.
func TestOutside5SelectWaits(t *testing.T) {
	s := newSession(t)
	run(t, s, `func wait(a chan int) int {
	select {
	case v := <-a:
		return v
	case <-time.After(time.Hour):
		return -1
	}
}`)
	_, rec := interrupt(t, s, "wait(make(chan int))")
	if strings.Contains(rec.errOut(), "no longer run") {
		t.Errorf("the interrupt fell back to the interpreter's cancellation: %s", rec.errOut())
	}
	r, _ := run(t, s, "c := make(chan int, 1)\nc <- 5\nwait(c)")
	if r.Err != nil || text(r) != "5" {
		t.Errorf("after the interrupt, wait(c) = %q (err %v), want 5", text(r), r.Err)
	}
	// A fresh session: the deadlock watch stays silent once a cell used a
	// timer (time.After above).
	r, _ = run(t, newSession(t), `func get(a, b chan string) string {
	select {
	case s := <-a:
		return s
	case b <- "x":
		return "sent"
	}
}
go get(nil, nil)
get(make(chan string), nil)`)
	if r.Err == nil || !strings.Contains(r.Err.Value, "all goroutines are asleep - deadlock!") {
		t.Errorf("a select no goroutine can wake: err %v, want Go's deadlock error", r.Err)
	}
}
