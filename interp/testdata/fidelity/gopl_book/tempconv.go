// tempconv in the style of gopl.io/ch2/tempconv and ch7/tempflag.
package main

import (
	"errors"
	"flag"
	"fmt"
	"strings"
)

type Celsius float64
type Fahrenheit float64
type Kelvin float64

const (
	AbsoluteZeroC Celsius = -273.15
	FreezingC     Celsius = 0
	BoilingC      Celsius = 100
)

func (c Celsius) String() string    { return fmt.Sprintf("%g°C", c) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%g°F", f) }
func (k Kelvin) String() string     { return fmt.Sprintf("%gK", k) }

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }
func CToK(c Celsius) Kelvin     { return Kelvin(c - AbsoluteZeroC) }
func KToC(k Kelvin) Celsius     { return Celsius(k) + AbsoluteZeroC }

// celsiusFlag satisfies the flag.Value interface.
type celsiusFlag struct{ Celsius }

func (f *celsiusFlag) Set(s string) error {
	var unit string
	var value float64
	fmt.Sscanf(s, "%f%s", &value, &unit)
	switch strings.ToUpper(unit) {
	case "C", "°C":
		f.Celsius = Celsius(value)
		return nil
	case "F", "°F":
		f.Celsius = FToC(Fahrenheit(value))
		return nil
	case "K":
		f.Celsius = KToC(Kelvin(value))
		return nil
	}
	return fmt.Errorf("invalid temperature %q", s)
}

func CelsiusFlag(fs *flag.FlagSet, name string, value Celsius, usage string) *Celsius {
	f := celsiusFlag{value}
	fs.Var(&f, name, usage)
	return &f.Celsius
}

func main() {
	fmt.Println(BoilingC-FreezingC, CToF(BoilingC), CToF(FreezingC))
	fmt.Printf("%v %s %g %.1f\n", AbsoluteZeroC, CToK(AbsoluteZeroC), FToC(212), CToF(37))
	c := FToC(212.0)
	fmt.Println(c.String(), c == BoilingC)
	var f Fahrenheit = 98.6
	fmt.Println(f, FToC(f), CToK(FToC(f)))
	temps := []Celsius{-40, 0, 36.6, 100}
	fmt.Println(temps)
	fmt.Printf("%v|%6.2f|%T\n", temps[2], temps[2], temps[2])

	for _, arg := range []string{"18C", "212F", "0K", "-40°F", "hot", "20"} {
		fs := flag.NewFlagSet("temp", flag.ContinueOnError)
		fs.SetOutput(new(strings.Builder))
		temp := CelsiusFlag(fs, "temp", 20.0, "the temperature")
		err := fs.Parse([]string{"-temp", arg})
		if err != nil {
			fmt.Printf("%-6s error: %v\n", arg, errors.Unwrap(err) != nil || true)
			fmt.Println("      ", err)
			continue
		}
		fmt.Printf("%-6s -> %v\n", arg, *temp)
	}
	m := map[Celsius]string{FreezingC: "freeze", BoilingC: "boil"}
	fmt.Println(m)
}
