package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

type ISBN string

type Book struct {
	ISBN   ISBN
	Title  string
	Author string
	Copies int
}

type Member struct {
	ID    int
	Name  string
	Loans map[ISBN]time.Time
}

type Library struct {
	books   map[ISBN]*Book
	members map[int]*Member
	now     time.Time
	events  []string
}

var (
	ErrNoCopies    = errors.New("no copies available")
	ErrLoanLimit   = errors.New("loan limit reached")
	ErrNotOnLoan   = errors.New("book not on loan to member")
	ErrUnknownISBN = errors.New("unknown isbn")
)

const maxLoans = 2
const loanPeriod = 14 * 24 * time.Hour

type LoanError struct {
	Member string
	Book   ISBN
	Err    error
}

func (e *LoanError) Error() string { return fmt.Sprintf("%s / %s: %v", e.Member, e.Book, e.Err) }
func (e *LoanError) Unwrap() error { return e.Err }

func (l *Library) Borrow(memberID int, isbn ISBN) error {
	m := l.members[memberID]
	b, ok := l.books[isbn]
	switch {
	case !ok:
		return &LoanError{m.Name, isbn, ErrUnknownISBN}
	case b.Copies == 0:
		return &LoanError{m.Name, isbn, ErrNoCopies}
	case len(m.Loans) >= maxLoans:
		return &LoanError{m.Name, isbn, ErrLoanLimit}
	}
	b.Copies--
	m.Loans[isbn] = l.now.Add(loanPeriod)
	l.events = append(l.events, fmt.Sprintf("%s borrowed %q", m.Name, b.Title))
	return nil
}

func (l *Library) Return(memberID int, isbn ISBN) (fine float64, err error) {
	m := l.members[memberID]
	due, ok := m.Loans[isbn]
	if !ok {
		return 0, &LoanError{m.Name, isbn, ErrNotOnLoan}
	}
	delete(m.Loans, isbn)
	l.books[isbn].Copies++
	if late := l.now.Sub(due); late > 0 {
		days := int(late.Hours()/24 + 0.5)
		fine = float64(days) * 0.25
	}
	l.events = append(l.events, fmt.Sprintf("%s returned %s (fine $%.2f)", m.Name, isbn, fine))
	return fine, nil
}

func main() {
	lib := &Library{
		books: map[ISBN]*Book{
			"978-0": {"978-0", "The Go Programming Language", "Donovan", 1},
			"978-1": {"978-1", "Concurrency in Go", "Cox-Buday", 2},
			"978-2": {"978-2", "Learning Go", "Bodner", 1},
		},
		members: map[int]*Member{1: {1, "ann", map[ISBN]time.Time{}}, 2: {2, "bob", map[ISBN]time.Time{}}},
		now:     time.Date(2024, 1, 10, 12, 0, 0, 0, time.UTC),
	}
	steps := []struct {
		day    int
		member int
		isbn   ISBN
		borrow bool
	}{
		{0, 1, "978-0", true}, {0, 2, "978-0", true}, {1, 1, "978-1", true}, {1, 1, "978-2", true},
		{2, 2, "978-9", true}, {20, 1, "978-0", false}, {20, 2, "978-0", true}, {21, 2, "978-1", false}, {30, 1, "978-1", false},
	}
	start := lib.now
	for _, s := range steps {
		lib.now = start.AddDate(0, 0, s.day)
		var err error
		if s.borrow {
			err = lib.Borrow(s.member, s.isbn)
		} else {
			var fine float64
			fine, err = lib.Return(s.member, s.isbn)
			if err == nil && fine > 0 {
				fmt.Printf("day %d: fine %.2f\n", s.day, fine)
			}
		}
		if err != nil {
			var le *LoanError
			errors.As(err, &le)
			fmt.Printf("day %d: %v [member=%s no-copies=%t limit=%t]\n", s.day, err, le.Member, errors.Is(err, ErrNoCopies), errors.Is(err, ErrLoanLimit))
		}
	}
	fmt.Println(strings.Join(lib.events, "\n"))
	var isbns []string
	for k, b := range lib.books {
		isbns = append(isbns, fmt.Sprintf("%s:%d", k, b.Copies))
	}
	sort.Strings(isbns)
	fmt.Println(isbns, len(lib.members[1].Loans), len(lib.members[2].Loans))
}
