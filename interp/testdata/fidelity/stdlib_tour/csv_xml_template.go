package main

import (
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"text/template"
)

type Book struct {
	XMLName xml.Name `xml:"book"`
	ID      string   `xml:"id,attr"`
	Title   string   `xml:"title"`
	Authors []string `xml:"authors>author"`
	Price   float64  `xml:"price,omitempty"`
	Note    string   `xml:",comment"`
}

type Library struct {
	XMLName xml.Name `xml:"library"`
	Books   []Book   `xml:"book"`
}

const data = `id,title,authors,price
b1,"The Go Programming Language","Donovan;Kernighan",39.99
b2,Concurrency in Go,Cox-Buday,29.5
b3,"Quotes ""inside"" title",Anon,
`

func main() {
	r := csv.NewReader(strings.NewReader(data))
	header, _ := r.Read()
	fmt.Println("header:", header)
	var lib Library
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("csv:", err)
			return
		}
		p, _ := strconv.ParseFloat(rec[3], 64)
		lib.Books = append(lib.Books, Book{ID: rec[0], Title: rec[1], Authors: strings.Split(rec[2], ";"), Price: p})
	}
	lib.Books[2].Note = " no price "
	out, err := xml.MarshalIndent(lib, "", "  ")
	fmt.Println(string(out), err)

	var parsed Library
	err = xml.Unmarshal(out, &parsed)
	fmt.Println(len(parsed.Books), parsed.Books[0].Authors, parsed.Books[1].Price, err)

	_, err = csv.NewReader(strings.NewReader("a,\"b\nc")).ReadAll()
	fmt.Println("bad csv:", err)

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"name", "quote"})
	w.Write([]string{"x", `he said "hi", twice`})
	w.Write([]string{"multi", "line\nvalue"})
	w.Flush()
	fmt.Println("writer err:", w.Error())

	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "id\ttitle\tprice\t")
	for _, b := range lib.Books {
		fmt.Fprintf(tw, "%s\t%s\t%.2f\t\n", b.ID, b.Title, b.Price)
	}
	tw.Flush()

	funcs := template.FuncMap{"upper": strings.ToUpper, "join": strings.Join, "add": func(a, b int) int { return a + b }}
	tmpl := template.Must(template.New("lib").Funcs(funcs).Parse(
		`{{range $i, $b := .Books}}{{add $i 1}}. {{upper $b.Title}} by {{join $b.Authors " & "}}{{if $b.Price}} (${{printf "%.2f" $b.Price}}){{else}} (free){{end}}
{{end}}{{with .Books}}{{len .}} books{{end}}
`))
	if err := tmpl.Execute(os.Stdout, lib); err != nil {
		fmt.Println("template:", err)
	}
	bad := template.Must(template.New("bad").Parse("{{.Missing.Field}}\n"))
	err = bad.Execute(os.Stdout, lib)
	fmt.Println("exec error:", err)
	_, err = template.New("x").Parse("{{if}}")
	fmt.Println("parse error:", err)
	dec := xml.NewDecoder(strings.NewReader(`<a x="1"><b>text</b><!-- c --></a>`))
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			fmt.Print("<", t.Name.Local, len(t.Attr), "> ")
		case xml.EndElement:
			fmt.Print("</", t.Name.Local, "> ")
		case xml.CharData:
			fmt.Printf("%q ", string(t))
		case xml.Comment:
			fmt.Printf("comment%q ", string(t))
		}
	}
	fmt.Println()
}
