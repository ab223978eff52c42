package main

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

type RoomType int

const (
	Single RoomType = iota + 1
	Double
	Suite
)

func (r RoomType) String() string {
	switch r {
	case Single:
		return "Single"
	case Double:
		return "Double"
	case Suite:
		return "Suite"
	}
	return "?"
}

func (r RoomType) Rate() int {
	return map[RoomType]int{Single: 80, Double: 120, Suite: 300}[r]
}

type Room struct {
	Number int
	Type   RoomType
}

type Booking struct {
	ID       int
	Guest    string
	Room     int
	CheckIn  time.Time
	CheckOut time.Time
}

func (b Booking) Nights() int { return int(b.CheckOut.Sub(b.CheckIn).Hours() / 24) }

func (b Booking) overlaps(in, out time.Time) bool {
	return in.Before(b.CheckOut) && b.CheckIn.Before(out)
}

type ConflictError struct {
	Room     int
	Existing int
}

func (e ConflictError) Error() string {
	return fmt.Sprintf("room %d already booked (booking #%d)", e.Room, e.Existing)
}

var ErrNoRoom = errors.New("no room of that type available")

type Hotel struct {
	rooms    []Room
	bookings []Booking
	nextID   int
}

func (h *Hotel) Book(guest string, t RoomType, in, out time.Time) (Booking, error) {
	if !out.After(in) {
		return Booking{}, fmt.Errorf("book for %s: check-out %s not after check-in", guest, out.Format("Jan 2"))
	}
	for _, r := range h.rooms {
		if r.Type != t {
			continue
		}
		if err := h.free(r.Number, in, out); err != nil {
			continue
		}
		h.nextID++
		b := Booking{h.nextID, guest, r.Number, in, out}
		h.bookings = append(h.bookings, b)
		return b, nil
	}
	return Booking{}, fmt.Errorf("book %v for %s: %w", t, guest, ErrNoRoom)
}

func (h *Hotel) free(room int, in, out time.Time) error {
	for _, b := range h.bookings {
		if b.Room == room && b.overlaps(in, out) {
			return ConflictError{room, b.ID}
		}
	}
	return nil
}

func (h *Hotel) roomType(n int) RoomType {
	for _, r := range h.rooms {
		if r.Number == n {
			return r.Type
		}
	}
	return 0
}

func main() {
	h := &Hotel{rooms: []Room{{101, Single}, {102, Single}, {201, Double}, {301, Suite}}}
	d := func(day int) time.Time { return time.Date(2025, time.July, day, 14, 0, 0, 0, time.UTC) }
	reqs := []struct {
		guest   string
		t       RoomType
		in, out int
	}{
		{"Ito", Single, 1, 4}, {"Kim", Single, 2, 5}, {"Lee", Single, 3, 6},
		{"Moe", Double, 1, 8}, {"Ng", Double, 8, 10}, {"Oz", Suite, 5, 5}, {"Pat", Suite, 4, 7}, {"Quinn", Single, 4, 6},
	}
	for _, r := range reqs {
		b, err := h.Book(r.guest, r.t, d(r.in), d(r.out))
		if err != nil {
			fmt.Println("  x", err, errors.Is(err, ErrNoRoom))
			continue
		}
		fmt.Printf("  #%d %-5s room %d %s-%s (%d nights)\n", b.ID, b.Guest, b.Room, b.CheckIn.Format("Jan 2"), b.CheckOut.Format("Jan 2"), b.Nights())
	}
	err := h.free(101, d(2), d(3))
	var ce ConflictError
	if errors.As(err, &ce) {
		fmt.Println("conflict:", ce.Room, ce.Existing, err)
	}
	revenue := map[RoomType]int{}
	for _, b := range h.bookings {
		revenue[h.roomType(b.Room)] += b.Nights() * h.roomType(b.Room).Rate()
	}
	types := []RoomType{}
	for t := range revenue {
		types = append(types, t)
	}
	sort.Slice(types, func(i, j int) bool { return types[i] < types[j] })
	total := 0
	for _, t := range types {
		fmt.Printf("%-7v $%5d\n", t, revenue[t])
		total += revenue[t]
	}
	fmt.Printf("%-7s $%5d\n", "total", total)
	fmt.Println(revenue)
}
