// A deterministic job scheduler simulation using a fake clock: jobs
// with intervals, a priority queue by next run time, and run logs.
package main

import (
	"container/heap"
	"fmt"
	"strings"
	"time"
)

type Clock struct{ now time.Time }

func (c *Clock) Now() time.Time          { return c.now }
func (c *Clock) Advance(d time.Duration) { c.now = c.now.Add(d) }

type Job struct {
	Name    string
	Every   time.Duration
	next    time.Time
	runs    int
	MaxRuns int
	index   int
}

type queue []*Job

func (q queue) Len() int { return len(q) }
func (q queue) Less(i, j int) bool {
	if q[i].next.Equal(q[j].next) {
		return q[i].Name < q[j].Name
	}
	return q[i].next.Before(q[j].next)
}
func (q queue) Swap(i, j int) { q[i], q[j] = q[j], q[i]; q[i].index = i; q[j].index = j }
func (q *queue) Push(x any)   { j := x.(*Job); j.index = len(*q); *q = append(*q, j) }
func (q *queue) Pop() any {
	old := *q
	j := old[len(old)-1]
	*q = old[:len(old)-1]
	return j
}

func main() {
	clock := &Clock{time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	jobs := []*Job{
		{Name: "backup", Every: 6 * time.Hour, MaxRuns: 3},
		{Name: "report", Every: 4 * time.Hour, MaxRuns: 4},
		{Name: "ping", Every: 90 * time.Minute, MaxRuns: 5},
	}
	q := &queue{}
	for _, j := range jobs {
		j.next = clock.Now().Add(j.Every)
		heap.Push(q, j)
	}
	var log []string
	for q.Len() > 0 {
		j := heap.Pop(q).(*Job)
		clock.Advance(j.next.Sub(clock.Now()))
		j.runs++
		log = append(log, fmt.Sprintf("%s %s#%d", clock.Now().Format("Jan 2 15:04"), j.Name, j.runs))
		if j.runs < j.MaxRuns {
			j.next = j.next.Add(j.Every)
			heap.Push(q, j)
		}
	}
	fmt.Println(strings.Join(log, "\n"))
	fmt.Println("finished at", clock.Now().Format(time.RFC3339), "after", clock.Now().Sub(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)))
	for _, j := range jobs {
		fmt.Printf("%-7s runs=%d last=%s\n", j.Name, j.runs, j.next.Format("15:04"))
	}
}
