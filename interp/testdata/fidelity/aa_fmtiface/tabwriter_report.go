package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

type Status int

const (
	Todo Status = iota
	Doing
	Done
)

func (s Status) String() string {
	switch s {
	case Todo:
		return "todo"
	case Doing:
		return "doing"
	case Done:
		return "done"
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

type Task struct {
	ID       int
	Title    string
	Owner    string
	Estimate float64
	Status   Status
}

func main() {
	tasks := []Task{
		{1, "Write parser", "ann", 3.5, Done},
		{2, "Fix flaky test", "bob", 1, Doing},
		{3, "Docs: tutorial", "ann", 2.25, Todo},
		{4, "Release notes", "cy", 0.5, Todo},
		{5, "Benchmarks", "bob", 4, Status(9)},
	}
	sort.SliceStable(tasks, func(i, j int) bool {
		if tasks[i].Owner != tasks[j].Owner {
			return tasks[i].Owner < tasks[j].Owner
		}
		return tasks[i].Estimate > tasks[j].Estimate
	})
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "ID\tTitle\tOwner\tEst\tStatus\t")
	for _, t := range tasks {
		fmt.Fprintf(w, "%d\t%s\t%s\t%.2f\t%v\t\n", t.ID, t.Title, t.Owner, t.Estimate, t.Status)
	}
	w.Flush()

	byOwner := map[string][]Task{}
	for _, t := range tasks {
		byOwner[t.Owner] = append(byOwner[t.Owner], t)
	}
	owners := make([]string, 0, len(byOwner))
	for o := range byOwner {
		owners = append(owners, o)
	}
	sort.Strings(owners)
	tw := tabwriter.NewWriter(os.Stdout, 4, 0, 1, '.', 0)
	for _, o := range owners {
		var titles []string
		sum := 0.0
		for _, t := range byOwner[o] {
			titles = append(titles, t.Title)
			sum += t.Estimate
		}
		fmt.Fprintf(tw, "%s\t%5.2fh\t%s\n", strings.ToUpper(o), sum, strings.Join(titles, "; "))
	}
	tw.Flush()
	fmt.Printf("%v|%d|%s|%q\n", tasks[0].Status, tasks[0].Status, Status(1), Done)
}
