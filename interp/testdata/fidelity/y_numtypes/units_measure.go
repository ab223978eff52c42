package main

import (
	"fmt"
	"math"
	"sort"
)

type Meters float64
type Seconds float64
type MetersPerSecond float64
type Celsius float64
type Fahrenheit float64

func (m Meters) String() string {
	switch {
	case math.Abs(float64(m)) >= 1000:
		return fmt.Sprintf("%.2fkm", float64(m)/1000)
	case math.Abs(float64(m)) < 1:
		return fmt.Sprintf("%.0fcm", float64(m)*100)
	}
	return fmt.Sprintf("%.1fm", float64(m))
}
func (s Seconds) String() string         { return fmt.Sprintf("%gs", float64(s)) }
func (v MetersPerSecond) String() string { return fmt.Sprintf("%.2f m/s", float64(v)) }
func (c Celsius) String() string         { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string      { return fmt.Sprintf("%.1f°F", float64(f)) }

func Speed(d Meters, t Seconds) MetersPerSecond { return MetersPerSecond(float64(d) / float64(t)) }
func (c Celsius) F() Fahrenheit                 { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) C() Celsius                 { return Celsius((f - 32) * 5 / 9) }

type Run struct {
	Who  string
	Dist Meters
	Time Seconds
	Temp Celsius
}

func (r Run) Pace() MetersPerSecond { return Speed(r.Dist, r.Time) }

type Stat interface{ ~float64 }

func Mean[T Stat](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s / T(len(xs))
}

func main() {
	runs := []Run{
		{"ann", 5000, 1500, 18},
		{"bob", 10000, 3300, 22.5},
		{"cy", 0.5, 0.1, -3},
		{"dee", 42195, 12600, 12},
	}
	sort.Slice(runs, func(i, j int) bool { return runs[i].Pace() > runs[j].Pace() })
	for _, r := range runs {
		fmt.Printf("%-4s %9v in %-7v pace %v at %v / %v\n", r.Who, r.Dist, r.Time, r.Pace(), r.Temp, r.Temp.F())
	}
	var ds []Meters
	var ts []Celsius
	for _, r := range runs {
		ds = append(ds, r.Dist)
		ts = append(ts, r.Temp)
	}
	fmt.Println("mean dist:", Mean(ds), "mean temp:", Mean(ts))
	fmt.Println(Fahrenheit(212).C(), Fahrenheit(-40).C() == Celsius(-40), Celsius(100).F())
	fmt.Printf("%v %.3v %s %g %5.1f\n", Meters(12.345), Meters(2), Seconds(9.58), Meters(3), Celsius(36.6))
	fmt.Println(runs[0])
	fmt.Printf("%+v\n", runs[len(runs)-1])
	m := map[Celsius][]string{}
	for _, r := range runs {
		k := Celsius(math.Floor(float64(r.Temp)/10) * 10)
		m[k] = append(m[k], r.Who)
	}
	fmt.Println(m)
}
