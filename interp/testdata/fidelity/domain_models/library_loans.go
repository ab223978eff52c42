package main

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

type Book struct {
	ISBN   string
	Title  string
	Author string
	Copies int
}

type Member struct {
	ID    int
	Name  string
	Limit int
}

type Loan struct {
	ISBN     string
	MemberID int
	Out      time.Time
	Due      time.Time
	Returned *time.Time
}

var (
	ErrNoCopies  = errors.New("no copies available")
	ErrLimit     = errors.New("loan limit reached")
	ErrUnknown   = errors.New("unknown book or member")
	ErrNotOnLoan = errors.New("book not on loan to member")
)

type Library struct {
	books   map[string]*Book
	members map[int]*Member
	loans   []*Loan
}

func (l *Library) active(memberID int) []*Loan {
	var out []*Loan
	for _, ln := range l.loans {
		if ln.MemberID == memberID && ln.Returned == nil {
			out = append(out, ln)
		}
	}
	return out
}

func (l *Library) Checkout(isbn string, memberID int, now time.Time) error {
	b, ok1 := l.books[isbn]
	m, ok2 := l.members[memberID]
	if !ok1 || !ok2 {
		return fmt.Errorf("checkout %s/%d: %w", isbn, memberID, ErrUnknown)
	}
	if b.Copies == 0 {
		return fmt.Errorf("checkout %q: %w", b.Title, ErrNoCopies)
	}
	if len(l.active(memberID)) >= m.Limit {
		return fmt.Errorf("%s: %w (%d)", m.Name, ErrLimit, m.Limit)
	}
	b.Copies--
	l.loans = append(l.loans, &Loan{isbn, memberID, now, now.AddDate(0, 0, 14), nil})
	return nil
}

func (l *Library) Return(isbn string, memberID int, now time.Time) (fine float64, err error) {
	for _, ln := range l.active(memberID) {
		if ln.ISBN == isbn {
			t := now
			ln.Returned = &t
			l.books[isbn].Copies++
			if late := now.Sub(ln.Due); late > 0 {
				days := int(late.Hours() / 24)
				fine = float64(days) * 0.25
			}
			return fine, nil
		}
	}
	return 0, ErrNotOnLoan
}

func main() {
	lib := &Library{
		books: map[string]*Book{
			"111": {"111", "The Go Programming Language", "Donovan", 2},
			"222": {"222", "Concurrency in Go", "Cox-Buday", 1},
			"333": {"333", "Learning Go", "Bodner", 1},
		},
		members: map[int]*Member{1: {1, "Ana", 2}, 2: {2, "Ben", 1}},
	}
	start := time.Date(2024, 3, 1, 10, 0, 0, 0, time.UTC)
	day := func(n int) time.Time { return start.AddDate(0, 0, n) }

	try := func(what string, err error) {
		if err != nil {
			fmt.Printf("%-22s FAIL %v (noCopies=%v limit=%v)\n", what, err, errors.Is(err, ErrNoCopies), errors.Is(err, ErrLimit))
		} else {
			fmt.Printf("%-22s ok\n", what)
		}
	}
	try("ana takes 111", lib.Checkout("111", 1, day(0)))
	try("ana takes 222", lib.Checkout("222", 1, day(1)))
	try("ana takes 333", lib.Checkout("333", 1, day(1)))
	try("ben takes 222", lib.Checkout("222", 2, day(2)))
	try("ben takes 999", lib.Checkout("999", 2, day(2)))
	try("ben takes 111", lib.Checkout("111", 2, day(3)))

	fine, err := lib.Return("222", 1, day(20))
	fmt.Printf("ana returns 222: fine $%.2f err=%v\n", fine, err)
	_, err = lib.Return("222", 1, day(21))
	fmt.Println("again:", err)
	try("ben takes 333", lib.Checkout("333", 2, day(21)))
	fine, _ = lib.Return("111", 2, day(40))
	fmt.Printf("ben returns 111: fine $%.2f\n", fine)

	isbns := make([]string, 0)
	for k := range lib.books {
		isbns = append(isbns, k)
	}
	sort.Strings(isbns)
	for _, k := range isbns {
		b := lib.books[k]
		fmt.Printf("%s %-30q by %-10s copies=%d\n", b.ISBN, b.Title, b.Author, b.Copies)
	}
	for _, ln := range lib.loans {
		status := "out"
		if ln.Returned != nil {
			status = "returned " + ln.Returned.Format("Jan 2")
		}
		fmt.Printf("%s member %d due %s %s\n", ln.ISBN, ln.MemberID, ln.Due.Format("2006-01-02"), status)
	}
}
