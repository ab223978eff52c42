package main

import (
	"fmt"
	"sort"
	"strings"
)

type Priority int

const (
	Low Priority = iota
	Medium
	High
	Critical
)

var priorityNames = map[Priority]string{Low: "low", Medium: "medium", High: "HIGH", Critical: "CRIT!"}

func (p Priority) String() string {
	if s, ok := priorityNames[p]; ok {
		return s
	}
	return fmt.Sprintf("Priority(%d)", int(p))
}

type User struct {
	Handle string
	Admin  bool
}

func (u User) String() string {
	if u.Admin {
		return "@" + u.Handle + "*"
	}
	return "@" + u.Handle
}

type Ticket struct {
	ID       int
	Title    string
	Priority Priority
	Assignee *User
	Watchers []User
	Labels   map[string]Priority
}

type Board struct {
	Name    string
	Tickets []Ticket
	Owner   User
}

func (b Board) Summary() string {
	counts := map[Priority]int{}
	for _, t := range b.Tickets {
		counts[t.Priority]++
	}
	var keys []Priority
	for p := range counts {
		keys = append(keys, p)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] > keys[j] })
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%v=%d", k, counts[k]))
	}
	return b.Name + ": " + strings.Join(parts, ", ")
}

func main() {
	alice := &User{"alice", true}
	bob := User{"bob", false}
	b := Board{
		Name:  "Sprint 7",
		Owner: *alice,
		Tickets: []Ticket{
			{1, "Crash on start", Critical, alice, []User{bob}, map[string]Priority{"bug": High}},
			{2, "Typo in docs", Low, nil, nil, nil},
			{3, "Slow search", High, &bob, []User{*alice, bob}, map[string]Priority{"perf": Medium, "ux": Low}},
		},
	}
	fmt.Println(b.Summary())
	for _, t := range b.Tickets {
		fmt.Println(t)
		fmt.Printf("%v | %+v\n", t.Priority, t.Assignee)
	}
	fmt.Printf("%v\n", b.Tickets[2].Watchers)
	fmt.Printf("%+v\n", b.Tickets[0])
	fmt.Printf("%d %s %q %x\n", High, High, High, Medium)
	fmt.Println(Priority(9), []Priority{Low, Critical}, map[Priority]bool{High: true})
	fmt.Printf("%v\n", b.Owner)
	fmt.Printf("%s\n", []*User{alice, &bob})
	fmt.Println(struct {
		P Priority
		U User
	}{Medium, bob})
	var nilUser *User
	fmt.Println(nilUser == nil, fmt.Sprint(b.Tickets[1].Assignee))
}
