package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tSTATUS\tRESTARTS\tAGE")
	fmt.Fprintln(w, "web-7f9c\tRunning\t0\t3d")
	fmt.Fprintln(w, "db-0\tCrashLoopBackOff\t12\t45m")
	fmt.Fprintln(w, "cache\tPending\t0\t5s")
	w.Flush()
	r := tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(r, "a\tbbb\tc\t")
	fmt.Fprintln(r, "aaaa\tb\tccccc\t")
	r.Flush()
}
