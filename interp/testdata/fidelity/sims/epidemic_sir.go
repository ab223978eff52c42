package main

import (
	"fmt"
	"math"
	"strings"
)

type Compartments struct {
	S, I, R float64
}

func (c Compartments) Total() float64 { return c.S + c.I + c.R }

type Model struct {
	Beta, Gamma float64
	N           float64
}

func (m Model) Deriv(c Compartments) Compartments {
	inf := m.Beta * c.S * c.I / m.N
	rec := m.Gamma * c.I
	return Compartments{-inf, inf - rec, rec}
}

func (c Compartments) add(d Compartments, h float64) Compartments {
	return Compartments{c.S + d.S*h, c.I + d.I*h, c.R + d.R*h}
}

// RK4 step.
func (m Model) Step(c Compartments, h float64) Compartments {
	k1 := m.Deriv(c)
	k2 := m.Deriv(c.add(k1, h/2))
	k3 := m.Deriv(c.add(k2, h/2))
	k4 := m.Deriv(c.add(k3, h))
	return Compartments{
		c.S + h/6*(k1.S+2*k2.S+2*k3.S+k4.S),
		c.I + h/6*(k1.I+2*k2.I+2*k3.I+k4.I),
		c.R + h/6*(k1.R+2*k2.R+2*k3.R+k4.R),
	}
}

func bar(frac float64, width int) string {
	n := int(math.Round(frac * float64(width)))
	return strings.Repeat("#", n) + strings.Repeat(".", width-n)
}

func main() {
	m := Model{Beta: 0.3, Gamma: 0.1, N: 10000}
	c := Compartments{S: 9990, I: 10, R: 0}
	peakDay, peakI := 0, 0.0
	fmt.Printf("R0 = %.1f\n", m.Beta/m.Gamma)
	for day := 0; day <= 160; day++ {
		if c.I > peakI {
			peakDay, peakI = day, c.I
		}
		if day%10 == 0 {
			fmt.Printf("day %3d S=%7.1f I=%7.1f R=%7.1f |%s|\n", day, c.S, c.I, c.R, bar(c.I/m.N, 30))
		}
		for k := 0; k < 10; k++ {
			c = m.Step(c, 0.1)
		}
	}
	fmt.Printf("peak on day %d with %.0f infected\n", peakDay, peakI)
	fmt.Printf("never infected: %.1f%%\n", 100*c.S/m.N)
	fmt.Printf("conserved: %.6f\n", c.Total())
	fmt.Printf("%+v\n", Compartments{1, 2, 3})
}
