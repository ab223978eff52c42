package main

import (
	"errors"
	"fmt"
)

type Command interface{ Name() string }

type CreateTask struct{ ID, Title string }
type CompleteTask struct{ ID string }
type RenameTask struct{ ID, Title string }

func (CreateTask) Name() string   { return "create" }
func (CompleteTask) Name() string { return "complete" }
func (RenameTask) Name() string   { return "rename" }

type Event struct {
	Type string
	ID   string
	Data string
}

type Task struct {
	Title string
	Done  bool
}

var (
	ErrExists   = errors.New("task exists")
	ErrNotFound = errors.New("task not found")
	ErrDone     = errors.New("task already done")
)

type Board struct {
	tasks  map[string]*Task
	events []Event
}

func (b *Board) Handle(c Command) error {
	var ev Event
	switch c := c.(type) {
	case CreateTask:
		if _, ok := b.tasks[c.ID]; ok {
			return fmt.Errorf("%s %s: %w", c.Name(), c.ID, ErrExists)
		}
		ev = Event{"created", c.ID, c.Title}
	case CompleteTask:
		t, ok := b.tasks[c.ID]
		if !ok {
			return fmt.Errorf("%s %s: %w", c.Name(), c.ID, ErrNotFound)
		}
		if t.Done {
			return fmt.Errorf("%s %s: %w", c.Name(), c.ID, ErrDone)
		}
		ev = Event{"completed", c.ID, ""}
	case RenameTask:
		if _, ok := b.tasks[c.ID]; !ok {
			return fmt.Errorf("%s %s: %w", c.Name(), c.ID, ErrNotFound)
		}
		ev = Event{"renamed", c.ID, c.Title}
	default:
		return fmt.Errorf("unknown command %T", c)
	}
	b.apply(ev)
	return nil
}

func (b *Board) apply(e Event) {
	b.events = append(b.events, e)
	switch e.Type {
	case "created":
		b.tasks[e.ID] = &Task{Title: e.Data}
	case "completed":
		b.tasks[e.ID].Done = true
	case "renamed":
		b.tasks[e.ID].Title = e.Data
	}
}

func main() {
	b := &Board{tasks: map[string]*Task{}}
	cmds := []Command{
		CreateTask{"t1", "write docs"},
		CreateTask{"t2", "fix bug"},
		CreateTask{"t1", "dup"},
		RenameTask{"t2", "fix bug #12"},
		CompleteTask{"t2"},
		CompleteTask{"t2"},
		CompleteTask{"t9"},
	}

	for _, c := range cmds {
		if err := b.Handle(c); err != nil {
			fmt.Printf("%-8s error: %v (notfound=%v)\n", c.Name(), err, errors.Is(err, ErrNotFound))
		}
	}

	for _, e := range b.events {
		fmt.Printf("%+v\n", e)
	}
	fmt.Println(*b.tasks["t1"], *b.tasks["t2"])
}
