package main

import (
	"fmt"
	"math"
	"sort"
)

type Celsius float64
type Fahrenheit float64
type Kelvin float64

const (
	AbsoluteZeroC Celsius = -273.15
	FreezingC     Celsius = 0
	BoilingC      Celsius = 100
)

func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }
func (k Kelvin) String() string     { return fmt.Sprintf("%.2fK", float64(k)) }

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (c Celsius) ToK() Kelvin     { return Kelvin(c - AbsoluteZeroC) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }
func (k Kelvin) ToC() Celsius     { return Celsius(k) + AbsoluteZeroC }

type Reading struct {
	City string
	Temp Celsius
}

type byTemp []Reading

func (b byTemp) Len() int           { return len(b) }
func (b byTemp) Less(i, j int) bool { return b[i].Temp < b[j].Temp }
func (b byTemp) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func average(rs []Reading) Celsius {
	var sum Celsius
	for _, r := range rs {
		sum += r.Temp
	}
	return sum / Celsius(len(rs))
}

func main() {
	fmt.Println(FreezingC, FreezingC.ToF(), FreezingC.ToK())
	fmt.Println(BoilingC, BoilingC.ToF(), BoilingC.ToK())
	fmt.Println(AbsoluteZeroC.ToK(), Kelvin(0).ToC())
	fmt.Printf("%v %s %.3f\n", Fahrenheit(98.6).ToC(), Fahrenheit(-40).ToC(), float64(Fahrenheit(451).ToC()))

	readings := []Reading{
		{"Oslo", -3.5}, {"Cairo", 31.2}, {"Lima", 18.9}, {"Perth", 24}, {"Reykjavik", -1},
	}
	sort.Sort(byTemp(readings))
	for _, r := range readings {
		fmt.Printf("%-10s %8v %8v\n", r.City, r.Temp, r.Temp.ToF())
	}
	fmt.Println("average:", average(readings))
	fmt.Printf("%v\n", readings[0])
	fmt.Printf("%+v\n", readings[len(readings)-1])

	hottest := readings[len(readings)-1].Temp
	coldest := readings[0].Temp
	spread := hottest - coldest
	fmt.Println("spread:", spread, "as F delta:", Fahrenheit(spread*9/5))
	fmt.Println(math.Round(float64(spread.ToF())*100) / 100)

	temps := []Celsius{12.25, -7, 0.05}
	fmt.Println(temps)
	fmt.Printf("%6.2f|%q\n", temps[0], temps[1])
	var anyT any = Kelvin(300)
	switch t := anyT.(type) {
	case fmt.Stringer:
		fmt.Println("stringer:", t)
	}
	fmt.Printf("%T %T\n", FreezingC, anyT)
}
