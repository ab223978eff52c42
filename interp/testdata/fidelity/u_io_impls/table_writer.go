package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
)

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type Item struct {
	Name  string
	Qty   int
	Price Money
}

func (it Item) Total() Money { return Money(it.Qty) * it.Price }

// prefixWriter adds a prefix to each line it writes.
type prefixWriter struct {
	w       io.Writer
	prefix  string
	atStart bool
}

func newPrefixWriter(w io.Writer, prefix string) *prefixWriter {
	return &prefixWriter{w: w, prefix: prefix, atStart: true}
}

func (p *prefixWriter) Write(b []byte) (int, error) {
	for _, line := range bytes.SplitAfter(b, []byte("\n")) {
		if len(line) == 0 {
			continue
		}
		if p.atStart {
			io.WriteString(p.w, p.prefix)
		}
		p.w.Write(line)
		p.atStart = line[len(line)-1] == '\n'
	}
	return len(b), nil
}

func writeInvoice(w io.Writer, items []Item) Money {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "item\tqty\tprice\ttotal\t")
	var sum Money
	for _, it := range items {
		fmt.Fprintf(tw, "%s\t%d\t%v\t%v\t\n", it.Name, it.Qty, it.Price, it.Total())
		sum += it.Total()
	}
	fmt.Fprintf(tw, "\t\t\t%v\t\n", sum)
	tw.Flush()
	return sum
}

func main() {
	items := []Item{
		{"widget", 3, 250},
		{"gadget", 1, 1999},
		{"refund", -1, 500},
		{"gizmo", 12, 5},
	}
	pw := newPrefixWriter(os.Stdout, "> ")
	total := writeInvoice(pw, items)
	fmt.Println("total:", total)

	var sb strings.Builder
	writeInvoice(&sb, items[:2])
	lines := strings.Split(strings.TrimRight(sb.String(), "\n"), "\n")
	fmt.Println("lines:", len(lines), "width:", len(lines[0]))

	bw := bufio.NewWriter(newPrefixWriter(os.Stdout, "# "))
	for i, it := range items {
		fmt.Fprintf(bw, "%d:%-8s|%6v|\n", i, it.Name, it.Price)
	}
	fmt.Fprintf(bw, "partial")
	fmt.Fprintf(bw, " line\n")
	bw.Flush()
	fmt.Printf("%v %s %d\n", Money(-1234), Money(7), Money(7))
	fmt.Printf("%v\n", items[1])
	fmt.Printf("%+v\n", items[2])
}
