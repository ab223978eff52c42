package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Task struct {
	Name     string
	Priority int
	Done     bool
}

func main() {
	tasks := []Task{{"write", 2, false}, {"test", 1, true}, {"ship", 3, false}, {"plan", 1, false}}
	slices.SortStableFunc(tasks, func(a, b Task) int { return cmp.Compare(a.Priority, b.Priority) })
	for _, t := range tasks {
		fmt.Printf("%d %-5s %v\n", t.Priority, t.Name, t.Done)
	}
	idx := slices.IndexFunc(tasks, func(t Task) bool { return t.Name == "ship" })
	tasks[idx].Done = true
	pending := slices.DeleteFunc(slices.Clone(tasks), func(t Task) bool { return t.Done })
	fmt.Println(len(pending), pending)
	fmt.Println(slices.ContainsFunc(tasks, func(t Task) bool { return t.Priority > 2 }))
}
