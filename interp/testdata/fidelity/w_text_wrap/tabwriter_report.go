package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"
)

type Task struct {
	Name     string
	Owner    string
	Estimate time.Duration
	Done     bool
	Tags     []string
}

type Status bool

func (s Status) String() string {
	if s {
		return "✓ done"
	}
	return "… open"
}

func main() {
	tasks := []Task{
		{"write parser", "ann", 3 * time.Hour, true, []string{"core"}},
		{"fix tabs", "bob", 45 * time.Minute, false, nil},
		{"review", "ann", 90 * time.Minute, false, []string{"core", "docs"}},
		{"release notes", "cid", 20 * time.Minute, true, []string{"docs"}},
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tOWNER\tESTIMATE\tSTATUS\tTAGS\t")
	for _, t := range tasks {
		fmt.Fprintf(w, "%s\t%s\t%v\t%v\t%s\t\n", t.Name, t.Owner, t.Estimate, Status(t.Done), strings.Join(t.Tags, ","))
	}
	w.Flush()

	byOwner := map[string]time.Duration{}
	for _, t := range tasks {
		if !t.Done {
			byOwner[t.Owner] += t.Estimate
		}
	}
	owners := make([]string, 0, len(byOwner))
	for o := range byOwner {
		owners = append(owners, o)
	}
	sort.Strings(owners)
	rw := tabwriter.NewWriter(os.Stdout, 6, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	for _, o := range owners {
		fmt.Fprintf(rw, "%s\t%v\t%.2f\t\n", o, byOwner[o], byOwner[o].Hours())
	}
	rw.Flush()
	fmt.Println(byOwner)
	fmt.Printf("%v\n%+v\n", tasks[1], tasks[2])
}
