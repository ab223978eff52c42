package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1500 * time.Microsecond, 90 * time.Second, 36*time.Hour + 15*time.Minute, -2 * time.Millisecond, 1, time.Duration(1<<63 - 1)}
	for _, d := range ds {
		fmt.Println(d)
	}
	d := 2*time.Hour + 45*time.Minute + 30*time.Second
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds())
	fmt.Println(d.Round(time.Hour), d.Truncate(time.Hour))
	fmt.Printf("%v %s %d %T\n", d, d, d, d)

	p, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, err)

	_, err = time.ParseDuration("5 minutes")
	fmt.Println(err)
	fmt.Println(time.Duration(3.5 * float64(time.Second)))
}
