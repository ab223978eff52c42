package main

import (
	"encoding/xml"
	"fmt"
)

type Book struct {
	XMLName xml.Name `xml:"book"`
	ID      string   `xml:"id,attr"`
	Title   string   `xml:"title"`
	Authors []string `xml:"authors>author"`
	Price   float64  `xml:"price,omitempty"`
	Note    string   `xml:",comment"`
}

func main() {
	b := Book{ID: "b1", Title: "The Go Programming Language", Authors: []string{"Donovan", "Kernighan"}, Note: " classic "}
	out, err := xml.MarshalIndent(b, "", "  ")
	fmt.Println(string(out), err)

	var back Book
	err = xml.Unmarshal([]byte(`<book id="b2"><title>Go &amp; You</title><authors><author>X</author></authors><price>9.5</price></book>`), &back)
	fmt.Printf("%v %+v\n", err, back)
}
