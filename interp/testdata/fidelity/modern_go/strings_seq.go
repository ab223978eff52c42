package main

import (
	"bytes"
	"fmt"
	"strings"
)

const inventory = `# warehouse A
widget, 12, 3.50
gadget, 4, 12.00

gizmo, 30, 0.75
# end
`

func main() {
	lineNo := 0
	for line := range strings.Lines(inventory) {
		lineNo++
		fmt.Printf("%2d %q\n", lineNo, line)
	}

	total := 0.0
	for line := range strings.Lines(inventory) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var fields []string
		for f := range strings.SplitSeq(line, ",") {
			fields = append(fields, strings.TrimSpace(f))
		}
		var qty int
		var price float64
		fmt.Sscan(fields[1], &qty)
		fmt.Sscan(fields[2], &price)
		sub := float64(qty) * price
		total += sub
		fmt.Printf("%-8s %3d x %5.2f = %6.2f\n", fields[0], qty, price, sub)
	}
	fmt.Printf("total %.2f\n", total)

	words := 0
	for w := range strings.FieldsSeq("  the  rain in\tspain\nfalls  ") {
		words++
		fmt.Print("[", w, "]")
	}
	fmt.Println(" words:", words)

	for part := range strings.SplitAfterSeq("a-b-c", "-") {
		fmt.Print(part, "|")
	}
	fmt.Println()

	for f := range strings.FieldsFuncSeq("k1=v1;k2=v2;;k3=v3", func(r rune) bool { return r == ';' }) {
		k, v, _ := strings.Cut(f, "=")
		fmt.Println(k, "->", v)
	}

	data := []byte("one\ntwo\nthree")
	for l := range bytes.Lines(data) {
		fmt.Printf("%d bytes: %s\n", len(l), bytes.TrimRight(l, "\n"))
	}
	for b := range bytes.SplitSeq([]byte("x,y,z"), []byte(",")) {
		fmt.Print(string(bytes.ToUpper(b)))
	}
	fmt.Println()

	before, after, found := strings.Cut("user@example.com", "@")
	fmt.Println(before, after, found)
	rest, ok := strings.CutPrefix("v1.2.3", "v")
	fmt.Println(rest, ok)
	rest, ok = strings.CutSuffix("report.txt", ".csv")
	fmt.Println(rest, ok)

	count := 0
	for range strings.SplitSeq("", ",") {
		count++
	}
	fmt.Println("split of empty yields", count)
}
