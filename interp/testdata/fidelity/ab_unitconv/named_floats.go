package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

type Meters float64
type Feet float64
type Celsius float64
type Fahrenheit float64
type Kelvin float64
type Kilograms float64
type Pounds float64

func (m Meters) String() string     { return strconv.FormatFloat(float64(m), 'f', 3, 64) + " m" }
func (f Feet) String() string       { return fmt.Sprintf("%.2f ft", float64(f)) }
func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }
func (k Kelvin) String() string     { return fmt.Sprintf("%.2fK", float64(k)) }
func (k Kilograms) String() string  { return fmt.Sprintf("%gkg", float64(k)) }
func (p Pounds) String() string     { return fmt.Sprintf("%.3flb", float64(p)) }

func (m Meters) Feet() Feet              { return Feet(m / 0.3048) }
func (f Feet) Meters() Meters            { return Meters(f * 0.3048) }
func (c Celsius) Fahrenheit() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) Celsius() Celsius    { return Celsius((f - 32) * 5 / 9) }
func (c Celsius) Kelvin() Kelvin         { return Kelvin(c + 273.15) }
func (k Kilograms) Pounds() Pounds       { return Pounds(k * 2.20462262) }

type Quantity interface {
	fmt.Stringer
}

var ErrBelowAbsoluteZero = errors.New("below absolute zero")

type ParseError struct {
	Input string
	Cause error
}

func (p *ParseError) Error() string {
	return "parse " + strconv.Quote(p.Input) + ": " + p.Cause.Error()
}
func (p *ParseError) Unwrap() error { return p.Cause }

func Parse(s string) (Quantity, error) {
	s = strings.TrimSpace(s)
	i := strings.IndexFunc(s, func(r rune) bool { return !(r >= '0' && r <= '9' || r == '.' || r == '-' || r == 'e') })
	if i <= 0 {
		return nil, &ParseError{s, errors.New("no number")}
	}
	v, err := strconv.ParseFloat(s[:i], 64)
	if err != nil {
		return nil, &ParseError{s, err}
	}
	unit := strings.TrimSpace(s[i:])
	switch strings.ToLower(unit) {
	case "m":
		return Meters(v), nil
	case "ft", "'":
		return Feet(v), nil
	case "c", "°c":
		if v < -273.15 {
			return nil, &ParseError{s, ErrBelowAbsoluteZero}
		}
		return Celsius(v), nil
	case "f", "°f":
		return Fahrenheit(v), nil
	case "kg":
		return Kilograms(v), nil
	}
	return nil, &ParseError{s, fmt.Errorf("unknown unit %q", unit)}
}

func ToSI(q Quantity) (float64, string) {
	switch v := q.(type) {
	case Meters:
		return float64(v), "m"
	case Feet:
		return float64(v.Meters()), "m"
	case Celsius:
		return float64(v.Kelvin()), "K"
	case Fahrenheit:
		return float64(v.Celsius().Kelvin()), "K"
	case Kilograms:
		return float64(v), "kg"
	}
	return math.NaN(), "?"
}

func main() {
	inputs := []string{"100 m", "6 ft", "-40 C", "98.6 °F", "72.5kg", "1e3 m", "abc", "-300 C", "5 parsecs", "3.2.1 m", "12'"}
	var qs []Quantity
	for _, in := range inputs {
		q, err := Parse(in)
		var pe *ParseError
		var ne *strconv.NumError
		switch {
		case errors.Is(err, ErrBelowAbsoluteZero):
			fmt.Printf("%-10s physics: %v\n", in, err)
		case errors.As(err, &ne):
			fmt.Printf("%-10s number: %v (%s)\n", in, ne.Err, ne.Num)
		case errors.As(err, &pe):
			fmt.Printf("%-10s bad: %v\n", in, pe.Cause)
		default:
			si, unit := ToSI(q)
			fmt.Printf("%-10s %-12v %T = %.4f %s\n", in, q, q, si, unit)
			qs = append(qs, q)
		}
	}
	sort.SliceStable(qs, func(i, j int) bool {
		a, ua := ToSI(qs[i])
		b, ub := ToSI(qs[j])
		if ua != ub {
			return ua < ub
		}
		return a < b
	})
	fmt.Println(qs)
	fmt.Println(Meters(1).Feet(), Feet(1).Meters(), Celsius(100).Fahrenheit(), Fahrenheit(0).Celsius(), Kilograms(1).Pounds())
	var total Meters
	for _, q := range qs {
		switch v := q.(type) {
		case Meters:
			total += v
		case Feet:
			total += v.Meters()
		}
	}
	fmt.Printf("total %v (%v) %.1f %s\n", total, total.Feet(), total, total)
	fmt.Printf("%v %+v %#v\n", Celsius(-40), Kelvin(0), Feet(3))
}
