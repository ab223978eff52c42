package main

import (
	"fmt"
	"math"
	"strings"
)

type Planet struct {
	Name     string
	MassKg   float64
	RadiusKm float64
	Moons    int
	Rings    bool
	Distance float64 // AU
}

func (p Planet) Gravity() float64 {
	const G = 6.674e-11
	r := p.RadiusKm * 1000
	return G * p.MassKg / (r * r)
}

func (p Planet) Density() float64 {
	r := p.RadiusKm * 1e5 // cm
	v := 4.0 / 3 * math.Pi * r * r * r
	return p.MassKg * 1000 / v
}

var planets = []Planet{
	{"Mercury", 3.301e23, 2439.7, 0, false, 0.387},
	{"Venus", 4.867e24, 6051.8, 0, false, 0.723},
	{"Earth", 5.972e24, 6371.0, 1, false, 1.0},
	{"Mars", 6.417e23, 3389.5, 2, false, 1.524},
	{"Jupiter", 1.898e27, 69911, 95, true, 5.203},
	{"Saturn", 5.683e26, 58232, 146, true, 9.537},
	{"Uranus", 8.681e25, 25362, 28, true, 19.19},
	{"Neptune", 1.024e26, 24622, 16, true, 30.07},
}

func main() {
	header := fmt.Sprintf("%-8s %11s %9s %5s %5s %7s %6s %8s", "Planet", "Mass(kg)", "Radius", "Moons", "Rings", "g(m/s²)", "ρ", "AU")
	fmt.Println(header)
	fmt.Println(strings.Repeat("─", len([]rune(header))))
	var totalMass float64
	for _, p := range planets {
		rings := "no"
		if p.Rings {
			rings = "yes"
		}
		fmt.Printf("%-8s %11.3e %9.1f %5d %5s %7.2f %6.2f %8.3f\n", p.Name, p.MassKg, p.RadiusKm, p.Moons, rings, p.Gravity(), p.Density(), p.Distance)
		totalMass += p.MassKg
	}
	fmt.Printf("%-8s %11.3e\n", "Total", totalMass)
	fmt.Printf("%v\n", planets[2])
	fmt.Printf("%+v\n", planets[3])
	fmt.Printf("%g %G %e %.0f %08.3f %x\n", planets[4].MassKg, planets[4].MassKg, planets[0].Distance, planets[5].RadiusKm, planets[2].Distance, 255)
	fmt.Printf("%t %v %q %v\n", planets[4].Rings, planets[0].Rings, planets[1].Name, []bool{true, false})
	fmt.Printf("%5.1f%% of mass is Jupiter\n", planets[4].MassKg/totalMass*100)
	fmt.Printf("%s\n", fmt.Sprint(planets[0].Moons, planets[1].Moons, "x", 3.0, 4.5))
	fmt.Printf("%v %v %v\n", math.Inf(1), -math.Inf(1), math.NaN())
	fmt.Printf("%6.2f|%-8.3e|%+g\n", math.Inf(1), math.NaN(), math.Inf(-1))
}
