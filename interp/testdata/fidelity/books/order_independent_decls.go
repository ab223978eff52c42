package main

import (
	"fmt"
	"sort"
	"strings"
)

func (l *Library) Add(b Book) {
	l.books[b.ISBN] = &b
	l.byAuthor[b.Author] = append(l.byAuthor[b.Author], b.ISBN)
}

func (l *Library) Checkout(isbn string, m Member) error {
	b, ok := l.books[isbn]
	if !ok {
		return &LibraryError{Op: "checkout", ISBN: isbn, Reason: "unknown book"}
	}
	if b.Borrower != nil {
		return &LibraryError{Op: "checkout", ISBN: isbn, Reason: "already borrowed by " + b.Borrower.Name}
	}
	if len(m.Loans()) >= maxLoans {
		return &LibraryError{"checkout", isbn, fmt.Sprintf("%s has %d loans", m.Name, maxLoans)}
	}
	b.Borrower = registry[m.ID]
	registry[m.ID].loans = append(registry[m.ID].loans, isbn)
	return nil
}

var registry = map[int]*Member{}

const maxLoans = defaultLoans - 1
const defaultLoans = 3

type Library struct {
	books    map[string]*Book
	byAuthor map[string][]string
	hooks    []Hook
}

type Hook func(event string, b *Book)

type Book struct {
	ISBN, Title, Author string
	Year                int
	Borrower            *Member
}

type Member struct {
	ID    int
	Name  string
	loans []string
}

func (m Member) Loans() []string { return registry[m.ID].loans }

type LibraryError struct {
	Op, ISBN, Reason string
}

func (e *LibraryError) Error() string { return e.Op + " " + e.ISBN + ": " + e.Reason }

var defaultLibrary = newLibrary()

func newLibrary() *Library {
	return &Library{books: map[string]*Book{}, byAuthor: map[string][]string{}}
}

func main() {
	lib := defaultLibrary
	for _, b := range []Book{
		{"111", "Go in Action", "Kennedy", 2015, nil},
		{"222", "Learning Go", "Bodner", 2021, nil},
		{"333", "Concurrency in Go", "Cox-Buday", 2017, nil},
		{"444", "Learning Go 2e", "Bodner", 2024, nil},
	} {
		lib.Add(b)
	}
	ann := &Member{ID: 1, Name: "Ann"}
	bob := &Member{ID: 2, Name: "Bob"}
	registry[ann.ID], registry[bob.ID] = ann, bob
	steps := []struct {
		isbn string
		m    *Member
	}{{"111", ann}, {"111", bob}, {"222", ann}, {"333", ann}, {"999", bob}, {"444", bob}}
	for _, s := range steps {
		if err := lib.Checkout(s.isbn, *s.m); err != nil {
			var le *LibraryError
			fmt.Println("error:", err, fmt.Sprintf("%T", err) == "*main.LibraryError", le == nil)
			continue
		}
		fmt.Printf("%s borrowed %q\n", s.m.Name, lib.books[s.isbn].Title)
	}
	authors := make([]string, 0, len(lib.byAuthor))
	for a := range lib.byAuthor {
		authors = append(authors, a)
	}
	sort.Strings(authors)
	for _, a := range authors {
		fmt.Printf("%-10s %s\n", a, strings.Join(lib.byAuthor[a], ","))
	}
	fmt.Println("limits:", maxLoans, defaultLoans, ann.Loans(), bob.Loans())
}
