package main

import (
	"fmt"
	"strings"
)

type Money struct {
	Cents int64
	Cur   string
}

func (m Money) String() string { return fmt.Sprintf("%d.%02d %s", m.Cents/100, m.Cents%100, m.Cur) }

// Format implements fmt.Formatter: %v prints the amount, %+v spells the currency out.
func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		s := m.String()
		if f.Flag('+') {
			s = strings.Replace(s, "EUR", "euro", 1)
		}
		if w, ok := f.Width(); ok {
			s = fmt.Sprintf("%*s", w, s)
		}
		fmt.Fprint(f, s)
	case 'd':
		fmt.Fprint(f, m.Cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type Secret string

func (Secret) GoString() string { return `Secret("***")` }

func main() {
	m := Money{1999, "EUR"}
	fmt.Println(m)
	fmt.Printf("%v|%+v|%12v|%d|%x\n", m, m, m, m, m)
	fmt.Println([]Money{m, {5, "USD"}})
	fmt.Printf("%#v %v\n", Secret("pw"), Secret("pw"))
	fmt.Print(m, "\n")

	s := fmt.Sprint(m)
	fmt.Println(len(s))
}
