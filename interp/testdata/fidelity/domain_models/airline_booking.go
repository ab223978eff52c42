package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type SeatClass int

const (
	Economy SeatClass = iota
	Business
	First
)

func (c SeatClass) String() string {
	return [...]string{"Economy", "Business", "First"}[c]
}

type Seat struct {
	Row    int
	Letter byte
	Class  SeatClass
	Taken  string
}

func (s Seat) Code() string { return fmt.Sprintf("%d%c", s.Row, s.Letter) }

type Flight struct {
	Number string
	Seats  []*Seat
	fares  map[SeatClass]int
}

type SeatError struct {
	Seat   string
	Reason string
}

func (e SeatError) Error() string { return "seat " + e.Seat + ": " + e.Reason }

var ErrSoldOut = errors.New("sold out")

func NewFlight(num string, rows int) *Flight {
	f := &Flight{Number: num, fares: map[SeatClass]int{Economy: 120, Business: 450, First: 1200}}
	for r := 1; r <= rows; r++ {
		class := Economy
		if r <= 1 {
			class = First
		} else if r <= 3 {
			class = Business
		}
		for _, l := range []byte("ABCD") {
			f.Seats = append(f.Seats, &Seat{Row: r, Letter: l, Class: class})
		}
	}
	return f
}

func (f *Flight) find(code string) (*Seat, error) {
	for _, s := range f.Seats {
		if s.Code() == code {
			return s, nil
		}
	}
	return nil, SeatError{code, "no such seat"}
}

func (f *Flight) Book(name, code string) (int, error) {
	s, err := f.find(code)
	if err != nil {
		return 0, fmt.Errorf("book %s on %s: %w", name, f.Number, err)
	}
	if s.Taken != "" {
		return 0, fmt.Errorf("book %s on %s: %w", name, f.Number, SeatError{code, "taken by " + s.Taken})
	}
	s.Taken = name
	return f.fares[s.Class], nil
}

func (f *Flight) BookAny(name string, class SeatClass) (string, error) {
	for _, s := range f.Seats {
		if s.Class == class && s.Taken == "" {
			s.Taken = name
			return s.Code(), nil
		}
	}
	return "", fmt.Errorf("%s %v: %w", f.Number, class, ErrSoldOut)
}

func (f *Flight) Manifest() []string {
	var out []string
	for _, s := range f.Seats {
		if s.Taken != "" {
			out = append(out, fmt.Sprintf("%-4s %-8v %s", s.Code(), s.Class, s.Taken))
		}
	}
	sort.Strings(out)
	return out
}

func main() {
	f := NewFlight("GO123", 5)
	revenue := 0
	for _, b := range [][2]string{{"Ada", "1A"}, {"Bob", "2C"}, {"Cy", "1A"}, {"Di", "9Z"}, {"Ed", "5D"}} {
		fare, err := f.Book(b[0], b[1])
		var se SeatError
		if errors.As(err, &se) {
			fmt.Printf("%-3s failed: %v [seat=%s reason=%q]\n", b[0], err, se.Seat, se.Reason)
			continue
		}
		revenue += fare
		fmt.Printf("%-3s booked %s for $%d\n", b[0], b[1], fare)
	}
	for i := 0; i < 6; i++ {
		name := fmt.Sprintf("biz%d", i)
		code, err := f.BookAny(name, Business)
		if errors.Is(err, ErrSoldOut) {
			fmt.Println(name, "->", err)
			break
		}
		fmt.Println(name, "->", code)
	}
	fmt.Println(strings.Join(f.Manifest(), "\n"))
	free := map[SeatClass]int{}
	for _, s := range f.Seats {
		if s.Taken == "" {
			free[s.Class]++
		}
	}
	fmt.Println("free:", free, "revenue:", revenue)
}
