package main

import (
	"fmt"
	"sort"
	"strings"
)

type Priority uint8

const (
	Low Priority = iota + 1
	Medium
	High
	Critical
)

var priorityNames = map[Priority]string{Low: "low", Medium: "medium", High: "high", Critical: "CRITICAL"}

func (p Priority) String() string {
	if s, ok := priorityNames[p]; ok {
		return s
	}
	return fmt.Sprintf("Priority(%d)", uint8(p))
}

func (p Priority) GoString() string { return "Priority." + strings.ToUpper(p.String()) }

type Status string

func (s Status) Done() bool { return s == "done" }

type Ticket struct {
	ID       int
	Title    string
	Prio     Priority
	Status   Status
	Assignee *string
	Labels   []string
}

func strp(s string) *string { return &s }

func main() {
	tickets := []Ticket{
		{101, "Login fails on Safari", High, "open", strp("ana"), []string{"bug", "web"}},
		{102, "Add dark mode", Low, "done", nil, nil},
		{103, "DB backup missing", Critical, "open", strp("raj"), []string{"ops"}},
		{104, "Typo in footer", Low, "open", nil, []string{}},
		{105, "Slow search", Medium, "in-progress", strp("ana"), []string{"perf"}},
	}
	sort.Slice(tickets, func(i, j int) bool {
		if tickets[i].Prio != tickets[j].Prio {
			return tickets[i].Prio > tickets[j].Prio
		}
		return tickets[i].ID < tickets[j].ID
	})
	fmt.Printf("%-4s %-9s %-24s %-12s %s\n", "ID", "PRIO", "TITLE", "STATUS", "WHO")
	for _, t := range tickets {
		who := "-"
		if t.Assignee != nil {
			who = *t.Assignee
		}
		title := t.Title
		if len(title) > 20 {
			title = title[:19] + "…"
		}
		fmt.Printf("%-4d %-9v %-24s %-12q %s\n", t.ID, t.Prio, title, t.Status, who)
	}
	byPrio := map[Priority][]int{}
	for _, t := range tickets {
		byPrio[t.Prio] = append(byPrio[t.Prio], t.ID)
	}
	fmt.Println(byPrio)
	fmt.Printf("%v %d %x %q\n", Critical, Critical, High, Medium)
	fmt.Printf("%#v %#v\n", High, Priority(9))
	fmt.Printf("%v\n", tickets[len(tickets)-1])
	fmt.Printf("%+v\n", tickets[0].Labels)
	open := 0
	for _, t := range tickets {
		if !t.Status.Done() {
			open++
		}
	}
	fmt.Printf("open: %d/%d (%.1f%%)\n", open, len(tickets), 100*float64(open)/float64(len(tickets)))
	fmt.Println(Priority(0), []Priority{Low, Critical}, [2]Priority{High})
	fmt.Printf("%s|%10s|%-10v|\n", Low, High, Critical)
}
