package main

import (
	"encoding/xml"
	"fmt"
	"os"
	"sort"
)

type Price struct {
	Currency string  `xml:"currency,attr"`
	Amount   float64 `xml:",chardata"`
}

type Book struct {
	XMLName xml.Name `xml:"book"`
	ID      string   `xml:"id,attr"`
	Title   string   `xml:"title"`
	Authors []string `xml:"authors>author"`
	Price   Price    `xml:"price"`
	Comment string   `xml:",comment"`
}

type Catalog struct {
	XMLName xml.Name `xml:"catalog"`
	Books   []Book   `xml:"book"`
}

func (c Catalog) ByAuthor() map[string][]string {
	m := map[string][]string{}
	for _, b := range c.Books {
		for _, a := range b.Authors {
			m[a] = append(m[a], b.ID)
		}
	}
	return m
}

const doc = `<?xml version="1.0"?>
<catalog>
  <book id="b1">
    <title>The Go Programming Language</title>
    <authors><author>Donovan</author><author>Kernighan</author></authors>
    <price currency="USD">34.99</price>
  </book>
  <book id="b2">
    <title>Learning &amp; Go</title>
    <authors><author>Kernighan</author></authors>
    <price currency="EUR">20</price>
  </book>
</catalog>`

func main() {
	var c Catalog
	if err := xml.Unmarshal([]byte(doc), &c); err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, b := range c.Books {
		fmt.Printf("%s %q by %v: %.2f %s\n", b.ID, b.Title, b.Authors, b.Price.Amount, b.Price.Currency)
	}
	fmt.Printf("%+v\n", c.Books[1].Price)
	fmt.Println(c.Books[0].XMLName.Local)
	ba := c.ByAuthor()
	authors := make([]string, 0, len(ba))
	for a := range ba {
		authors = append(authors, a)
	}
	sort.Strings(authors)
	for _, a := range authors {
		fmt.Println(a, ba[a])
	}
	nb := Book{ID: "b3", Title: "Concurrency <in> Go", Authors: []string{"Cox-Buday"}, Price: Price{"GBP", 29.5}, Comment: " new "}
	c.Books = append(c.Books, nb)
	enc := xml.NewEncoder(os.Stdout)
	enc.Indent("", " ")
	if err := enc.Encode(nb); err != nil {
		fmt.Println(err)
	}
	fmt.Println()
	out, err := xml.Marshal(struct {
		XMLName xml.Name `xml:"summary"`
		Count   int      `xml:"count,attr"`
		IDs     []string `xml:"id"`
	}{Count: len(c.Books), IDs: []string{"b1", "b2", "b3"}})
	fmt.Println(string(out), err)
	var bad Catalog
	fmt.Println(xml.Unmarshal([]byte("<catalog><book>"), &bad))
}
