package main

import (
	"encoding/xml"
	"fmt"
	"os"
	"strings"
)

type Book struct {
	XMLName xml.Name `xml:"book"`
	ID      string   `xml:"id,attr"`
	Title   string   `xml:"title"`
	Authors []string `xml:"authors>author"`
	Year    int      `xml:"year"`
	Price   float64  `xml:"price,omitempty"`
}

type Library struct {
	XMLName xml.Name `xml:"library"`
	Name    string   `xml:"name,attr"`
	Books   []Book   `xml:"book"`
}

const doc = `<?xml version="1.0"?>
<library name="City">
  <book id="b1"><title>The Go Programming Language</title><authors><author>Donovan</author><author>Kernighan</author></authors><year>2015</year><price>39.99</price></book>
  <book id="b2"><title>Concurrency in Go</title><authors><author>Cox-Buday</author></authors><year>2017</year></book>
</library>`

func main() {
	var lib Library
	if err := xml.Unmarshal([]byte(doc), &lib); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(lib.Name, len(lib.Books))
	for _, b := range lib.Books {
		fmt.Printf("%s %q by %s (%d) $%.2f\n", b.ID, b.Title, strings.Join(b.Authors, " & "), b.Year, b.Price)
	}
	lib.Books = append(lib.Books, Book{ID: "b3", Title: "Learning <Go>", Authors: []string{"Bodner"}, Year: 2021, Price: 45})
	out, err := xml.MarshalIndent(lib, "", "  ")
	fmt.Println(err)
	fmt.Println(string(out))
	enc := xml.NewEncoder(os.Stdout)
	enc.Encode(struct {
		XMLName xml.Name `xml:"summary"`
		Count   int      `xml:"count"`
	}{Count: len(lib.Books)})
	fmt.Println()
	var bad Library
	err = xml.Unmarshal([]byte("<library><book>"), &bad)
	fmt.Println(err)
}
