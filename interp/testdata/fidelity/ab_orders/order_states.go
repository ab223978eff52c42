package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

type State int

const (
	Draft State = iota
	Placed
	Paid
	Shipped
	Delivered
	Cancelled
)

var stateNames = [...]string{"draft", "placed", "paid", "shipped", "delivered", "cancelled"}

func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

const (
	Place   Event = "place"
	Pay     Event = "pay"
	Ship    Event = "ship"
	Deliver Event = "deliver"
	Cancel  Event = "cancel"
)

type transition struct {
	from State
	ev   Event
}

var table = map[transition]State{
	{Draft, Place}:     Placed,
	{Placed, Pay}:      Paid,
	{Placed, Cancel}:   Cancelled,
	{Paid, Ship}:       Shipped,
	{Paid, Cancel}:     Cancelled,
	{Shipped, Deliver}: Delivered,
}

type TransitionError struct {
	Order string
	From  State
	Event Event
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("order %s: cannot %s from %v", e.Order, e.Event, e.From)
}

var ErrUnknownOrder = errors.New("unknown order")

type Line struct {
	SKU   string
	Qty   int
	Price float64
}

type Order struct {
	ID      string
	Lines   []Line
	State   State
	History []State
}

func (o *Order) Total() float64 {
	t := 0.0
	for _, l := range o.Lines {
		t += float64(l.Qty) * l.Price
	}
	return t
}

func (o *Order) Fire(ev Event) error {
	next, ok := table[transition{o.State, ev}]
	if !ok {
		return &TransitionError{o.ID, o.State, ev}
	}
	o.History = append(o.History, o.State)
	o.State = next
	return nil
}

type Store struct {
	orders map[string]*Order
	log    []string
}

func (s *Store) Apply(id string, ev Event) error {
	o, ok := s.orders[id]
	if !ok {
		return fmt.Errorf("apply %s to %q: %w", ev, id, ErrUnknownOrder)
	}
	if err := o.Fire(ev); err != nil {
		return fmt.Errorf("apply: %w", err)
	}
	s.log = append(s.log, fmt.Sprintf("%s->%v", id, o.State))
	return nil
}

func main() {
	s := &Store{orders: map[string]*Order{}}
	for i, id := range []string{"A1", "B2", "C3", "D4"} {
		o := &Order{ID: id}
		for j := 0; j <= i; j++ {
			o.Lines = append(o.Lines, Line{SKU: fmt.Sprintf("SKU-%d%d", i, j), Qty: j + 1, Price: 2.5 * float64(i+1)})
		}
		s.orders[id] = o
	}
	script := []struct {
		id string
		ev Event
	}{
		{"A1", Place}, {"A1", Pay}, {"B2", Place}, {"B2", Ship}, {"C3", Place},
		{"C3", Cancel}, {"C3", Pay}, {"A1", Ship}, {"A1", Deliver}, {"Z9", Place},
		{"D4", Place}, {"D4", Pay}, {"D4", Cancel},
	}
	var failures []error
	for _, st := range script {
		if err := s.Apply(st.id, st.ev); err != nil {
			failures = append(failures, err)
		}
	}
	fmt.Println("log:", strings.Join(s.log, " "))
	for _, err := range failures {
		var te *TransitionError
		switch {
		case errors.As(err, &te):
			fmt.Printf("transition error: %v (from=%d %q)\n", err, te.From, te.Event)
		case errors.Is(err, ErrUnknownOrder):
			fmt.Println("missing:", err)
		default:
			fmt.Println("other:", err)
		}
	}
	ids := make([]string, 0, len(s.orders))
	for id := range s.orders {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		a, b := s.orders[ids[i]], s.orders[ids[j]]
		if a.State != b.State {
			return a.State > b.State
		}
		return a.ID < b.ID
	})
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "id\tstate\tlines\ttotal\thistory\t")
	for _, id := range ids {
		o := s.orders[id]
		fmt.Fprintf(w, "%s\t%v\t%d\t%.2f\t%v\t\n", o.ID, o.State, len(o.Lines), o.Total(), o.History)
	}
	w.Flush()
	byState := map[State][]*Order{}
	for _, o := range s.orders {
		byState[o.State] = append(byState[o.State], o)
	}
	fmt.Println(len(byState), "states used")
	for st := Draft; st <= Cancelled; st++ {
		os := byState[st]
		sort.Slice(os, func(i, j int) bool { return os[i].ID < os[j].ID })
		names := []string{}
		for _, o := range os {
			names = append(names, o.ID)
		}
		fmt.Printf("%-10s|%v\n", st, names)
	}
	fmt.Printf("%+v\n", *s.orders["A1"])
	fmt.Printf("%v %d %s\n", State(9), Shipped, Paid)
}
