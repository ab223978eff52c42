package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"sync"
)

type RawEvent struct {
	Type    string          `json:"type"`
	Version int             `json:"v"`
	Schema  int             `json:"schema"`
	Body    json.RawMessage `json:"body"`
}

type TaskCreated struct {
	Title    string   `json:"title"`
	Tags     []string `json:"tags,omitempty"`
	Priority int      `json:"priority"`
}

type TaskRenamed struct {
	Title string `json:"title"`
}

type TaskDone struct{}

var ErrConflict = errors.New("version conflict")

type ConflictError struct {
	Expected, Actual int
}

func (c ConflictError) Error() string {
	return fmt.Sprintf("expected version %d, store has %d", c.Expected, c.Actual)
}
func (c ConflictError) Is(target error) bool { return target == ErrConflict }

type Store struct {
	mu     sync.Mutex
	events map[string][]RawEvent
}

func (s *Store) Append(id string, expected int, typ string, body any) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	cur := len(s.events[id])
	if cur != expected {
		return ConflictError{expected, cur}
	}
	b, err := json.Marshal(body)
	if err != nil {
		return err
	}
	s.events[id] = append(s.events[id], RawEvent{typ, cur + 1, 2, b})
	return nil
}

type Task struct {
	ID       string
	Title    string
	Tags     []string
	Priority int
	Done     bool
	Version  int
}

// upcast turns schema-1 events (priority as a string) into schema 2.
func upcast(e RawEvent) (RawEvent, error) {
	if e.Schema != 1 || e.Type != "created" {
		return e, nil
	}
	var old map[string]any
	if err := json.Unmarshal(e.Body, &old); err != nil {
		return e, err
	}
	prio := map[string]int{"low": 1, "mid": 2, "high": 3}[fmt.Sprint(old["priority"])]
	old["priority"] = prio
	b, err := json.Marshal(old)
	e.Body, e.Schema = b, 2
	return e, err
}

func (s *Store) Load(id string) (Task, error) {
	t := Task{ID: id}
	for _, raw := range s.events[id] {
		e, err := upcast(raw)
		if err != nil {
			return t, fmt.Errorf("upcast v%d: %w", raw.Version, err)
		}
		switch e.Type {
		case "created":
			var c TaskCreated
			if err := json.Unmarshal(e.Body, &c); err != nil {
				return t, fmt.Errorf("decode created: %w", err)
			}
			t.Title, t.Tags, t.Priority = c.Title, c.Tags, c.Priority
		case "renamed":
			var r TaskRenamed
			_ = json.Unmarshal(e.Body, &r)
			t.Title = r.Title
		case "done":
			t.Done = true
		default:
			return t, fmt.Errorf("unknown event type %q", e.Type)
		}
		t.Version = e.Version
	}
	return t, nil
}

func main() {
	s := &Store{events: map[string][]RawEvent{}}
	s.events["legacy"] = []RawEvent{
		{"created", 1, 1, json.RawMessage(`{"title":"old task","priority":"high","tags":["x"]}`)},
		{"renamed", 2, 1, json.RawMessage(`{"title":"old task (migrated)"}`)},
	}
	fmt.Println(s.Append("t1", 0, "created", TaskCreated{Title: "write docs", Priority: 2}))
	fmt.Println(s.Append("t1", 1, "renamed", TaskRenamed{"write better docs"}))
	// two writers race for version 2; exactly one wins
	var wg sync.WaitGroup
	results := make([]error, 4)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = s.Append("t1", 2, "done", TaskDone{})
		}(i)
	}
	wg.Wait()
	wins, conflicts := 0, 0
	for _, err := range results {
		var ce ConflictError
		switch {
		case err == nil:
			wins++
		case errors.Is(err, ErrConflict) && errors.As(err, &ce):
			conflicts++
			if ce.Actual != 3 {
				fmt.Println("unexpected", ce)
			}
		}
	}
	fmt.Println("wins", wins, "conflicts", conflicts)
	s.events["bad"] = []RawEvent{{"created", 1, 2, json.RawMessage(`{"title":5}`)}}
	s.events["weird"] = []RawEvent{{"archived", 1, 2, nil}}
	ids := make([]string, 0, len(s.events))
	for id := range s.events {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		t, err := s.Load(id)
		if err != nil {
			var ute *json.UnmarshalTypeError
			fmt.Printf("%-7s error: %v (type error: %t)\n", id, err, errors.As(err, &ute))
			continue
		}
		fmt.Printf("%-7s %+v\n", id, t)
	}
	b, _ := json.Marshal(s.events["t1"])
	fmt.Println(string(b))
	fmt.Println(ConflictError{1, 2}, errors.Is(fmt.Errorf("wrap: %w", ConflictError{}), ErrConflict))
}
