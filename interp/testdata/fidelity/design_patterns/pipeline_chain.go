package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Chain of responsibility: each approver handles what it can, or passes on.
type Approver interface {
	SetNext(Approver) Approver
	Handle(req Expense) (string, error)
}

type Expense struct {
	Who    string
	Amount float64
	Kind   string
}

type base struct{ next Approver }

func (b *base) SetNext(n Approver) Approver { b.next = n; return n }
func (b *base) pass(req Expense) (string, error) {
	if b.next == nil {
		return "", fmt.Errorf("nobody can approve %.2f for %s", req.Amount, req.Who)
	}
	return b.next.Handle(req)
}

type Lead struct {
	base
	limit float64
}
type Manager struct {
	base
	limit float64
}
type Director struct{ base }

var ErrForbidden = errors.New("forbidden expense kind")

func (l *Lead) Handle(r Expense) (string, error) {
	if r.Kind == "gambling" {
		return "", fmt.Errorf("lead: %w", ErrForbidden)
	}
	if r.Amount <= l.limit {
		return "lead approved " + r.Who, nil
	}
	return l.pass(r)
}

func (m *Manager) Handle(r Expense) (string, error) {
	if r.Amount <= m.limit {
		return fmt.Sprintf("manager approved %s (%.0f)", r.Who, r.Amount), nil
	}
	return m.pass(r)
}

func (d *Director) Handle(r Expense) (string, error) {
	if r.Amount > 10000 {
		return d.pass(r)
	}
	return "director approved " + strings.ToUpper(r.Who), nil
}

func main() {
	lead := &Lead{limit: 100}
	lead.SetNext(&Manager{limit: 1000}).SetNext(&Director{})
	reqs := []Expense{
		{"ann", 50, "food"}, {"bob", 500, "travel"}, {"cy", 5000, "hardware"},
		{"dee", 50000, "yacht"}, {"eve", 10, "gambling"},
	}
	approved := map[string]float64{}
	for _, r := range reqs {
		msg, err := lead.Handle(r)
		switch {
		case errors.Is(err, ErrForbidden):
			fmt.Println("FORBIDDEN:", err)
		case err != nil:
			fmt.Println("ERROR:", err)
		default:
			fmt.Println(msg)
			approved[strings.Fields(msg)[0]] += r.Amount
		}
	}
	keys := make([]string, 0, len(approved))
	for k := range approved {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-9s %8.2f\n", k, approved[k])
	}
}
