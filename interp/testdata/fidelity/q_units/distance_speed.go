package main

import (
	"fmt"
	"math"
	"time"
)

type Meters float64
type MetersPerSecond float64

const (
	Millimeter Meters = 1e-3
	Centimeter Meters = 1e-2
	Meter      Meters = 1
	Kilometer  Meters = 1000
	Mile       Meters = 1609.344
	Foot       Meters = 0.3048
)

func (m Meters) Kilometers() float64 { return float64(m / Kilometer) }
func (m Meters) Miles() float64      { return float64(m / Mile) }
func (m Meters) String() string {
	if math.Abs(float64(m)) >= float64(Kilometer) {
		return fmt.Sprintf("%.3fkm", m.Kilometers())
	}
	return fmt.Sprintf("%.1fm", float64(m))
}

func (v MetersPerSecond) KPH() float64 { return float64(v) * 3.6 }
func (v MetersPerSecond) String() string {
	return fmt.Sprintf("%.2f m/s", float64(v))
}

func Speed(d Meters, t time.Duration) MetersPerSecond {
	return MetersPerSecond(float64(d) / t.Seconds())
}

func Pace(d Meters, t time.Duration) time.Duration {
	perKm := t.Seconds() / d.Kilometers()
	return time.Duration(perKm * float64(time.Second)).Round(time.Second)
}

type Run struct {
	Route string
	Dist  Meters
	Time  time.Duration
}

func main() {
	fmt.Println(5*Kilometer, 26.2*Mile, 10*Foot, 3*Centimeter+4*Millimeter)
	fmt.Printf("%.4f %.4f\n", Mile.Kilometers(), (10 * Kilometer).Miles())
	runs := []Run{
		{"river", 5 * Kilometer, 24*time.Minute + 30*time.Second},
		{"hills", 8.5 * Kilometer, 47 * time.Minute},
		{"marathon", 26.2 * Mile, 3*time.Hour + 29*time.Minute + 59*time.Second},
		{"track", 400 * Meter, 71 * time.Second},
	}
	var total Meters
	var totalTime time.Duration
	for _, r := range runs {
		v := Speed(r.Dist, r.Time)
		fmt.Printf("%-9s %10v %9v %v %.1f km/h pace %v/km\n", r.Route, r.Dist, r.Time, v, v.KPH(), Pace(r.Dist, r.Time))
		total += r.Dist
		totalTime += r.Time
	}
	fmt.Println("total:", total, totalTime, totalTime.Minutes())
	fmt.Println(time.Duration(1500)*time.Millisecond, 90*time.Second, time.Duration(0), -2*time.Hour)
	fmt.Println(totalTime.Truncate(time.Hour), totalTime.Round(15*time.Minute))

	const big = 1 << 62
	const huge = big * 8 / 16
	fmt.Println(huge, big>>60, uint64(big)<<1)
	type Celsius = float64
	var c Celsius = 21.5
	fmt.Printf("%T %v\n", c, c)
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Seconds(), Meters(d.Hours()))
}
