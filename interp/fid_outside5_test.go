package interp

import (
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
}

func TestFidOutside5Programs(t *testing.T) { runFidPrograms(t, outside5Programs) }
