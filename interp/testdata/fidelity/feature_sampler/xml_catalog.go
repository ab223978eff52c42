package main

import (
	"encoding/xml"
	"fmt"
	"os"
	"strings"
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
	Year    int      `xml:"year,omitempty"`
	Note    string   `xml:",comment"`
}

type Catalog struct {
	XMLName xml.Name `xml:"catalog"`
	Books   []Book   `xml:"book"`
}

const src = `<?xml version="1.0"?>
<catalog>
  <book id="b1">
    <title>The Go Programming Language</title>
    <authors><author>Donovan</author><author>Kernighan</author></authors>
    <price currency="USD">34.99</price>
    <year>2015</year>
  </book>
  <book id="b2">
    <title>Concurrency in Go</title>
    <authors><author>Cox-Buday</author></authors>
    <price currency="EUR">29.5</price>
  </book>
</catalog>`

func main() {
	var c Catalog
	if err := xml.Unmarshal([]byte(src), &c); err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, b := range c.Books {
		fmt.Printf("%s %q by %s, %.2f %s (%d)\n", b.ID, b.Title, strings.Join(b.Authors, " & "), b.Price.Amount, b.Price.Currency, b.Year)
	}
	c.Books[1].Note = " second edition pending "
	c.Books = append(c.Books, Book{ID: "b3", Title: "Go & <XML>", Price: Price{"GBP", 10}})
	enc := xml.NewEncoder(os.Stdout)
	enc.Indent("", "  ")
	if err := enc.Encode(c); err != nil {
		fmt.Println("encode:", err)
	}
	fmt.Println()
	out, err := xml.Marshal(Price{"JPY", 1200})
	fmt.Println(string(out), err)
	var p Price
	err = xml.Unmarshal([]byte(`<price currency="CHF">abc</price>`), &p)
	fmt.Println(err)
	d := xml.NewDecoder(strings.NewReader(`<a x="1"><b>hi</b><c/></a>`))
	depth := 0
	for {
		tok, err := d.Token()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			fmt.Printf("%sstart %s %v\n", strings.Repeat(" ", depth), t.Name.Local, t.Attr)
			depth++
		case xml.EndElement:
			depth--
			fmt.Printf("%send %s\n", strings.Repeat(" ", depth), t.Name.Local)
		case xml.CharData:
			fmt.Printf("%stext %q\n", strings.Repeat(" ", depth), string(t))
		}
	}
}
