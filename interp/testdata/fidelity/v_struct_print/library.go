package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type ISBN string

type Author struct {
	First, Last string
}

func (a Author) String() string { return a.First + " " + a.Last }

type Book struct {
	ISBN    ISBN
	Title   string
	Authors []Author
	Year    int
	tags    map[string]bool
	loanedT *time.Time
}

type Member struct {
	ID    int
	Name  string
	loans []*Book
}

type Library struct {
	books   map[ISBN]*Book
	members []*Member
	log     []string
}

func NewLibrary() *Library {
	return &Library{books: map[ISBN]*Book{}}
}

func (l *Library) Add(b *Book) {
	l.books[b.ISBN] = b
	l.log = append(l.log, "add "+string(b.ISBN))
}

func (l *Library) Lend(isbn ISBN, m *Member, when time.Time) error {
	b, ok := l.books[isbn]
	if !ok {
		return fmt.Errorf("no book %q", isbn)
	}
	if b.loanedT != nil {
		return fmt.Errorf("%q already lent on %s", b.Title, b.loanedT.Format("2006-01-02"))
	}
	b.loanedT = &when
	m.loans = append(m.loans, b)
	l.log = append(l.log, fmt.Sprintf("lend %s to %d", isbn, m.ID))
	return nil
}

func main() {
	lib := NewLibrary()
	lib.Add(&Book{ISBN: "111", Title: "Go", Authors: []Author{{"Alan", "Donovan"}, {"Brian", "Kernighan"}}, Year: 2015, tags: map[string]bool{"go": true}})
	lib.Add(&Book{ISBN: "222", Title: "SICP", Authors: []Author{{"Harold", "Abelson"}}, Year: 1985})
	m := &Member{ID: 7, Name: "Ann"}
	day := time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(lib.Lend("111", m, day))
	fmt.Println(lib.Lend("111", m, day.AddDate(0, 0, 1)))
	fmt.Println(lib.Lend("333", m, day))
	b := lib.books["222"]
	fmt.Println(*b)
	fmt.Printf("%v\n%+v\n", b.Authors, b.Authors[0])
	fmt.Println(m.Name, len(m.loans), m.loans[0].Title, m.loans[0].Authors)
	keys := make([]string, 0)
	for k := range lib.books {
		keys = append(keys, string(k))
	}
	sort.Strings(keys)
	fmt.Println(strings.Join(keys, ","), lib.log)
	type row struct {
		title string
		n     int
	}
	rows := []row{{"Go", 2}, {"SICP", 1}}
	fmt.Println(rows, fmt.Sprintf("%+v", rows[0]))
	fmt.Printf("%v %d %s\n", b.ISBN, b.Year, b.Authors)
}
