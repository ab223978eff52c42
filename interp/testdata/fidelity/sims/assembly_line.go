package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Part struct {
	ID     int
	Stages []string
	Defect bool
}

type Stage struct {
	Name    string
	Workers int
	Work    func(p *Part)
}

func runStage(s Stage, in <-chan *Part) <-chan *Part {
	out := make(chan *Part)
	var wg sync.WaitGroup
	for w := 0; w < s.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range in {
				s.Work(p)
				p.Stages = append(p.Stages, s.Name)
				out <- p
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	stages := []Stage{
		{"cut", 2, func(p *Part) {}},
		{"weld", 3, func(p *Part) {
			if p.ID%7 == 0 {
				p.Defect = true
			}
		}},
		{"paint", 2, func(p *Part) {}},
		{"inspect", 1, func(p *Part) {}},
	}
	src := make(chan *Part)
	go func() {
		defer close(src)
		for i := 1; i <= 20; i++ {
			src <- &Part{ID: i}
		}
	}()
	var ch <-chan *Part = src
	for _, s := range stages {
		ch = runStage(s, ch)
	}
	var done []*Part
	for p := range ch {
		done = append(done, p)
	}
	sort.Slice(done, func(i, j int) bool { return done[i].ID < done[j].ID })
	good, bad := 0, 0
	for _, p := range done {
		status := "ok"
		if p.Defect {
			status = "DEFECT"
			bad++
		} else {
			good++
		}
		fmt.Printf("part %2d %-6s via %s\n", p.ID, status, strings.Join(p.Stages, ">"))
	}
	fmt.Printf("good=%d defective=%d yield=%.1f%%\n", good, bad, 100*float64(good)/float64(len(done)))

	results := make(chan string, 3)
	var wg sync.WaitGroup
	for _, name := range []string{"alpha", "beta", "gamma"} {
		wg.Add(1)
		go func(n string) {
			defer wg.Done()
			results <- strings.ToUpper(n)
		}(name)
	}
	wg.Wait()
	close(results)
	var names []string
	for r := range results {
		names = append(names, r)
	}
	sort.Strings(names)
	fmt.Println(names)
}
