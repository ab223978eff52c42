package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

type Item struct {
	ID    int
	Title string
	Year  int
}

func (i Item) Label() string     { return fmt.Sprintf("#%d %s (%d)", i.ID, i.Title, i.Year) }
func (i *Item) Retitle(t string) { i.Title = t }

type Book struct {
	Item
	Author string
	Pages  int
}

type DVD struct {
	Item
	Minutes int
}

func (d DVD) Label() string { return d.Item.Label() + fmt.Sprintf(" [%dmin]", d.Minutes) }

type Labeler interface{ Label() string }

type Loanable interface {
	Labeler
	LoanPeriod() time.Duration
}

func (Book) LoanPeriod() time.Duration { return 21 * 24 * time.Hour }
func (DVD) LoanPeriod() time.Duration  { return 7 * 24 * time.Hour }

type Loan struct {
	What Loanable
	Who  string
	Due  time.Time
}

var ErrOnLoan = errors.New("already on loan")

type Library struct {
	catalog map[int]Loanable
	loans   map[int]Loan
	now     time.Time
}

func (l *Library) Add(items ...Loanable) {
	for _, it := range items {
		switch v := it.(type) {
		case *Book:
			l.catalog[v.ID] = v
		case DVD:
			l.catalog[v.ID] = v
		}
	}
}

func (l *Library) Checkout(id int, who string) (Loan, error) {
	if ln, ok := l.loans[id]; ok {
		return Loan{}, fmt.Errorf("checkout %d by %s: %w (held by %s)", id, who, ErrOnLoan, ln.Who)
	}
	it, ok := l.catalog[id]
	if !ok {
		return Loan{}, fmt.Errorf("checkout %d: no such item", id)
	}
	ln := Loan{it, who, l.now.Add(it.LoanPeriod())}
	l.loans[id] = ln
	return ln, nil
}

func (l *Library) Overdue(at time.Time) []string {
	var out []string
	for _, ln := range l.loans {
		if at.After(ln.Due) {
			days := int(at.Sub(ln.Due).Hours() / 24)
			out = append(out, fmt.Sprintf("%s: %s, %d days late", ln.Who, ln.What.Label(), days))
		}
	}
	sort.Strings(out)
	return out
}

func main() {
	lib := &Library{catalog: map[int]Loanable{}, loans: map[int]Loan{}, now: time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC)}
	gopl := &Book{Item{1, "The Go Programming Language", 2015}, "Donovan & Kernighan", 380}
	lib.Add(gopl, DVD{Item{2, "Hackers", 1995}, 105}, &Book{Item: Item{ID: 3, Title: "Concurrency in Go", Year: 2017}, Pages: 238})
	gopl.Retitle(strings.ToUpper(gopl.Title[:3]) + gopl.Title[3:])
	for _, req := range []struct {
		id  int
		who string
	}{{1, "ann"}, {2, "bob"}, {1, "cy"}, {9, "di"}, {3, "ann"}} {
		ln, err := lib.Checkout(req.id, req.who)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrOnLoan))
			continue
		}
		fmt.Printf("%s -> %s due %s\n", ln.What.Label(), ln.Who, ln.Due.Format("Jan 2"))
	}
	for _, s := range lib.Overdue(lib.now.AddDate(0, 0, 25)) {
		fmt.Println(s)
	}
	var lb Labeler = gopl
	_, isLoanable := lb.(Loanable)
	fmt.Println(lb.Label(), isLoanable, gopl.Item.Label() == gopl.Label())
	fmt.Printf("%+v\n", *gopl)
}
