package main

import (
	"errors"
	"fmt"
)

type ConflictError struct {
	Stream         string
	Expected, Have int
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("stream %s: expected version %d, have %d", e.Stream, e.Expected, e.Have)
}

type EventStore struct {
	streams map[string][]string
}

func (s *EventStore) Append(stream string, expected int, events ...string) (int, error) {
	cur := len(s.streams[stream])
	if cur != expected {
		return cur, &ConflictError{stream, expected, cur}
	}
	s.streams[stream] = append(s.streams[stream], events...)
	return len(s.streams[stream]), nil
}

func (s *EventStore) Load(stream string) ([]string, int) {
	evs := s.streams[stream]
	return evs, len(evs)
}

func main() {
	store := &EventStore{streams: map[string][]string{}}

	v, err := store.Append("order-1", 0, "created")
	fmt.Println(v, err)

	_, vA := store.Load("order-1")
	_, vB := store.Load("order-1")

	v, err = store.Append("order-1", vA, "item-added", "item-added")
	fmt.Println("writer A:", v, err)

	v, err = store.Append("order-1", vB, "cancelled")
	fmt.Println("writer B:", v, err)
	var ce *ConflictError
	if errors.As(err, &ce) {
		fmt.Println("retry from version", ce.Have)
		evs, ver := store.Load("order-1")
		fmt.Println("reloaded:", evs)
		v, err = store.Append("order-1", ver, "cancelled")
		fmt.Println("writer B retry:", v, err)
	}

	evs, _ := store.Load("order-1")
	fmt.Printf("%q\n", evs)
	fmt.Println(len(store.streams), store.streams["nope"] == nil)
}
