package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"
)

type Priority int

const (
	Low Priority = iota + 1
	Medium
	High
)

func (p Priority) String() string {
	return [...]string{"?", "low", "medium", "high"}[p]
}

func (p Priority) MarshalJSON() ([]byte, error) {
	return json.Marshal(p.String())
}

type Task struct {
	ID       int       `json:"id"`
	Title    string    `json:"title"`
	Done     bool      `json:"done"`
	Priority Priority  `json:"priority"`
	Due      time.Time `json:"due"`
	Tags     []string  `json:"tags,omitempty"`
}

type TodoList struct {
	tasks  []*Task
	nextID int
}

func (l *TodoList) Add(title string, p Priority, due time.Time, tags ...string) *Task {
	l.nextID++
	t := &Task{ID: l.nextID, Title: title, Priority: p, Due: due, Tags: tags}
	l.tasks = append(l.tasks, t)
	return t
}

func (l *TodoList) Complete(id int) bool {
	for _, t := range l.tasks {
		if t.ID == id {
			t.Done = true
			return true
		}
	}
	return false
}

func (l *TodoList) Filter(keep func(*Task) bool) []*Task {
	var out []*Task
	for _, t := range l.tasks {
		if keep(t) {
			out = append(out, t)
		}
	}
	return out
}

func (t Task) String() string {
	mark := " "
	if t.Done {
		mark = "x"
	}
	return fmt.Sprintf("[%s] #%d %-18s %-6v due %s %v", mark, t.ID, t.Title, t.Priority, t.Due.Format("Jan 2"), t.Tags)
}

func main() {
	base := time.Date(2024, time.March, 10, 9, 0, 0, 0, time.UTC)
	var l TodoList
	l.Add("write report", High, base.Add(48*time.Hour), "work")
	l.Add("buy milk", Low, base.Add(2*time.Hour))
	l.Add("call plumber", Medium, base.AddDate(0, 0, 7), "home", "urgent")
	l.Add("renew passport", High, base.AddDate(0, 1, 0))
	fmt.Println(l.Complete(2), l.Complete(9))
	for _, t := range l.tasks {
		fmt.Println(t)
	}
	pending := l.Filter(func(t *Task) bool { return !t.Done })
	sort.Slice(pending, func(i, j int) bool {
		if pending[i].Priority != pending[j].Priority {
			return pending[i].Priority > pending[j].Priority
		}
		return pending[i].Due.Before(pending[j].Due)
	})
	fmt.Println("pending:")
	for _, t := range pending {
		fmt.Printf("  %s (in %v)\n", t.Title, t.Due.Sub(base))
	}
	data, err := json.MarshalIndent(l.tasks[2], "", "  ")
	fmt.Println(string(data), err)
	var back Task
	err = json.Unmarshal([]byte(`{"id":7,"title":"x","done":true,"due":"2024-01-02T03:04:05Z","tags":["a"]}`), &back)
	fmt.Println(back, err)
	titles := make([]string, len(l.tasks))
	for i, t := range l.tasks {
		titles[i] = strings.ToUpper(t.Title[:1]) + t.Title[1:]
	}
	fmt.Println(strings.Join(titles, " | "))
}
