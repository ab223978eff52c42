package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"
)

type Employee struct {
	Name   string
	Dept   string
	Salary float64
	Start  time.Time
	Tags   []string
}

func tenure(start, now time.Time) string {
	y := now.Year() - start.Year()
	m := int(now.Month()) - int(start.Month())
	if m < 0 {
		y--
		m += 12
	}
	return fmt.Sprintf("%dy%dm", y, m)
}

func main() {
	now := time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC)
	staff := []Employee{
		{"Ann Lee", "Eng", 125000, time.Date(2019, 3, 4, 0, 0, 0, 0, time.UTC), []string{"go", "k8s"}},
		{"Bob", "Sales", 70500.5, time.Date(2023, 11, 20, 0, 0, 0, 0, time.UTC), nil},
		{"Carolina Díaz", "Eng", 99000, time.Date(2021, 7, 1, 0, 0, 0, 0, time.UTC), []string{"rust"}},
		{"Dee", "Ops", 88000, time.Date(2015, 1, 15, 0, 0, 0, 0, time.UTC), []string{"on-call", "linux", "dns"}},
	}
	sort.SliceStable(staff, func(i, j int) bool {
		if staff[i].Dept != staff[j].Dept {
			return staff[i].Dept < staff[j].Dept
		}
		return staff[i].Salary > staff[j].Salary
	})
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tDEPT\tSALARY\tSTART\tTENURE\tTAGS\t")
	fmt.Fprintln(w, "----\t----\t------\t-----\t------\t----\t")
	totals := map[string]float64{}
	for _, e := range staff {
		tags := strings.Join(e.Tags, ",")
		if tags == "" {
			tags = "-"
		}
		fmt.Fprintf(w, "%s\t%s\t%.2f\t%s\t%s\t%s\t\n", e.Name, e.Dept, e.Salary, e.Start.Format("Jan 2006"), tenure(e.Start, now), tags)
		totals[e.Dept] += e.Salary
	}
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	depts := make([]string, 0, len(totals))
	for d := range totals {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	for _, d := range depts {
		fmt.Fprintf(w, "%s\t%.0f\t%d%%\t\n", d, totals[d], int(totals[d]*100/382500.5))
	}
	w.Flush()
	fmt.Println(strings.Repeat("=", 20))
	fmt.Printf("|%8.3s|%-8s|%08.2f|%+d|%x|%X|% d|\n", "abcdef", "go", -3.14159, 5, "hi", 255, 7)
	fmt.Printf("|%6.2f%%|%e|%G|%v|%q|%#x|%#o|%b|\n", 99.5, 123456.789, 1e-7, 1e21, 'x', 255, 8, -5)
}
