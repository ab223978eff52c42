package main

import (
	"fmt"
	"strings"
)

type Currency string

type Money struct {
	Cents int64
	Cur   Currency
}

func (m Money) String() string {
	sign := ""
	c := m.Cents
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d %s", sign, c/100, c%100, m.Cur)
}

func (m Money) GoString() string { return fmt.Sprintf("Money(%d, %q)", m.Cents, m.Cur) }

// Format supports %v %s (String), %d (cents), %+v (with sign), %10v (width).
func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('#') {
			fmt.Fprint(f, m.GoString())
			return
		}
		s := m.String()
		if f.Flag('+') && m.Cents >= 0 {
			s = "+" + s
		}
		if w, ok := f.Width(); ok && len(s) < w {
			if f.Flag('-') {
				s += strings.Repeat(" ", w-len(s))
			} else {
				s = strings.Repeat(" ", w-len(s)) + s
			}
		}
		fmt.Fprint(f, s)
	case 'd':
		fmt.Fprintf(f, "%d", m.Cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money=%s)", verb, m.String())
	}
}

type Line struct {
	Item  string
	Qty   int
	Price Money
}

type Invoice struct {
	No    int
	Lines []Line
	Notes map[string]Money
}

func (inv Invoice) Total() Money {
	t := Money{Cur: "EUR"}
	for _, l := range inv.Lines {
		t.Cents += int64(l.Qty) * l.Price.Cents
	}
	return t
}

func main() {
	m := Money{1999, "EUR"}
	neg := Money{-250, "EUR"}
	fmt.Println(m, neg)
	fmt.Printf("[%v] [%+v] [%12v] [%-12v] [%d] [%#v] [%x]\n", m, m, m, neg, m, m, m)
	inv := Invoice{7, []Line{{"pen", 3, Money{150, "EUR"}}, {"pad", 2, Money{425, "EUR"}}}, map[string]Money{"discount": {-100, "EUR"}}}
	fmt.Printf("%v\n", inv)
	fmt.Printf("%+v\n", inv.Lines[0])
	fmt.Println("total:", inv.Total(), "ptr:", &m)
	ms := []Money{m, neg}
	fmt.Printf("%v %s %d\n", ms, ms, ms)
	fmt.Println(fmt.Sprint(m) == m.String(), fmt.Sprintf("%#v", []any{m, 1}))
}
