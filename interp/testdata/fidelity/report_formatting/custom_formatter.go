package main

import (
	"fmt"
	"strings"
)

type Money struct {
	Amount   int64
	Currency string
}

// Format implements fmt.Formatter: %v plain, %+v with currency code, %s symbol form.
func (m Money) Format(f fmt.State, verb rune) {
	units, cents := m.Amount/100, m.Amount%100
	if cents < 0 {
		cents = -cents
	}
	var s string
	switch verb {
	case 's':
		sym := map[string]string{"USD": "$", "EUR": "€", "GBP": "£"}[m.Currency]
		s = fmt.Sprintf("%s%d.%02d", sym, units, cents)
	case 'v':
		s = fmt.Sprintf("%d.%02d", units, cents)
		if f.Flag('+') {
			s += " " + m.Currency
		}
		if f.Flag('#') {
			s = fmt.Sprintf("Money{%d, %q}", m.Amount, m.Currency)
		}
	case 'd':
		s = fmt.Sprint(m.Amount)
	default:
		s = fmt.Sprintf("%%!%c(Money)", verb)
	}
	if w, ok := f.Width(); ok && len(s) < w {
		if f.Flag('-') {
			s += strings.Repeat(" ", w-len(s))
		} else {
			s = strings.Repeat(" ", w-len(s)) + s
		}
	}
	fmt.Fprint(f, s)
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Secret string

func (Secret) GoString() string { return `Secret("***")` }
func (Secret) String() string   { return "***" }

type Grid [][]rune

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		sb.WriteString(string(row))
		sb.WriteByte('\n')
	}
	return sb.String()
}

type Err struct{ Code int }

func (e *Err) Error() string { return fmt.Sprintf("err code %d", e.Code) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as stringer" }

func main() {
	prices := []Money{{1999, "USD"}, {-250, "EUR"}, {100000, "GBP"}}
	for _, p := range prices {
		fmt.Printf("[%v] [%+v] [%s] [%d] [%12s] [%-12v] [%x] [%#v]\n", p, p, p, p, p, p, p, p)
	}
	fmt.Println(prices[0], prices)
	fmt.Printf("%v\n", struct{ Price Money }{prices[1]})
	fmt.Println(Temp(21.456), []Temp{1, 2.25}, map[string]Temp{"in": 20, "out": -3.5})
	fmt.Printf("%v %s %.2f %6.1f|\n", Temp(5), Temp(5), Temp(5), Temp(5))
	s := Secret("hunter2")
	fmt.Printf("%v %s %#v %q %x\n", s, s, s, s, s)
	g := Grid{[]rune("#.#"), []rune(".#.")}
	fmt.Print(g)
	fmt.Printf("%v|%s|%q\n", g, g, g)
	var e error = &Err{404}
	fmt.Println(e, []error{e, nil})
	fmt.Printf("%v %s %+v %d\n", e, e, e, e)
	var np *Err
	fmt.Printf("%v\n", np == nil)
	fmt.Println(Both{})
	fmt.Printf("%v %s\n", Both{}, &Both{})
	tp := &[]Temp{3}
	fmt.Printf("%v\n", *tp)
	ptrT := new(Temp)
	*ptrT = 9
	fmt.Println(*ptrT, ptrT.String())
}
