package main

import (
	"fmt"
	"strings"
)

type Txn struct {
	Date   string
	Desc   string
	Amount int // cents
}

type Column struct {
	Title string
	Width int
	Right bool
}

func cents(c int) string {
	neg := c < 0
	if neg {
		c = -c
	}
	s := fmt.Sprintf("%d.%02d", c/100, c%100)
	// thousands separators
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	out := b.String() + "." + frac
	if neg {
		return "(" + out + ")"
	}
	return out
}

func render(cols []Column, rows [][]string) string {
	var sb strings.Builder
	sep := "+"
	for _, c := range cols {
		sep += strings.Repeat("-", c.Width+2) + "+"
	}
	sb.WriteString(sep + "\n|")
	for _, c := range cols {
		fmt.Fprintf(&sb, " %-*s |", c.Width, c.Title)
	}
	sb.WriteString("\n" + sep + "\n")
	for _, r := range rows {
		sb.WriteString("|")
		for i, c := range cols {
			cell := r[i]
			if len(cell) > c.Width {
				cell = cell[:c.Width-1] + "…"
			}
			if c.Right {
				fmt.Fprintf(&sb, " %*s |", c.Width, cell)
			} else {
				fmt.Fprintf(&sb, " %-*s |", c.Width, cell)
			}
		}
		sb.WriteString("\n")
	}
	sb.WriteString(sep + "\n")
	return sb.String()
}

func main() {
	txns := []Txn{
		{"2024-01-02", "Opening balance", 1250000},
		{"2024-01-05", "Coffee beans wholesale order", -45999},
		{"2024-01-09", "Consulting", 320050},
		{"2024-01-15", "Rent", -180000},
		{"2024-01-31", "Interest", 7},
	}
	cols := []Column{{"Date", 10, false}, {"Description", 16, false}, {"Amount", 12, true}, {"Balance", 12, true}}
	var rows [][]string
	bal := 0
	for _, t := range txns {
		bal += t.Amount
		rows = append(rows, []string{t.Date, t.Desc, cents(t.Amount), cents(bal)})
	}
	fmt.Print(render(cols, rows))
	fmt.Printf("%d transactions, final balance %s\n", len(txns), cents(bal))
	fmt.Printf("[%7.2f] [%-7.2f] [%07.2f] [%+.1e]\n", 3.14159, 3.14159, -3.14159, 123456.789)
	fmt.Printf("[%6s] [%-6s] [%.2s] [%c] [%U] [%#U]\n", "ab", "ab", "abc", 0x1F600, 0x1F600, 'ä')
	fmt.Printf("[%x] [%X] [%o] [%O] [%b] [%#b] [%#o]\n", 3054, 3054, 64, 64, 10, 10, 8)
	fmt.Printf("[%v] [%6v] [%-6v] [%06d]\n", -17, true, 'a', -42)
	fmt.Printf("[%10.4v] [%-10.3v]\n", 3.14159265, "abcdef")
	fmt.Printf("%s\n", strings.Repeat("=", 20))
	fmt.Println(fmt.Sprintf("%3c|%-3c|", 'x', 'y'))
	fmt.Printf("%v %v\n", int64(-1)<<63, uint64(1)<<63)
	fmt.Printf("%e %E %.0f %.0f %.0f\n", 0.0, 1.0, 0.5, 1.5, 2.5)
}
