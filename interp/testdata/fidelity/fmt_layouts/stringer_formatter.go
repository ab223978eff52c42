// Types that control their own printing: Stringer, GoStringer, error and
// a full fmt.Formatter that honours flags, width and precision.
package main

import (
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Color struct{ R, G, B uint8 }

func (c Color) String() string   { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }
func (c Color) GoString() string { return fmt.Sprintf("RGB(%d, %d, %d)", c.R, c.G, c.B) }

type Money struct {
	Cents    int64
	Currency string
}

// Format implements fmt.Formatter: %v and %s print "12.34 EUR", %d the
// cents, '+' forces a sign, width pads, precision picks decimal places.
func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'd':
		fmt.Fprintf(f, "%d", m.Cents)
		return
	case 'v', 's':
	default:
		fmt.Fprintf(f, "%%!%c(Money=%d)", verb, m.Cents)
		return
	}
	prec, ok := f.Precision()
	if !ok {
		prec = 2
	}
	val := float64(m.Cents) / 100
	num := fmt.Sprintf("%.*f", prec, val)
	if f.Flag('+') && m.Cents >= 0 {
		num = "+" + num
	}
	s := num + " " + m.Currency
	if f.Flag('#') {
		s = "Money{" + s + "}"
	}
	if w, ok := f.Width(); ok && len(s) < w {
		pad := strings.Repeat(" ", w-len(s))
		if f.Flag('-') {
			s += pad
		} else {
			s = pad + s
		}
	}
	f.Write([]byte(s))
}

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	case Warn:
		return "WARN"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Reading struct {
	Where string
	Temp  Celsius
	Lvl   Level
}

type ParseErr struct{ Line int }

func (e ParseErr) Error() string { return fmt.Sprintf("parse error on line %d", e.Line) }

func main() {
	t := Celsius(21.456)
	fmt.Println(t, Celsius(-3))
	fmt.Printf("%v|%s|%10s|%-10v|%.2f|%q\n", t, t, t, t, t, t)

	c := Color{255, 128, 0}
	fmt.Printf("%v %s %#v %+v %d\n", c, c, c, c, c)
	fmt.Println([]Color{{0, 0, 0}, {1, 2, 3}})
	fmt.Printf("%#v\n", []Color{{9, 9, 9}})

	m := Money{123456, "EUR"}
	fmt.Printf("[%v] [%s] [%d] [%+v] [%.0v] [%15v] [%-15v] [%#v] [%x]\n", m, m, m, m, m, m, m, m, m)
	fmt.Println(m, Money{-5, "USD"})
	fmt.Println(fmt.Sprint(m) == fmt.Sprintf("%v", m))

	for l := Debug; l <= Warn+1; l++ {
		fmt.Printf("%v=%d ", l, l)
	}
	fmt.Println()
	fmt.Printf("%5s|%-6v|%03d\n", Info, Warn, Warn)

	r := Reading{"lab", 19.5, Warn}
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Println(&r)
	rs := map[Level]Celsius{Warn: 30, Debug: 10}
	fmt.Println(rs)

	var err error = ParseErr{7}
	fmt.Println(err)
	fmt.Printf("%v|%s|%q|%+v\n", err, err, err, err)
	fmt.Printf("%v\n", []error{err, fmt.Errorf("wrapped: %w", err)})
}
