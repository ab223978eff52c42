package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }

type Reading struct {
	City string
	Temp Celsius
	Day  int
}

type Stats struct {
	Min, Max, Mean Celsius
	StdDev         float64
}

func compute(rs []Reading) Stats {
	s := Stats{Min: Celsius(math.Inf(1)), Max: Celsius(math.Inf(-1))}
	var sum float64
	for _, r := range rs {
		s.Min = min(s.Min, r.Temp)
		s.Max = max(s.Max, r.Temp)
		sum += float64(r.Temp)
	}
	s.Mean = Celsius(sum / float64(len(rs)))
	var sq float64
	for _, r := range rs {
		d := float64(r.Temp - s.Mean)
		sq += d * d
	}
	s.StdDev = math.Sqrt(sq / float64(len(rs)))
	return s
}

func main() {
	raw := "Oslo:1:-3.5 Oslo:2:-1 Lima:1:22.4 Lima:2:23.9 Cairo:1:31 Cairo:2:33.25 Oslo:3:0.5"
	byCity := map[string][]Reading{}
	for _, tok := range strings.Fields(raw) {
		parts := strings.Split(tok, ":")
		var day int
		var t float64
		fmt.Sscanf(parts[1], "%d", &day)
		fmt.Sscanf(parts[2], "%g", &t)
		byCity[parts[0]] = append(byCity[parts[0]], Reading{parts[0], Celsius(t), day})
	}
	cities := make([]string, 0, len(byCity))
	for c := range byCity {
		cities = append(cities, c)
	}
	sort.Strings(cities)
	for _, c := range cities {
		st := compute(byCity[c])
		fmt.Printf("%-6s min %v max %v mean %v (%v) sd %.3f\n", c, st.Min, st.Max, st.Mean, CToF(st.Mean), st.StdDev)
	}
	fmt.Println(byCity["Lima"])
	fmt.Printf("%v %s %.2f %g\n", Celsius(100), CToF(100), FToC(212), Celsius(-40) == Celsius(FToC(-40)))
	st := compute(byCity["Oslo"])
	fmt.Printf("%+v\n", st)
	temps := []Celsius{30, -5, 12.5, 0}
	sort.Slice(temps, func(i, j int) bool { return temps[i] < temps[j] })
	fmt.Println(temps, len(temps))
}
