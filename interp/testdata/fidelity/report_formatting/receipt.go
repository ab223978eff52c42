package main

import (
	"fmt"
	"strings"
)

const width = 36

type line struct {
	qty   int
	name  string
	cents int
}

type Receipt struct {
	store string
	lines []line
	tax   float64
}

func (r *Receipt) Add(qty int, name string, cents int) *Receipt {
	r.lines = append(r.lines, line{qty, name, cents})
	return r
}

func money(c int) string {
	s := fmt.Sprintf("%d.%02d", c/100, c%100)
	if c < 0 {
		s = fmt.Sprintf("-%d.%02d", -c/100, -c%100)
	}
	return s
}

func row(left, right string) string {
	gap := width - len([]rune(left)) - len([]rune(right))
	if gap < 1 {
		left = string([]rune(left)[:len([]rune(left))+gap-2]) + "~"
		gap = 1
	}
	return left + strings.Repeat(".", gap) + right
}

func (r *Receipt) String() string {
	var b strings.Builder
	title := strings.ToUpper(r.store)
	pad := (width - len([]rune(title))) / 2
	fmt.Fprintf(&b, "%*s%s\n", pad, "", title)
	b.WriteString(strings.Repeat("=", width) + "\n")
	sub := 0
	for _, l := range r.lines {
		total := l.qty * l.cents
		sub += total
		left := fmt.Sprintf("%dx %s", l.qty, l.name)
		b.WriteString(row(left, money(total)) + "\n")
		if l.qty > 1 {
			fmt.Fprintf(&b, "   @ %s each\n", money(l.cents))
		}
	}
	b.WriteString(strings.Repeat("-", width) + "\n")
	tax := int(float64(sub)*r.tax + 0.5)
	b.WriteString(row("Subtotal", money(sub)) + "\n")
	b.WriteString(row(fmt.Sprintf("Tax %.1f%%", r.tax*100), money(tax)) + "\n")
	b.WriteString(row("TOTAL", money(sub+tax)) + "\n")
	return b.String()
}

func main() {
	r := &Receipt{store: "Corner Café", tax: 0.0825}
	r.Add(2, "Espresso", 325).Add(1, "Croissant au beurre", 410).
		Add(3, "Sparkling water (large bottle, imported)", 199).Add(1, "Discount", -150)
	fmt.Print(r)
	fmt.Println(len(r.lines), "lines")
	fmt.Printf("%v|%s", r, r.String()[:10])
	fmt.Println()
	fmt.Printf("[%*d] [%-*d] [%*s]\n", 6, 42, 6, 42, -6, "ab")
	fmt.Printf("[%.*f] [%.*s]\n", 3, 3.14159, 2, "abcdef")
	fmt.Println(money(0), money(5), money(-5), money(123456))
}
