package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

type Animal int

const (
	Unknown Animal = iota
	Gopher
	Zebra
)

func (a *Animal) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	switch strings.ToLower(s) {
	default:
		*a = Unknown
	case "gopher":
		*a = Gopher
	case "zebra":
		*a = Zebra
	}
	return nil
}

func (a Animal) MarshalJSON() ([]byte, error) {
	var s string
	switch a {
	default:
		s = "unknown"
	case Gopher:
		s = "gopher"
	case Zebra:
		s = "zebra"
	}
	return json.Marshal(s)
}

type ColorGroup struct {
	ID     int
	Name   string
	Colors []string
}

type Message struct {
	Name, Text string
}

func main() {
	group := ColorGroup{ID: 1, Name: "Reds", Colors: []string{"Crimson", "Red", "Ruby", "Maroon"}}
	b, err := json.Marshal(group)
	if err != nil {
		fmt.Println("error:", err)
	}
	os.Stdout.Write(b)
	fmt.Println()

	var jsonBlob = []byte(`[
	{"Name": "Platypus", "Order": "Monotremata"},
	{"Name": "Quoll",    "Order": "Dasyuromorphia"}
]`)
	type Animal2 struct {
		Name  string
		Order string
	}
	var animals []Animal2
	err = json.Unmarshal(jsonBlob, &animals)
	if err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%+v\n", animals)

	blob := `["gopher","armadillo","zebra","unknown","gopher","bee","gopher","zebra"]`
	var zoo []Animal
	if err := json.Unmarshal([]byte(blob), &zoo); err != nil {
		log.Fatal(err)
	}
	census := make(map[Animal]int)
	for _, animal := range zoo {
		census[animal] += 1
	}
	fmt.Printf("Zoo Census:\n* Gophers: %d\n* Zebras:  %d\n* Unknown: %d\n", census[Gopher], census[Zebra], census[Unknown])
	out, _ := json.Marshal(zoo[:3])
	fmt.Println(string(out))

	const jsonStream = `
	{"Name": "Ed", "Text": "Knock knock."}
	{"Name": "Sam", "Text": "Who's there?"}
	{"Name": "Ed", "Text": "Go fmt."}
`
	dec := json.NewDecoder(strings.NewReader(jsonStream))
	for {
		var m Message
		if err := dec.Decode(&m); err == io.EOF {
			break
		} else if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s: %s\n", m.Name, m.Text)
	}

	var out2 bytes.Buffer
	json.Indent(&out2, []byte(`[{"Name":"Alice","Age":6,"Parents":["Lily","Tom"]}]`), "=", "\t")
	out2.WriteTo(os.Stdout)
	fmt.Println()
	data := map[string]int{"a": 1, "b": 2}
	pretty, _ := json.MarshalIndent(data, "<prefix>", "<indent>")
	fmt.Println(string(pretty))
	fmt.Println(json.Valid([]byte(`{}`)), json.Valid([]byte(`{`)))

	var anyv any
	json.Unmarshal([]byte(`{"n": 1.5, "list": [1, "two", null, true], "obj": {"k": "v"}}`), &anyv)
	mv := anyv.(map[string]any)
	fmt.Printf("%T %v %T %v\n", mv["n"], mv["n"], mv["list"], mv["list"])
	var raw struct {
		Kind string
		Data json.RawMessage
	}
	json.Unmarshal([]byte(`{"Kind":"point","Data":{"X":1,"Y":2}}`), &raw)
	fmt.Println(raw.Kind, string(raw.Data))
	var bad struct{ N int }
	err = json.Unmarshal([]byte(`{"N":"x"}`), &bad)
	fmt.Println(err)
	var se *json.SyntaxError
	err = json.Unmarshal([]byte(`{"N":}`), &bad)
	if e, ok := err.(*json.SyntaxError); ok {
		se = e
		fmt.Println("syntax error at offset", se.Offset, se)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.Encode(map[string]any{"html": "<b>&</b>", "n": nil})
	enc.SetEscapeHTML(false)
	enc.Encode("<b>&</b>")
}
