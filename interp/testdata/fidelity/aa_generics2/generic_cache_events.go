package main

import (
	"errors"
	"fmt"
	"sort"
)

type Event[T any] struct {
	Seq     int
	Payload T
}

type Bus[T any] struct {
	seq  int
	subs map[string]func(Event[T]) error
	dead []Event[T]
}

func NewBus[T any]() *Bus[T] {
	return &Bus[T]{subs: map[string]func(Event[T]) error{}}
}

func (b *Bus[T]) On(name string, f func(Event[T]) error) { b.subs[name] = f }

func (b *Bus[T]) Emit(p T) error {
	b.seq++
	ev := Event[T]{b.seq, p}
	names := make([]string, 0, len(b.subs))
	for n := range b.subs {
		names = append(names, n)
	}
	sort.Strings(names)
	var errs []error
	for _, n := range names {
		if err := b.subs[n](ev); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", n, err))
		}
	}
	if len(errs) > 0 {
		b.dead = append(b.dead, ev)
	}
	return errors.Join(errs...)
}

type Order struct {
	ID    string
	Total int
}

var ErrTooBig = errors.New("order too big")

type Stats[K comparable] struct {
	counts map[K]int
}

func (s *Stats[K]) Add(k K) int {
	if s.counts == nil {
		s.counts = make(map[K]int)
	}
	s.counts[k]++
	return s.counts[k]
}

func main() {
	bus := NewBus[Order]()
	var st Stats[string]
	total := 0
	bus.On("audit", func(e Event[Order]) error {
		st.Add("audit")
		return nil
	})
	bus.On("limit", func(e Event[Order]) error {
		if e.Payload.Total > 100 {
			return fmt.Errorf("#%d %s: %w", e.Seq, e.Payload.ID, ErrTooBig)
		}
		return nil
	})
	bus.On("sum", func(e Event[Order]) error {
		total += e.Payload.Total
		return nil
	})
	for _, o := range []Order{{"a", 10}, {"b", 250}, {"c", 40}, {"d", 101}} {
		if err := bus.Emit(o); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrTooBig))
		}
	}
	fmt.Println("total:", total, "dead:", bus.dead, "audit:", st.counts)
	ints := NewBus[int]()
	ints.On("x", func(e Event[int]) error { fmt.Printf("%+v\n", e); return nil })
	ints.Emit(7)
	var ks Stats[[2]int]
	ks.Add([2]int{1, 2})
	fmt.Println(ks.Add([2]int{1, 2}), len(ks.counts))
}
