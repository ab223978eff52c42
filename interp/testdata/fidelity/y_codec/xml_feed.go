package main

import (
	"encoding/xml"
	"fmt"
	"os"
	"strings"
)

type Feed struct {
	XMLName xml.Name `xml:"feed"`
	Title   string   `xml:"title"`
	Lang    string   `xml:"lang,attr,omitempty"`
	Entries []Entry  `xml:"entry"`
}

type Entry struct {
	ID      int      `xml:"id,attr"`
	Title   string   `xml:"title"`
	Tags    []string `xml:"tags>tag"`
	Summary string   `xml:",chardata"`
	Draft   bool     `xml:"draft,omitempty"`
	Author  *Author  `xml:"author"`
}

type Author struct {
	Name  string `xml:"name"`
	Email string `xml:"email,attr"`
}

const doc = `<?xml version="1.0"?>
<feed lang="en">
  <title>Go &amp; Friends</title>
  <entry id="1"><title>Generics</title><tags><tag>go</tag><tag>types</tag></tags>Type params explained.<author email="a@x.io"><name>Ann</name></author></entry>
  <entry id="2"><title>Iterators</title><tags><tag>go</tag></tags>range over func<draft>true</draft></entry>
</feed>`

func main() {
	var f Feed
	if err := xml.Unmarshal([]byte(doc), &f); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%q %s %d\n", f.Title, f.Lang, len(f.Entries))
	for _, e := range f.Entries {
		author := "-"
		if e.Author != nil {
			author = e.Author.Name + " <" + e.Author.Email + ">"
		}
		fmt.Printf("#%d %-10s tags=%v draft=%t summary=%q by %s\n", e.ID, e.Title, e.Tags, e.Draft, strings.TrimSpace(e.Summary), author)
	}
	f.Entries = append(f.Entries, Entry{ID: 3, Title: "Errors <&> you", Tags: []string{"errors"}})
	f.Lang = ""
	out, err := xml.MarshalIndent(f, "", " ")
	fmt.Println(string(out), err)
	enc := xml.NewEncoder(os.Stdout)
	enc.Encode(Author{"Bob", "b@y.io"})
	fmt.Println()
	var bad Feed
	err = xml.Unmarshal([]byte("<feed><title>x</feed>"), &bad)
	fmt.Println(err)
	d := xml.NewDecoder(strings.NewReader("<a x='1'><b>hi</b><!-- c --><b/></a>"))
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			fmt.Print("<", t.Name.Local, len(t.Attr), ">")
		case xml.EndElement:
			fmt.Print("</", t.Name.Local, ">")
		case xml.CharData:
			fmt.Printf("%q", string(t))
		case xml.Comment:
			fmt.Printf("#%s#", t)
		}
	}
	fmt.Println()
}
