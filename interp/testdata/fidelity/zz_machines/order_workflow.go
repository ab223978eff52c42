package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

type Status uint8

const (
	Draft Status = iota + 1
	Submitted
	Approved
	Shipped
	Delivered
	Cancelled
)

var statusNames = map[Status]string{Draft: "draft", Submitted: "submitted", Approved: "approved",
	Shipped: "shipped", Delivered: "delivered", Cancelled: "cancelled"}

func (s Status) String() string {
	if n, ok := statusNames[s]; ok {
		return n
	}
	return fmt.Sprintf("Status(%d)", uint8(s))
}

var allowed = map[Status][]Status{
	Draft:     {Submitted, Cancelled},
	Submitted: {Approved, Cancelled},
	Approved:  {Shipped, Cancelled},
	Shipped:   {Delivered},
}

type Guard func(o *Order, to Status) error

type Order struct {
	ID      string
	Status  Status
	Total   int
	Changes []Change
}

type Change struct {
	At       time.Time
	From, To Status
}

var ErrTransition = errors.New("transition not allowed")

type GuardError struct {
	Guard string
	Err   error
}

func (g *GuardError) Error() string { return "guard " + g.Guard + ": " + g.Err.Error() }
func (g *GuardError) Unwrap() error { return g.Err }

type Workflow struct {
	guards map[string]Guard
	names  []string
	now    time.Time
}

func (w *Workflow) AddGuard(name string, g Guard) {
	if w.guards == nil {
		w.guards = map[string]Guard{}
	}
	w.guards[name] = g
	w.names = append(w.names, name)
}

func (w *Workflow) Move(o *Order, to Status) error {
	if !slices.Contains(allowed[o.Status], to) {
		return fmt.Errorf("%s: %v -> %v: %w", o.ID, o.Status, to, ErrTransition)
	}
	for _, n := range w.names {
		if err := w.guards[n](o, to); err != nil {
			return fmt.Errorf("%s: %w", o.ID, &GuardError{n, err})
		}
	}
	w.now = w.now.Add(90 * time.Minute)
	o.Changes = append(o.Changes, Change{w.now, o.Status, to})
	o.Status = to
	return nil
}

func main() {
	w := &Workflow{now: time.Date(2024, 11, 29, 8, 0, 0, 0, time.UTC)}
	w.AddGuard("min-total", func(o *Order, to Status) error {
		if to == Submitted && o.Total < 1000 {
			return fmt.Errorf("total %d below minimum 1000", o.Total)
		}
		return nil
	})
	w.AddGuard("big-needs-approval", func(o *Order, to Status) error {
		if to == Shipped && o.Total > 50000 && len(o.Changes) < 3 {
			return errors.New("large order shipped too fast")
		}
		return nil
	})
	orders := []*Order{{ID: "o-1", Status: Draft, Total: 2500}, {ID: "o-2", Status: Draft, Total: 500}, {ID: "o-3", Status: Draft, Total: 75000}}
	plan := []struct {
		i  int
		to Status
	}{
		{0, Submitted}, {0, Approved}, {0, Shipped}, {0, Delivered}, {0, Cancelled},
		{1, Submitted}, {1, Cancelled}, {1, Approved},
		{2, Submitted}, {2, Approved}, {2, Shipped}, {2, Status(42)},
	}
	for _, p := range plan {
		o := orders[p.i]
		if err := w.Move(o, p.to); err != nil {
			var ge *GuardError
			fmt.Printf("  x %v [transition=%t guard=%t]\n", err, errors.Is(err, ErrTransition), errors.As(err, &ge))
			continue
		}
		fmt.Printf("ok %s now %v\n", o.ID, o.Status)
	}
	for _, o := range orders {
		var steps []string
		for _, c := range o.Changes {
			steps = append(steps, fmt.Sprintf("%s %v→%v", c.At.Format("Mon 15:04"), c.From, c.To))
		}
		fmt.Printf("%s %-9v %s\n", o.ID, o.Status, strings.Join(steps, ", "))
	}
}
