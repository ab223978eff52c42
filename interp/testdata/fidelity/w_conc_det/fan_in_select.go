package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Reading struct {
	Sensor string
	Value  int
}

func sensor(name string, vals []int) <-chan Reading {
	ch := make(chan Reading)
	go func() {
		defer close(ch)
		for _, v := range vals {
			ch <- Reading{name, v}
		}
	}()
	return ch
}

func merge(chans ...<-chan Reading) <-chan Reading {
	out := make(chan Reading)
	var wg sync.WaitGroup
	wg.Add(len(chans))
	for _, c := range chans {
		go func(c <-chan Reading) {
			defer wg.Done()
			for r := range c {
				out <- r
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

type Stats struct {
	N, Sum, Min, Max int
}

func (s *Stats) Add(v int) {
	if s.N == 0 || v < s.Min {
		s.Min = v
	}
	if s.N == 0 || v > s.Max {
		s.Max = v
	}
	s.N++
	s.Sum += v
}

func (s Stats) String() string {
	return fmt.Sprintf("n=%d avg=%.2f range=[%d,%d]", s.N, float64(s.Sum)/float64(s.N), s.Min, s.Max)
}

func main() {
	a := sensor("a", []int{3, 9, 4})
	b := sensor("b", []int{10, 12})
	c := sensor("c", []int{-2, 0, 5, 7})
	stats := map[string]*Stats{}
	total := 0
	for r := range merge(a, b, c) {
		if stats[r.Sensor] == nil {
			stats[r.Sensor] = &Stats{}
		}
		stats[r.Sensor].Add(r.Value)
		total++
	}
	names := make([]string, 0, len(stats))
	for n := range stats {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s: %v\n", n, stats[n])
	}
	fmt.Println("total", total)
	quit := make(chan struct{})
	data := make(chan int, 3)
	results := make(chan string)
	go func() {
		var sb strings.Builder
		for {
			select {
			case v, ok := <-data:
				if !ok {
					results <- sb.String()
					return
				}
				fmt.Fprintf(&sb, "%d,", v)
			case <-quit:
				results <- "quit"
				return
			}
		}
	}()
	for i := range 5 {
		data <- i * i
	}
	close(data)
	fmt.Println(<-results)
	var once sync.Once
	for range 3 {
		once.Do(func() { close(quit) })
	}
	fmt.Printf("%v %+v\n", *stats["b"], *stats["c"])
}
