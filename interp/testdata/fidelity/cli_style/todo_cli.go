package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

type Task struct {
	ID       int
	Title    string
	Done     bool
	Priority int
	Tags     []string
}

type Store struct {
	tasks  map[int]*Task
	nextID int
}

var ErrNotFound = errors.New("task not found")

func NewStore() *Store { return &Store{tasks: map[int]*Task{}, nextID: 1} }

func (s *Store) Add(title string, prio int, tags ...string) *Task {
	t := &Task{ID: s.nextID, Title: title, Priority: prio, Tags: tags}
	s.tasks[t.ID] = t
	s.nextID++
	return t
}

func (s *Store) Get(id int) (*Task, error) {
	t, ok := s.tasks[id]
	if !ok {
		return nil, fmt.Errorf("get %d: %w", id, ErrNotFound)
	}
	return t, nil
}

func (s *Store) Sorted() []*Task {
	out := make([]*Task, 0, len(s.tasks))
	for _, t := range s.tasks {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Done != out[j].Done {
			return !out[i].Done
		}
		if out[i].Priority != out[j].Priority {
			return out[i].Priority > out[j].Priority
		}
		return out[i].ID < out[j].ID
	})
	return out
}

type command func(s *Store, args []string) error

var commands map[string]command

func init() {
	commands = map[string]command{
		"add":  cmdAdd,
		"done": cmdDone,
		"rm":   cmdRemove,
		"ls":   cmdList,
	}
}

func cmdAdd(s *Store, args []string) error {
	if len(args) < 2 {
		return errors.New("usage: add PRIO TITLE... [+tag]")
	}
	p, err := strconv.Atoi(args[0])
	if err != nil {
		return fmt.Errorf("bad priority %q: %w", args[0], err)
	}
	var words, tags []string
	for _, a := range args[1:] {
		if strings.HasPrefix(a, "+") {
			tags = append(tags, a[1:])
		} else {
			words = append(words, a)
		}
	}
	t := s.Add(strings.Join(words, " "), p, tags...)
	fmt.Printf("added #%d\n", t.ID)
	return nil
}

func cmdDone(s *Store, args []string) error {
	for _, a := range args {
		id, _ := strconv.Atoi(a)
		t, err := s.Get(id)
		if err != nil {
			return err
		}
		t.Done = true
	}
	return nil
}

func cmdRemove(s *Store, args []string) error {
	id, err := strconv.Atoi(args[0])
	if err != nil {
		return err
	}
	if _, err := s.Get(id); err != nil {
		return err
	}
	delete(s.tasks, id)
	return nil
}

func cmdList(s *Store, _ []string) error {
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', 0)
	for _, t := range s.Sorted() {
		mark := " "
		if t.Done {
			mark = "x"
		}
		fmt.Fprintf(w, "[%s]\t#%d\tp%d\t%s\t%v\n", mark, t.ID, t.Priority, t.Title, t.Tags)
	}
	return w.Flush()
}

func main() {
	s := NewStore()
	script := []string{
		"add 2 buy milk +home",
		"add 5 fix bug 1234 +work +urgent",
		"add 1 call mom",
		"add x nothing",
		"ls",
		"done 2",
		"done 9",
		"rm 3",
		"frobnicate",
		"add",
		"ls",
	}
	for _, line := range script {
		fmt.Println(">", line)
		f := strings.Fields(line)
		cmd, ok := commands[f[0]]
		if !ok {
			fmt.Printf("unknown command %q\n", f[0])
			continue
		}
		if err := cmd(s, f[1:]); err != nil {
			fmt.Println("error:", err)
			if errors.Is(err, ErrNotFound) {
				fmt.Println("  (hint: use ls to see ids)")
			}
		}
	}
}
