package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Book struct {
	Title  string
	Author string
	Year   int
	Rating float64
}

func (b Book) String() string { return fmt.Sprintf("%s (%d)", b.Title, b.Year) }

func main() {
	books := []Book{
		{"Dune", "Herbert", 1965, 4.3},
		{"Neuromancer", "Gibson", 1984, 3.9},
		{"Foundation", "Asimov", 1951, 4.2},
		{"Hyperion", "Simmons", 1989, 4.3},
		{"I, Robot", "Asimov", 1950, 4.0},
		{"Dune", "Herbert", 1965, 4.3},
	}
	slices.SortFunc(books, func(a, b Book) int {
		return cmp.Or(
			cmp.Compare(b.Rating, a.Rating),
			strings.Compare(a.Author, b.Author),
			cmp.Compare(a.Year, b.Year),
		)
	})
	fmt.Println(books)
	books = slices.CompactFunc(books, func(a, b Book) bool { return a.Title == b.Title && a.Year == b.Year })
	fmt.Println(len(books), books)

	byYear := slices.Clone(books)
	slices.SortStableFunc(byYear, func(a, b Book) int { return cmp.Compare(a.Year, b.Year) })
	i, found := slices.BinarySearchFunc(byYear, 1984, func(b Book, y int) int { return cmp.Compare(b.Year, y) })
	fmt.Println("1984 at", i, found, byYear[i])
	i, found = slices.BinarySearchFunc(byYear, 1970, func(b Book, y int) int { return cmp.Compare(b.Year, y) })
	fmt.Println("1970 would go at", i, found)

	idx := slices.IndexFunc(books, func(b Book) bool { return b.Author == "Asimov" })
	fmt.Println("first Asimov:", idx, books[idx])
	fmt.Println("any before 1950:", slices.ContainsFunc(books, func(b Book) bool { return b.Year < 1950 }))

	oldest := slices.MinFunc(books, func(a, b Book) int { return cmp.Compare(a.Year, b.Year) })
	best := slices.MaxFunc(books, func(a, b Book) int { return cmp.Compare(a.Rating, b.Rating) })
	fmt.Printf("oldest=%v best=%v\n", oldest, best)

	titles := make([]string, len(books))
	for i, b := range books {
		titles[i] = b.Title
	}
	fmt.Println(slices.Sorted(slices.Values(titles)))
	fmt.Println(slices.EqualFunc(books, byYear, func(a, b Book) bool { return a.Title == b.Title }))
	asimov := slices.DeleteFunc(slices.Clone(books), func(b Book) bool { return b.Author != "Asimov" })
	fmt.Println(asimov)
	fmt.Printf("%v|%+v\n", books[0], books[:1])
	top := books[:2]
	top = slices.Insert(top, 1, Book{"Solaris", "Lem", 1961, 4.0})
	fmt.Println(top, len(books))
}
