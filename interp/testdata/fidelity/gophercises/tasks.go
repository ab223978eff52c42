package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

type Task struct {
	ID      int
	Title   string
	Done    bool
	Created time.Time
	Tags    []string
}

type Store struct {
	tasks  map[int]*Task
	nextID int
	clock  func() time.Time
}

var ErrNotFound = errors.New("task not found")

type ValidationError struct {
	Field string
	Msg   string
}

func (v ValidationError) Error() string { return v.Field + ": " + v.Msg }

func NewStore(clock func() time.Time) *Store {
	return &Store{tasks: map[int]*Task{}, nextID: 1, clock: clock}
}

func (s *Store) Add(title string, tags ...string) (int, error) {
	if strings.TrimSpace(title) == "" {
		return 0, ValidationError{"title", "must not be empty"}
	}
	id := s.nextID
	s.nextID++
	s.tasks[id] = &Task{ID: id, Title: title, Created: s.clock(), Tags: tags}
	return id, nil
}

func (s *Store) Do(id int) error {
	t, ok := s.tasks[id]
	if !ok {
		return fmt.Errorf("do %d: %w", id, ErrNotFound)
	}
	t.Done = true
	return nil
}

func (s *Store) List(pred func(*Task) bool) []Task {
	var out []Task
	for _, t := range s.tasks {
		if pred == nil || pred(t) {
			out = append(out, *t)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func key(id int) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, uint64(id))
	return b
}

func main() {
	base := time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)
	tick := 0
	s := NewStore(func() time.Time {
		tick++
		return base.Add(time.Duration(tick) * 90 * time.Minute)
	})
	for _, t := range []string{"buy milk", "write report", "  ", "call mom", "review PR"} {
		id, err := s.Add(t, "home")
		if err != nil {
			var ve ValidationError
			fmt.Println("add failed:", err, errors.As(err, &ve), ve.Field)
			continue
		}
		fmt.Printf("added %d %q key=%x\n", id, t, key(id))
	}
	fmt.Println(s.Do(2), s.Do(4))
	err := s.Do(42)
	fmt.Println(err, errors.Is(err, ErrNotFound))
	for _, t := range s.List(nil) {
		mark := " "
		if t.Done {
			mark = "x"
		}
		fmt.Printf("[%s] %d. %-15s %s %v\n", mark, t.ID, t.Title, t.Created.Format(time.Kitchen), t.Tags)
	}
	pending := s.List(func(t *Task) bool { return !t.Done })
	fmt.Println("pending:", len(pending))
	first, last := pending[0].Created, pending[len(pending)-1].Created
	fmt.Println("span:", last.Sub(first), last.Sub(first).Hours(), first.Format(time.RFC3339))
	fmt.Printf("%v\n", s.List(func(t *Task) bool { return t.ID == 1 })[0].Created)
	d := 3*time.Hour + 25*time.Minute + 100*time.Millisecond
	fmt.Println(d, d.Round(time.Minute), d.Truncate(time.Hour), time.Duration(1500)*time.Microsecond)
}
