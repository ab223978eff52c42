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

var (
	ErrNoCopies  = errors.New("no copies left")
	ErrLimit     = errors.New("loan limit reached")
	ErrNotLoaned = errors.New("book not loaned")
)

type Library struct {
	books   map[ISBN]*Book
	members map[int]*Member
	limit   int
	log     []string
}

func NewLibrary(limit int) *Library {
	return &Library{books: map[ISBN]*Book{}, members: map[int]*Member{}, limit: limit}
}

func (l *Library) AddBook(b Book) { l.books[b.ISBN] = &b }

func (l *Library) Join(id int, name string) *Member {
	m := &Member{ID: id, Name: name, Loans: make(map[ISBN]time.Time)}
	l.members[id] = m
	return m
}

func (l *Library) Checkout(id int, isbn ISBN, at time.Time) error {
	m, b := l.members[id], l.books[isbn]
	switch {
	case b == nil:
		return fmt.Errorf("checkout %q: unknown book", isbn)
	case b.Copies == 0:
		return fmt.Errorf("checkout %q by %s: %w", b.Title, m.Name, ErrNoCopies)
	case len(m.Loans) >= l.limit:
		return fmt.Errorf("checkout %q by %s: %w", b.Title, m.Name, ErrLimit)
	}
	b.Copies--
	m.Loans[isbn] = at
	l.log = append(l.log, fmt.Sprintf("%s OUT %s", at.Format("Jan 2"), b.Title))
	return nil
}

func (l *Library) Return(id int, isbn ISBN, at time.Time) (fee float64, err error) {
	m := l.members[id]
	since, ok := m.Loans[isbn]
	if !ok {
		return 0, fmt.Errorf("return %s: %w", isbn, ErrNotLoaned)
	}
	delete(m.Loans, isbn)
	l.books[isbn].Copies++
	days := int(at.Sub(since).Hours() / 24)
	if days > 14 {
		fee = float64(days-14) * 0.25
	}
	l.log = append(l.log, fmt.Sprintf("%s IN  %s (%d days)", at.Format("Jan 2"), l.books[isbn].Title, days))
	return fee, nil
}

func main() {
	lib := NewLibrary(2)
	lib.AddBook(Book{"978-0", "The Go Programming Language", "Donovan", 1})
	lib.AddBook(Book{"978-1", "Concurrency in Go", "Cox-Buday", 2})
	lib.AddBook(Book{"978-2", "Learning Go", "Bodner", 1})
	ann := lib.Join(1, "Ann")
	lib.Join(2, "Bob")

	day := func(d int) time.Time { return time.Date(2024, time.March, d, 10, 0, 0, 0, time.UTC) }

	for _, try := range []struct {
		who  int
		isbn ISBN
		d    int
	}{{1, "978-0", 1}, {2, "978-0", 2}, {1, "978-1", 3}, {1, "978-2", 4}, {2, "978-9", 5}} {
		if err := lib.Checkout(try.who, try.isbn, day(try.d)); err != nil {
			fmt.Println("error:", err)
			fmt.Println("  no copies?", errors.Is(err, ErrNoCopies), "limit?", errors.Is(err, ErrLimit))
		}
	}

	var keys []string
	for k := range ann.Loans {
		keys = append(keys, string(k))
	}
	sort.Strings(keys)
	fmt.Println("Ann holds:", strings.Join(keys, ", "))

	fee, err := lib.Return(1, "978-0", day(25))
	fmt.Printf("fee=%.2f err=%v\n", fee, err)
	_, err = lib.Return(1, "978-0", day(26))
	fmt.Printf("second return: %v (not loaned: %t)\n", err, errors.Is(err, ErrNotLoaned))
	if err := lib.Checkout(2, "978-0", day(26)); err == nil {
		fmt.Println("Bob got it on the 26th")
	}
	for i, line := range lib.log {
		fmt.Printf("%02d %s\n", i+1, line)
	}
	fmt.Printf("%+v\n", *lib.books["978-1"])
}
