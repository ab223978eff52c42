package main

import (
	"fmt"
	"math/rand"
	"strings"
)

type Car struct {
	Plate    string
	In, Out  int
	Level    int
	Rejected bool
}

func fee(minutes int) float64 {
	switch {
	case minutes <= 30:
		return 0
	case minutes <= 120:
		return 2.5
	default:
		hours := (minutes - 120 + 59) / 60
		return 2.5 + float64(hours)*1.75
	}
}

func main() {
	rng := rand.New(rand.NewSource(11))
	levels := []int{0, 0, 0}
	capacity := 4
	var cars []*Car
	var events []string

	for minute := 0; minute < 600; minute += 15 {
		for _, c := range cars {
			if !c.Rejected && c.Out == minute {
				levels[c.Level]--
				events = append(events, fmt.Sprintf("%03d out %s", minute, c.Plate))
			}
		}
		if rng.Intn(3) == 0 {
			continue
		}
		c := &Car{Plate: fmt.Sprintf("K%03d", len(cars)+1), In: minute}
		c.Out = minute + 15*(1+rng.Intn(12))
		placed := false
		for l := range levels {
			if levels[l] < capacity {
				levels[l]++
				c.Level = l
				placed = true
				break
			}
		}
		c.Rejected = !placed
		cars = append(cars, c)
		if !placed {
			events = append(events, fmt.Sprintf("%03d FULL %s", minute, c.Plate))
		}
	}

	revenue := 0.0
	rejected := 0
	for _, c := range cars {
		if c.Rejected {
			rejected++
			continue
		}
		revenue += fee(c.Out - c.In)
	}
	fmt.Printf("cars %d rejected %d revenue %.2f\n", len(cars), rejected, revenue)

	for i := 0; i < len(events) && i < 12; i++ {
		fmt.Println(events[i])
	}

	byLevel := make([][]string, len(levels))
	for _, c := range cars {
		if !c.Rejected {
			byLevel[c.Level] = append(byLevel[c.Level], c.Plate)
		}
	}
	for l, plates := range byLevel {
		fmt.Printf("level %d: %d cars, first %s\n", l, len(plates), strings.Join(plates[:min(3, len(plates))], ","))
	}

	for _, m := range []int{10, 30, 31, 120, 121, 180, 181, 600} {
		fmt.Printf("%d:%.2f ", m, fee(m))
	}
	fmt.Println()
}
