package main

import (
	"container/heap"
	"fmt"
	"strings"
	"time"
)

type Job interface {
	Name() string
	Run(at time.Time) (string, error)
}

type Schedule interface {
	Next(after time.Time) time.Time
}

type Every time.Duration

func (e Every) Next(t time.Time) time.Time { return t.Add(time.Duration(e)) }

type Daily struct{ Hour, Min int }

func (d Daily) Next(t time.Time) time.Time {
	n := time.Date(t.Year(), t.Month(), t.Day(), d.Hour, d.Min, 0, 0, t.Location())
	if !n.After(t) {
		n = n.AddDate(0, 0, 1)
	}
	return n
}

type Weekdays struct {
	Days map[time.Weekday]bool
	At   Daily
}

func (w Weekdays) Next(t time.Time) time.Time {
	n := w.At.Next(t)
	for !w.Days[n.Weekday()] {
		n = w.At.Next(n)
	}
	return n
}

type FuncJob struct {
	name string
	fn   func(time.Time) (string, error)
}

func (f FuncJob) Name() string                    { return f.name }
func (f FuncJob) Run(t time.Time) (string, error) { return f.fn(t) }

type entry struct {
	job   Job
	sched Schedule
	next  time.Time
	runs  int
	index int
}

type queue []*entry

func (q queue) Len() int { return len(q) }
func (q queue) Less(i, j int) bool {
	if q[i].next.Equal(q[j].next) {
		return q[i].job.Name() < q[j].job.Name()
	}
	return q[i].next.Before(q[j].next)
}
func (q queue) Swap(i, j int) { q[i], q[j] = q[j], q[i]; q[i].index = i; q[j].index = j }
func (q *queue) Push(x any)   { e := x.(*entry); e.index = len(*q); *q = append(*q, e) }
func (q *queue) Pop() any     { old := *q; e := old[len(old)-1]; *q = old[:len(old)-1]; return e }

type Cron struct {
	q   queue
	out []string
}

func (c *Cron) Add(j Job, s Schedule, from time.Time) {
	heap.Push(&c.q, &entry{job: j, sched: s, next: s.Next(from)})
}

func (c *Cron) RunUntil(end time.Time) {
	for c.q.Len() > 0 && !c.q[0].next.After(end) {
		e := c.q[0]
		msg, err := e.job.Run(e.next)
		e.runs++
		status := msg
		if err != nil {
			status = "ERR " + err.Error()
		}
		c.out = append(c.out, fmt.Sprintf("%s %-8s %s", e.next.Format("Mon 01-02 15:04"), e.job.Name(), status))
		e.next = e.sched.Next(e.next)
		heap.Fix(&c.q, e.index)
	}
}

func main() {
	loc := time.FixedZone("UTC+2", 2*3600)
	start := time.Date(2024, time.February, 28, 22, 30, 0, 0, loc)
	c := &Cron{}
	backups := 0
	c.Add(FuncJob{"backup", func(t time.Time) (string, error) {
		backups++
		if backups%3 == 0 {
			return "", fmt.Errorf("disk full on run %d", backups)
		}
		return fmt.Sprintf("ok #%d", backups), nil
	}}, Daily{2, 15}, start)
	c.Add(FuncJob{"ping", func(t time.Time) (string, error) { return t.Format("15:04:05"), nil }}, Every(7*time.Hour+30*time.Minute), start)
	c.Add(FuncJob{"report", func(t time.Time) (string, error) {
		return fmt.Sprintf("week %d day %d", func() int { _, w := t.ISOWeek(); return w }(), t.YearDay()), nil
	}}, Weekdays{map[time.Weekday]bool{time.Monday: true, time.Friday: true}, Daily{9, 0}}, start)
	c.RunUntil(start.AddDate(0, 0, 6))
	fmt.Println(strings.Join(c.out, "\n"))
	for c.q.Len() > 0 {
		e := heap.Pop(&c.q).(*entry)
		fmt.Printf("%-7s runs=%d next=%v\n", e.job.Name(), e.runs, e.next)
	}
	fmt.Println(Daily{0, 0}.Next(start).Sub(start), Every(90*time.Minute).Next(start).Format(time.Kitchen))
}
