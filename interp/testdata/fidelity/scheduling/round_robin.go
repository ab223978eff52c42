package main

import "fmt"

type Proc struct {
	Name      string
	Remaining int
	Finished  int
}

func roundRobin(procs []*Proc, quantum int) []string {
	var timeline []string
	queue := append([]*Proc(nil), procs...)
	clock := 0
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		run := min(quantum, p.Remaining)
		timeline = append(timeline, fmt.Sprintf("%d-%d:%s", clock, clock+run, p.Name))
		clock += run
		p.Remaining -= run
		if p.Remaining > 0 {
			queue = append(queue, p)
		} else {
			p.Finished = clock
		}
	}
	return timeline
}

func main() {
	procs := []*Proc{{Name: "A", Remaining: 5}, {Name: "B", Remaining: 2}, {Name: "C", Remaining: 7}}

	tl := roundRobin(procs, 3)
	fmt.Println(tl)

	total := 0
	for _, p := range procs {
		fmt.Printf("%s finished at %d\n", p.Name, p.Finished)
		total += p.Finished
	}
	fmt.Printf("avg turnaround %.2f\n", float64(total)/float64(len(procs)))
}
