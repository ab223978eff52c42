package main

import (
	"errors"
	"fmt"
	"strings"
)

type Size int

const (
	Small Size = iota
	Medium
	Large
)

var sizeNames = []string{"S", "M", "L"}

func (s Size) String() string { return sizeNames[s] }

type Vehicle interface {
	Plate() string
	Size() Size
}

type Car struct{ plate string }
type Motorbike struct{ plate string }
type Truck struct {
	plate string
	axles int
}

func (c Car) Plate() string       { return c.plate }
func (c Car) Size() Size          { return Medium }
func (m Motorbike) Plate() string { return m.plate }
func (m Motorbike) Size() Size    { return Small }
func (t *Truck) Plate() string    { return t.plate }
func (t *Truck) Size() Size       { return Large }

type Spot struct {
	Level, Num int
	Size       Size
	Vehicle    Vehicle
}

type Lot struct {
	spots  []*Spot
	where  map[string]*Spot
	ticket int
}

var ErrFull = errors.New("lot full")

type AlreadyParked struct{ Plate string }

func (e *AlreadyParked) Error() string { return e.Plate + " is already parked" }

func NewLot(levels int, layout string) *Lot {
	l := &Lot{where: map[string]*Spot{}}
	for lv := 0; lv < levels; lv++ {
		for i, ch := range layout {
			s := Small
			switch ch {
			case 'M':
				s = Medium
			case 'L':
				s = Large
			}
			l.spots = append(l.spots, &Spot{Level: lv, Num: i, Size: s})
		}
	}
	return l
}

func (l *Lot) Park(v Vehicle) (*Spot, error) {
	if _, ok := l.where[v.Plate()]; ok {
		return nil, &AlreadyParked{v.Plate()}
	}
	for _, s := range l.spots {
		if s.Vehicle == nil && s.Size >= v.Size() {
			s.Vehicle = v
			l.where[v.Plate()] = s
			return s, nil
		}
	}
	return nil, fmt.Errorf("park %s (%v): %w", v.Plate(), v.Size(), ErrFull)
}

func (l *Lot) Leave(plate string) bool {
	s, ok := l.where[plate]
	if !ok {
		return false
	}
	s.Vehicle = nil
	delete(l.where, plate)
	return true
}

func (l *Lot) Map() string {
	var b strings.Builder
	lv := -1
	for _, s := range l.spots {
		if s.Level != lv {
			if lv >= 0 {
				b.WriteString("\n")
			}
			lv = s.Level
			fmt.Fprintf(&b, "L%d ", lv)
		}
		if s.Vehicle == nil {
			b.WriteString(strings.ToLower(s.Size.String()))
		} else {
			b.WriteString(s.Vehicle.Size().String())
		}
	}
	return b.String()
}

func main() {
	lot := NewLot(2, "SSMML")
	vehicles := []Vehicle{
		Car{"CAR-1"}, Motorbike{"MB-1"}, &Truck{"TRK-1", 3}, Car{"CAR-2"}, Car{"CAR-3"},
		Motorbike{"MB-2"}, &Truck{"TRK-2", 2}, &Truck{"TRK-3", 4}, Car{"CAR-1"}, Car{"CAR-4"}, Car{"CAR-5"},
	}
	for _, v := range vehicles {
		s, err := lot.Park(v)
		var ap *AlreadyParked
		switch {
		case errors.As(err, &ap):
			fmt.Println("dup:", ap.Plate, "|", err)
		case errors.Is(err, ErrFull):
			fmt.Println("full:", err)
		case err == nil:
			fmt.Printf("%-6s -> L%d#%d (%v)\n", v.Plate(), s.Level, s.Num, s.Size)
		}
	}
	fmt.Println(lot.Map())
	fmt.Println(lot.Leave("TRK-1"), lot.Leave("NOPE"), lot.Leave("CAR-2"))
	s, err := lot.Park(&Truck{"TRK-3", 4})
	fmt.Println(s.Level, s.Num, err)
	fmt.Println(lot.Map())
	fmt.Println(len(lot.where), "vehicles parked")
}
