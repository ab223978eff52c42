package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Reservation struct {
	ID    int
	SKU   string
	Qty   int
	Owner string
}

type Store struct {
	onHand   map[string]int
	reserved map[int]Reservation
	nextID   int
}

var ErrUnavailable = errors.New("unavailable")

func (s *Store) available(sku string) int {
	n := s.onHand[sku]
	for _, r := range s.reserved {
		if r.SKU == sku {
			n -= r.Qty
		}
	}
	return n
}

func (s *Store) Reserve(owner, sku string, qty int) (int, error) {
	if s.available(sku) < qty {
		return 0, fmt.Errorf("%s wants %d %s: %w", owner, qty, sku, ErrUnavailable)
	}
	s.nextID++
	s.reserved[s.nextID] = Reservation{s.nextID, sku, qty, owner}
	return s.nextID, nil
}

func (s *Store) Cancel(id int) bool {
	if _, ok := s.reserved[id]; !ok {
		return false
	}
	delete(s.reserved, id)
	return true
}

func (s *Store) Dump() string {
	ids := make([]int, 0, len(s.reserved))
	for id := range s.reserved {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	var b strings.Builder
	for _, id := range ids {
		r := s.reserved[id]
		fmt.Fprintf(&b, "#%d %s x%d for %s; ", r.ID, r.SKU, r.Qty, r.Owner)
	}
	return b.String()
}

func main() {
	s := &Store{onHand: map[string]int{"lamp": 5, "desk": 2}, reserved: map[int]Reservation{}}

	id1, _ := s.Reserve("ann", "lamp", 3)
	_, err := s.Reserve("ben", "lamp", 3)
	fmt.Println(err)
	id3, _ := s.Reserve("cat", "desk", 2)
	fmt.Println(s.Dump())

	fmt.Println(s.Cancel(id1), s.Cancel(id1), s.Cancel(99))
	id4, err := s.Reserve("ben", "lamp", 3)
	fmt.Println(id4, err, id3)

	fmt.Println(s.Dump())
	fmt.Println("lamp available:", s.available("lamp"), "desk:", s.available("desk"))
}
