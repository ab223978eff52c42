package main

import (
	"fmt"
	"math"
)

type State []float64

type System func(t float64, y State) State

func (s State) add(o State, k float64) State {
	r := make(State, len(s))
	for i := range s {
		r[i] = s[i] + k*o[i]
	}
	return r
}

func euler(f System, t, h float64, y State) State {
	return y.add(f(t, y), h)
}

func rk4(f System, t, h float64, y State) State {
	k1 := f(t, y)
	k2 := f(t+h/2, y.add(k1, h/2))
	k3 := f(t+h/2, y.add(k2, h/2))
	k4 := f(t+h, y.add(k3, h))
	r := make(State, len(y))
	for i := range y {
		r[i] = y[i] + h/6*(k1[i]+2*k2[i]+2*k3[i]+k4[i])
	}
	return r
}

type stepper func(System, float64, float64, State) State

func integrate(step stepper, f System, y0 State, t0, t1 float64, n int) State {
	h := (t1 - t0) / float64(n)
	y := y0
	for i := 0; i < n; i++ {
		y = step(f, t0+float64(i)*h, h, y)
	}
	return y
}

func main() {
	decay := func(t float64, y State) State { return State{-0.5 * y[0]} }
	exact := 10 * math.Exp(-0.5*4)
	fmt.Printf("decay exact y(4) = %.10f\n", exact)
	for _, n := range []int{4, 8, 16, 32, 64} {
		e := integrate(euler, decay, State{10}, 0, 4, n)[0]
		r := integrate(rk4, decay, State{10}, 0, 4, n)[0]
		fmt.Printf("n=%3d euler=%.8f (%.1e) rk4=%.10f (%.1e)\n", n, e, math.Abs(e-exact), r, math.Abs(r-exact))
	}

	// harmonic oscillator: energy drift
	osc := func(t float64, y State) State { return State{y[1], -y[0]} }
	energy := func(y State) float64 { return 0.5 * (y[0]*y[0] + y[1]*y[1]) }
	for _, name := range []string{"euler", "rk4"} {
		step := euler
		if name == "rk4" {
			step = rk4
		}
		y := State{1, 0}
		fmt.Printf("%s:", name)
		for k := 1; k <= 5; k++ {
			y = integrate(step, osc, y, 0, 2*math.Pi, 100)
			fmt.Printf(" E%d=%.6f", k, energy(y))
		}
		fmt.Println()
	}

	// Lotka-Volterra, print a coarse trajectory
	lv := func(t float64, y State) State {
		return State{1.1*y[0] - 0.4*y[0]*y[1], 0.1*y[0]*y[1] - 0.4*y[1]}
	}
	y := State{10, 10}
	h := 0.05
	for i := 0; i <= 300; i++ {
		if i%30 == 0 {
			bar := int(y[0])
			fmt.Printf("t=%5.2f prey=%7.3f pred=%7.3f %s\n", float64(i)*h, y[0], y[1], stringsRepeat("=", bar))
		}
		y = rk4(lv, float64(i)*h, h, y)
	}

	// projectile with drag: find time of landing by stepping
	g, k := 9.81, 0.1
	proj := func(t float64, s State) State {
		v := math.Hypot(s[2], s[3])
		return State{s[2], s[3], -k * v * s[2], -g - k*v*s[3]}
	}
	s := State{0, 0, 30, 30}
	t := 0.0
	for s[1] >= 0 {
		prev := s
		s = rk4(proj, t, 0.001, s)
		t += 0.001
		if s[1] < 0 {
			frac := prev[1] / (prev[1] - s[1])
			fmt.Printf("lands at t=%.3f x=%.3f\n", t-0.001+0.001*frac, prev[0]+frac*(s[0]-prev[0]))
		}
	}
}

func stringsRepeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}
