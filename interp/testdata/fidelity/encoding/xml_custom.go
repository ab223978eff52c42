package main

import (
	"encoding/xml"
	"fmt"
	"os"
	"strings"
)

type Temp float64

func (t Temp) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	return e.EncodeElement(fmt.Sprintf("%.1f°C", float64(t)), start)
}

type Reading struct {
	XMLName xml.Name `xml:"reading"`
	Where   string   `xml:"where,attr"`
	T       Temp     `xml:"temp"`
}

func main() {
	enc := xml.NewEncoder(os.Stdout)
	enc.Indent("", " ")
	if err := enc.Encode(Reading{Where: "lab", T: 22.25}); err != nil {
		fmt.Println(err)
	}
	fmt.Println()

	dec := xml.NewDecoder(strings.NewReader(`<a x="1"><b>text</b><c/></a>`))
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			fmt.Println("start", t.Name.Local, len(t.Attr))
		case xml.EndElement:
			fmt.Println("end", t.Name.Local)
		case xml.CharData:
			fmt.Printf("text %q\n", string(t))
		}
	}
}
