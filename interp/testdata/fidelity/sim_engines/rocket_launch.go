package main

import (
	"errors"
	"fmt"
	"math"
)

type Stage struct {
	Name     string
	DryMass  float64
	Fuel     float64
	BurnRate float64
	Isp      float64
}

type Rocket struct {
	Stages   []*Stage
	Payload  float64
	Alt, Vel float64
	T        float64
	events   []string
}

const g0 = 9.80665

var ErrNoFuel = errors.New("out of fuel")

func (r *Rocket) mass() float64 {
	m := r.Payload
	for _, s := range r.Stages {
		m += s.DryMass + s.Fuel
	}
	return m
}

func (r *Rocket) active() (*Stage, error) {
	for len(r.Stages) > 0 {
		s := r.Stages[0]
		if s.Fuel > 0 {
			return s, nil
		}
		r.events = append(r.events, fmt.Sprintf("t=%5.1f separate %s at alt %.0f m", r.T, s.Name, r.Alt))
		r.Stages = r.Stages[1:]
	}
	return nil, ErrNoFuel
}

func (r *Rocket) Step(dt float64) error {
	thrust := 0.0
	s, err := r.active()
	if err == nil {
		burn := math.Min(s.BurnRate*dt, s.Fuel)
		s.Fuel -= burn
		thrust = burn / dt * s.Isp * g0
	}
	g := g0 * math.Pow(6371e3/(6371e3+r.Alt), 2)
	drag := 0.5 * 1.225 * math.Exp(-r.Alt/8500) * r.Vel * math.Abs(r.Vel) * 0.3
	acc := (thrust-drag)/r.mass() - g
	r.Vel += acc * dt
	r.Alt += r.Vel * dt
	r.T += dt
	if r.Alt < 0 {
		r.Alt = 0
		return errors.New("crashed")
	}
	return err
}

func main() {
	r := &Rocket{
		Payload: 500,
		Stages: []*Stage{
			{"booster", 2000, 8000, 100, 280},
			{"upper", 500, 1500, 15, 320},
		},
	}
	maxAlt := 0.0
	var coastErr error
	for i := 0; i < 3000; i++ {
		err := r.Step(0.1)
		if r.Alt > maxAlt {
			maxAlt = r.Alt
		}
		if i%250 == 0 {
			fmt.Printf("t=%6.1f alt=%9.1f vel=%7.1f mass=%7.1f\n", r.T, r.Alt, r.Vel, r.mass())
		}
		if errors.Is(err, ErrNoFuel) && coastErr == nil {
			coastErr = err
			r.events = append(r.events, fmt.Sprintf("t=%5.1f coasting", r.T))
		}
		if err != nil && !errors.Is(err, ErrNoFuel) {
			r.events = append(r.events, fmt.Sprintf("t=%5.1f %v", r.T, err))
			break
		}
		if r.Vel < 0 && coastErr != nil && len(r.events) < 5 {
			r.events = append(r.events, fmt.Sprintf("t=%5.1f apogee %.0f m", r.T, maxAlt))
		}
	}
	for _, e := range r.events {
		fmt.Println(e)
	}
	fmt.Printf("max altitude %.2f km\n", maxAlt/1000)
}
