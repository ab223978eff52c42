package main

import (
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

type Task struct {
	ID       int
	Title    string
	Due      time.Time
	Priority Priority
	Done     bool
	Tags     []string
}

type TodoList struct {
	tasks  []*Task
	nextID int
}

func (l *TodoList) Add(title string, due time.Time, p Priority, tags ...string) *Task {
	l.nextID++
	t := &Task{ID: l.nextID, Title: title, Due: due, Priority: p, Tags: tags}
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

func (l *TodoList) Pending(now time.Time) []*Task {
	var out []*Task
	for _, t := range l.tasks {
		if !t.Done {
			out = append(out, t)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].Due.Equal(out[j].Due) {
			return out[i].Due.Before(out[j].Due)
		}
		return out[i].Priority > out[j].Priority
	})
	return out
}

func (t Task) String() string {
	box := "[ ]"
	if t.Done {
		box = "[x]"
	}
	return fmt.Sprintf("%s #%d %-18s %s %-6v %s", box, t.ID, t.Title, t.Due.Format("Mon Jan 2"), t.Priority, strings.Join(t.Tags, ","))
}

func main() {
	now := time.Date(2024, time.March, 11, 9, 0, 0, 0, time.UTC)
	day := 24 * time.Hour
	var l TodoList
	l.Add("file taxes", now.Add(30*day), High, "money")
	l.Add("buy milk", now.Add(day), Low, "home", "shop")
	l.Add("review PR", now.Add(day), High, "work")
	l.Add("call mom", now.Add(-2*day), Medium)
	l.Add("renew passport", time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC), Medium, "admin")
	l.Complete(3)
	fmt.Println(l.Complete(42))
	for _, t := range l.tasks {
		fmt.Println(t)
	}
	fmt.Println("--- pending by due date ---")
	for _, t := range l.Pending(now) {
		left := t.Due.Sub(now)
		status := fmt.Sprintf("due in %v", left)
		if left < 0 {
			status = fmt.Sprintf("OVERDUE by %.0f days", -left.Hours()/24)
		}
		fmt.Printf("%-16s %s\n", t.Title, status)
	}
	fmt.Println(now.Format(time.RFC1123), now.Weekday(), now.YearDay())
}
