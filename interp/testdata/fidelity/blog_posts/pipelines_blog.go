package main

import (
	"crypto/md5"
	"errors"
	"fmt"
	"sort"
	"sync"
)

// From "Go Concurrency Patterns: Pipelines and cancellation".

func gen(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func sq(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func merge(done <-chan struct{}, cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	output := func(c <-chan int) {
		defer wg.Done()
		for n := range c {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

type result struct {
	path string
	sum  [md5.Size]byte
	err  error
}

var files = map[string]string{
	"a.txt": "hello", "b.txt": "world", "c.txt": "", "d.txt": "gopher", "bad.txt": "\x00",
}

func sumAll(done <-chan struct{}, names []string) <-chan result {
	c := make(chan result)
	var wg sync.WaitGroup
	for _, name := range names {
		wg.Add(1)
		go func(name string) {
			defer wg.Done()
			data := files[name]
			var err error
			if data == "\x00" {
				err = errors.New("unreadable")
			}
			select {
			case c <- result{name, md5.Sum([]byte(data)), err}:
			case <-done:
			}
		}(name)
	}
	go func() {
		wg.Wait()
		close(c)
	}()
	return c
}

func main() {
	done := make(chan struct{})
	defer close(done)
	in := gen(done, 2, 3, 4, 5, 6)
	c1 := sq(done, in)
	c2 := sq(done, in)
	var got []int
	for n := range merge(done, c1, c2) {
		got = append(got, n)
	}
	sort.Ints(got)
	fmt.Println(got)

	for n := range sq(done, sq(done, gen(done, 1, 2, 3))) {
		fmt.Println(n)
	}

	names := []string{"a.txt", "b.txt", "c.txt", "d.txt", "bad.txt"}
	m := map[string][md5.Size]byte{}
	var errs []string
	for r := range sumAll(done, names) {
		if r.err != nil {
			errs = append(errs, r.path+": "+r.err.Error())
			continue
		}
		m[r.path] = r.sum
	}
	sort.Strings(names)
	for _, n := range names {
		if s, ok := m[n]; ok {
			fmt.Printf("%x  %s\n", s, n)
		}
	}
	fmt.Println(errs)

	d2 := make(chan struct{})
	first := <-merge(d2, sq(d2, gen(d2, 7, 8, 9)))
	close(d2)
	fmt.Println("first:", first)
}
