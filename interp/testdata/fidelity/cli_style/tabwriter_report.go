package main

import (
	"fmt"
	"os"
	"sort"
	"text/tabwriter"
)

type Process struct {
	PID    int
	User   string
	CPU    float64
	MemMB  int
	Status string
	Cmd    string
}

func main() {
	procs := []Process{
		{1, "root", 0.0, 12, "S", "/sbin/init"},
		{412, "www", 12.5, 256, "R", "nginx: worker process"},
		{413, "www", 11.75, 250, "R", "nginx: worker process"},
		{1022, "postgres", 3.2, 1024, "S", "postgres: checkpointer"},
		{2048, "alice", 98.1, 4096, "R", "go build ./..."},
		{3001, "bob", 0.1, 8, "Z", "[defunct]"},
	}

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "PID\tUSER\t%CPU\tMEM\tSTAT\tCOMMAND")
	for _, p := range procs {
		fmt.Fprintf(w, "%d\t%s\t%.1f\t%dM\t%s\t%s\n", p.PID, p.User, p.CPU, p.MemMB, p.Status, p.Cmd)
	}
	w.Flush()
	fmt.Println()

	sort.Slice(procs, func(i, j int) bool { return procs[i].CPU > procs[j].CPU })
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "PID\tCPU\tMEM\t")
	for _, p := range procs[:4] {
		fmt.Fprintf(w, "%d\t%.2f\t%d\t\n", p.PID, p.CPU, p.MemMB)
	}
	w.Flush()
	fmt.Println()

	byUser := map[string][]Process{}
	for _, p := range procs {
		byUser[p.User] = append(byUser[p.User], p)
	}
	users := make([]string, 0, len(byUser))
	for u := range byUser {
		users = append(users, u)
	}
	sort.Strings(users)
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 3, '.', 0)
	fmt.Fprintf(tw, "user\tprocs\ttotal cpu\ttotal mem\n")
	var allCPU float64
	var allMem int
	for _, u := range users {
		var cpu float64
		var mem int
		for _, p := range byUser[u] {
			cpu += p.CPU
			mem += p.MemMB
		}
		allCPU += cpu
		allMem += mem
		fmt.Fprintf(tw, "%s\t%d\t%6.2f\t%d\n", u, len(byUser[u]), cpu, mem)
	}
	fmt.Fprintf(tw, "TOTAL\t%d\t%6.2f\t%d\n", len(procs), allCPU, allMem)
	tw.Flush()

	fmt.Println()
	t2 := tabwriter.NewWriter(os.Stdout, 0, 4, 0, '\t', tabwriter.TabIndent)
	fmt.Fprintln(t2, "a\tb\tc")
	fmt.Fprintln(t2, "aaaa\tbbbbbbbbb\tc")
	fmt.Fprintln(t2, "\tindented\tx")
	t2.Flush()
}
