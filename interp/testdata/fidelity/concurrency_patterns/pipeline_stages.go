package main

import (
	"fmt"
	"strings"
)

func generate(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func filter(in <-chan string, keep func(string) bool) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			if keep(w) {
				out <- w
			}
		}
	}()
	return out
}

func transform(in <-chan string, f func(string) string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			out <- f(w)
		}
	}()
	return out
}

type stat struct {
	word  string
	score int
}

func score(in <-chan string) <-chan stat {
	out := make(chan stat, 4)
	go func() {
		defer close(out)
		for w := range in {
			s := 0
			for _, r := range w {
				s += int(r - 'A' + 1)
			}
			out <- stat{w, s}
		}
	}()
	return out
}

func main() {
	src := generate("go", "channel", "select", "mutex", "goroutine", "wait", "context", "atomic", "sync")
	long := filter(src, func(s string) bool { return len(s) > 4 })
	upper := transform(long, strings.ToUpper)
	total := 0
	for st := range score(upper) {
		fmt.Printf("%-10s %3d\n", st.word, st.score)
		total += st.score
	}
	fmt.Println("total score:", total)

	// square numbers pipeline, Go blog style
	gen := func(nums ...int) <-chan int {
		out := make(chan int, len(nums))
		for _, n := range nums {
			out <- n
		}
		close(out)
		return out
	}
	sq := func(in <-chan int) <-chan int {
		out := make(chan int)
		go func() {
			for n := range in {
				out <- n * n
			}
			close(out)
		}()
		return out
	}
	for n := range sq(sq(gen(1, 2, 3, 4))) {
		fmt.Println(n)
	}
}
