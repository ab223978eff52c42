package main

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

type Size int

const (
	Small Size = iota + 1
	Medium
	Large
)

func (s Size) String() string { return [...]string{"?", "S", "M", "L"}[s] }

type Vehicle interface {
	Plate() string
	Size() Size
}

type Motorcycle struct{ plate string }
type Car struct{ plate string }
type Bus struct {
	plate string
	seats int
}

func (m Motorcycle) Plate() string { return m.plate }
func (Motorcycle) Size() Size      { return Small }
func (c Car) Plate() string        { return c.plate }
func (Car) Size() Size             { return Medium }
func (b *Bus) Plate() string       { return b.plate }
func (*Bus) Size() Size            { return Large }

type Spot struct {
	ID       int
	Size     Size
	Occupant Vehicle
	Since    time.Time
}

type Lot struct {
	spots []*Spot
	rates map[Size]float64
}

var ErrFull = errors.New("no free spot")

type NotParkedError struct{ Plate string }

func (e NotParkedError) Error() string { return "vehicle " + e.Plate + " is not parked here" }

func (l *Lot) Park(v Vehicle, at time.Time) (*Spot, error) {
	for _, s := range l.spots {
		if s.Occupant == nil && s.Size >= v.Size() {
			s.Occupant, s.Since = v, at
			return s, nil
		}
	}
	return nil, fmt.Errorf("park %s (%v): %w", v.Plate(), v.Size(), ErrFull)
}

func (l *Lot) Leave(plate string, at time.Time) (float64, error) {
	for _, s := range l.spots {
		if s.Occupant != nil && s.Occupant.Plate() == plate {
			hours := at.Sub(s.Since).Hours()
			fee := float64(int(hours+0.999)) * l.rates[s.Occupant.Size()]
			s.Occupant = nil
			return fee, nil
		}
	}
	return 0, NotParkedError{plate}
}

func (l *Lot) Report() {
	counts := map[string]int{}
	for _, s := range l.spots {
		kind := "free"
		if s.Occupant != nil {
			kind = fmt.Sprintf("%T", s.Occupant)
		}
		counts[kind]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %-16s %d\n", k, counts[k])
	}
}

func main() {
	lot := &Lot{rates: map[Size]float64{Small: 1, Medium: 2.5, Large: 6}}
	for i, sz := range []Size{Small, Small, Medium, Medium, Medium, Large} {
		lot.spots = append(lot.spots, &Spot{ID: i + 1, Size: sz})
	}
	t0 := time.Date(2024, 5, 1, 8, 0, 0, 0, time.UTC)
	arrivals := []Vehicle{Motorcycle{"M-1"}, Car{"C-1"}, &Bus{"B-1", 40}, Car{"C-2"}, Car{"C-3"}, Motorcycle{"M-2"}, Motorcycle{"M-3"}, &Bus{"B-2", 20}}
	for i, v := range arrivals {
		s, err := lot.Park(v, t0.Add(time.Duration(i)*15*time.Minute))
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrFull))
			continue
		}
		fmt.Printf("%-4s -> spot %d (%v)\n", v.Plate(), s.ID, s.Size)
	}
	lot.Report()
	for _, p := range []string{"C-1", "B-1", "X-9", "M-3"} {
		fee, err := lot.Leave(p, t0.Add(3*time.Hour+10*time.Minute))
		var npe NotParkedError
		if errors.As(err, &npe) {
			fmt.Println("cannot leave:", npe.Plate, "-", err)
			continue
		}
		fmt.Printf("%s pays $%.2f\n", p, fee)
	}
	lot.Report()
}
