package main

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"reflect"
)

type Count int
type Name string
type Celsius float64
type Flag bool

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", int64(m)/100, int64(m)%100) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Point struct{ X, Y int }

type Pair struct {
	K Name
	V Count
}

type Vec struct{ X, Y float64 }

func (v Vec) String() string { return fmt.Sprintf("<%g,%g>", v.X, v.Y) }

type Trio [3]int
type IntList []int
type Bag map[string]int

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("L%d", int(l))), nil }
func (l *Level) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "L%d", (*int)(l))
	return err
}

type Stamp int64

func (s Stamp) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf("\"t%d\"", int64(s))), nil }
func (s *Stamp) UnmarshalJSON(b []byte) error {
	_, err := fmt.Sscanf(string(b), "\"t%d\"", (*int64)(s))
	return err
}

type Item struct {
	ID    Count   `json:"id" xml:"id,attr"`
	Title Name    `json:"title,omitempty" xml:"title"`
	Temp  Celsius `json:"temp" xml:"temp"`
	On    Flag    `json:"on" xml:"on"`
	Price Money   `json:"price" xml:"price"`
	At    *Point  `json:"at,omitempty" xml:"at,omitempty"`
	Tags  []Name  `json:"tags" xml:"tag"`
	Lvl   Level   `json:"lvl" xml:"lvl"`
	hide  int
}

type Wrapper struct {
	Point
	Pair  `json:"pair"`
	When  Stamp
	Extra map[Name]Count
	ByLvl map[Level]Name
	Any   any
}

func main() {
	{
		in := Count(42)
		data, err := json.Marshal(in)
		var out Count
		err2 := json.Unmarshal(data, &out)
		fmt.Printf("Count            json %s %v %v %+v %v\n", data, err, err2, out, reflect.DeepEqual(in, out))
		var generic any
		json.Unmarshal(data, &generic)
		fmt.Printf("Count            any  %v\n", generic)
	}
	{
		in := Name("hé\"")
		data, err := json.Marshal(in)
		var out Name
		err2 := json.Unmarshal(data, &out)
		fmt.Printf("Name             json %s %v %v %+v %v\n", data, err, err2, out, reflect.DeepEqual(in, out))
		var generic any
		json.Unmarshal(data, &generic)
		fmt.Printf("Name             any  %v\n", generic)
	}
	{
		in := Celsius(-3.5)
		data, err := json.Marshal(in)
		var out Celsius
		err2 := json.Unmarshal(data, &out)
		fmt.Printf("Celsius          json %s %v %v %+v %v\n", data, err, err2, out, reflect.DeepEqual(in, out))
		var generic any
		json.Unmarshal(data, &generic)
		fmt.Printf("Celsius          any  %v\n", generic)
	}
	{
		in := Flag(true)
		data, err := json.Marshal(in)
		var out Flag
		err2 := json.Unmarshal(data, &out)
		fmt.Printf("Flag             json %s %v %v %+v %v\n", data, err, err2, out, reflect.DeepEqual(in, out))
		var generic any
		json.Unmarshal(data, &generic)
		fmt.Printf("Flag             any  %v\n", generic)
	}
	{
		in := Money(1999)
		data, err := json.Marshal(in)
		var out Money
		err2 := json.Unmarshal(data, &out)
		fmt.Printf("Money            json %s %v %v %+v %v\n", data, err, err2, out, reflect.DeepEqual(in, out))
		var generic any
		json.Unmarshal(data, &generic)
		fmt.Printf("Money            any  %v\n", generic)
	}

	{
		in := Code(3)
		data, err := json.Marshal(in)
		var out Code
		err2 := json.Unmarshal(data, &out)
		fmt.Printf("Code             json %s %v %v %+v %v\n", data, err, err2, out, reflect.DeepEqual(in, out))
		var generic any
		json.Unmarshal(data, &generic)
		fmt.Printf("Code             any  %v\n", generic)
	}
	{
		in := Point{1, 2}
		data, err := json.Marshal(in)
		var out Point
		err2 := json.Unmarshal(data, &out)
		fmt.Printf("Point            json %s %v %v %+v %v\n", data, err, err2, out, reflect.DeepEqual(in, out))
		var generic any
		json.Unmarshal(data, &generic)
		fmt.Printf("Point            any  %v\n", generic)
	}
	{
		in := Pair{"k", 9}
		data, err := json.Marshal(in)
		var out Pair
		err2 := json.Unmarshal(data, &out)
		fmt.Printf("Pair             json %s %v %v %+v %v\n", data, err, err2, out, reflect.DeepEqual(in, out))
		var generic any
		json.Unmarshal(data, &generic)
		fmt.Printf("Pair             any  %v\n", generic)
	}
	{
		in := Vec{1.5, -2}
		data, err := json.Marshal(in)
		var out Vec
		err2 := json.Unmarshal(data, &out)
		fmt.Printf("Vec              json %s %v %v %+v %v\n", data, err, err2, out, reflect.DeepEqual(in, out))
		var generic any
		json.Unmarshal(data, &generic)
		fmt.Printf("Vec              any  %v\n", generic)
	}
	{
		in := &Point{3, 4}
		data, err := json.Marshal(in)
		var out *Point
		err2 := json.Unmarshal(data, &out)
		fmt.Printf("*Point           json %s %v %v %+v %v\n", data, err, err2, out, reflect.DeepEqual(in, out))
		var generic any
		json.Unmarshal(data, &generic)
		fmt.Printf("*Point           any  %v\n", generic)
	}

	{
		in := Trio{1, 2, 3}
		data, err := json.Marshal(in)
		var out Trio
		err2 := json.Unmarshal(data, &out)
		fmt.Printf("Trio             json %s %v %v %+v %v\n", data, err, err2, out, reflect.DeepEqual(in, out))
		var generic any
		json.Unmarshal(data, &generic)
		fmt.Printf("Trio             any  %v\n", generic)
	}
	{
		in := IntList{5, 6}
		data, err := json.Marshal(in)
		var out IntList
		err2 := json.Unmarshal(data, &out)
		fmt.Printf("IntList          json %s %v %v %+v %v\n", data, err, err2, out, reflect.DeepEqual(in, out))
		var generic any
		json.Unmarshal(data, &generic)
		fmt.Printf("IntList          any  %v\n", generic)
	}
	{
		in := Bag{"b": 2, "a": 1}
		data, err := json.Marshal(in)
		var out Bag
		err2 := json.Unmarshal(data, &out)
		fmt.Printf("Bag              json %s %v %v %+v %v\n", data, err, err2, out, reflect.DeepEqual(in, out))
		var generic any
		json.Unmarshal(data, &generic)
		fmt.Printf("Bag              any  %v\n", generic)
	}
	{
		in := Level(7)
		data, err := json.Marshal(in)
		var out Level
		err2 := json.Unmarshal(data, &out)
		fmt.Printf("Level            json %s %v %v %+v %v\n", data, err, err2, out, reflect.DeepEqual(in, out))
		var generic any
		json.Unmarshal(data, &generic)
		fmt.Printf("Level            any  %v\n", generic)
	}
	{
		in := Stamp(99)
		data, err := json.Marshal(in)
		var out Stamp
		err2 := json.Unmarshal(data, &out)
		fmt.Printf("Stamp            json %s %v %v %+v %v\n", data, err, err2, out, reflect.DeepEqual(in, out))
		var generic any
		json.Unmarshal(data, &generic)
		fmt.Printf("Stamp            any  %v\n", generic)
	}

	{
		in := []Level{1, 2}
		data, err := json.Marshal(in)
		var out []Level
		err2 := json.Unmarshal(data, &out)
		fmt.Printf("[]Level          json %s %v %v %+v %v\n", data, err, err2, out, reflect.DeepEqual(in, out))
		var generic any
		json.Unmarshal(data, &generic)
		fmt.Printf("[]Level          any  %v\n", generic)
	}
	{
		in := []Stamp{3, 4}
		data, err := json.Marshal(in)
		var out []Stamp
		err2 := json.Unmarshal(data, &out)
		fmt.Printf("[]Stamp          json %s %v %v %+v %v\n", data, err, err2, out, reflect.DeepEqual(in, out))
		var generic any
		json.Unmarshal(data, &generic)
		fmt.Printf("[]Stamp          any  %v\n", generic)
	}
	{
		in := map[Level]Count{1: 10, 2: 20}
		data, err := json.Marshal(in)
		var out map[Level]Count
		err2 := json.Unmarshal(data, &out)
		fmt.Printf("map[Level]Count  json %s %v %v %+v %v\n", data, err, err2, out, reflect.DeepEqual(in, out))
		var generic any
		json.Unmarshal(data, &generic)
		fmt.Printf("map[Level]Count  any  %v\n", generic)
	}
	{
		in := map[Name]Stamp{"x": 5}
		data, err := json.Marshal(in)
		var out map[Name]Stamp
		err2 := json.Unmarshal(data, &out)
		fmt.Printf("map[Name]Stamp   json %s %v %v %+v %v\n", data, err, err2, out, reflect.DeepEqual(in, out))
		var generic any
		json.Unmarshal(data, &generic)
		fmt.Printf("map[Name]Stamp   any  %v\n", generic)
	}
	{
		in := map[Count]Name{2: "two", 1: "one"}
		data, err := json.Marshal(in)
		var out map[Count]Name
		err2 := json.Unmarshal(data, &out)
		fmt.Printf("map[Count]Name   json %s %v %v %+v %v\n", data, err, err2, out, reflect.DeepEqual(in, out))
		var generic any
		json.Unmarshal(data, &generic)
		fmt.Printf("map[Count]Name   any  %v\n", generic)
	}

	{
		in := Item{ID: 1, Title: "t", Temp: 20.5, On: true, Price: 250, At: &Point{1, 1}, Tags: []Name{"a", "b"}, Lvl: 3, hide: 5}
		data, err := json.Marshal(in)
		var out Item
		err2 := json.Unmarshal(data, &out)
		fmt.Printf("Item             json %s %v %v %+v %v\n", data, err, err2, out, reflect.DeepEqual(in, out))
		var generic any
		json.Unmarshal(data, &generic)
		fmt.Printf("Item             any  %v\n", generic)
	}
	{
		in := Item{}
		data, err := json.Marshal(in)
		var out Item
		err2 := json.Unmarshal(data, &out)
		fmt.Printf("Item{}           json %s %v %v %+v %v\n", data, err, err2, out, reflect.DeepEqual(in, out))
		var generic any
		json.Unmarshal(data, &generic)
		fmt.Printf("Item{}           any  %v\n", generic)
	}
	{
		in := Wrapper{Point{1, 2}, Pair{"p", 3}, 77, map[Name]Count{"z": 1}, map[Level]Name{4: "four"}, Count(5)}
		data, err := json.Marshal(in)
		var out Wrapper
		err2 := json.Unmarshal(data, &out)
		fmt.Printf("Wrapper          json %s %v %v %+v %v\n", data, err, err2, out, reflect.DeepEqual(in, out))
		var generic any
		json.Unmarshal(data, &generic)
		fmt.Printf("Wrapper          any  %v\n", generic)
	}
	{
		in := []Pair{{"a", 1}, {"b", 2}}
		data, err := json.Marshal(in)
		var out []Pair
		err2 := json.Unmarshal(data, &out)
		fmt.Printf("[]Pair           json %s %v %v %+v %v\n", data, err, err2, out, reflect.DeepEqual(in, out))
		var generic any
		json.Unmarshal(data, &generic)
		fmt.Printf("[]Pair           any  %v\n", generic)
	}
	{
		in := [2]Stamp{1, 2}
		data, err := json.Marshal(in)
		var out [2]Stamp
		err2 := json.Unmarshal(data, &out)
		fmt.Printf("[2]Stamp         json %s %v %v %+v %v\n", data, err, err2, out, reflect.DeepEqual(in, out))
		var generic any
		json.Unmarshal(data, &generic)
		fmt.Printf("[2]Stamp         any  %v\n", generic)
	}

	it := Item{ID: 7, Title: "x<y", Temp: 1.25, On: true, Price: 5, At: &Point{2, 3}, Tags: []Name{"p", "q"}, Lvl: 2}
	xb, err := xml.Marshal(it)
	fmt.Println("xml", string(xb), err)
	var back Item
	err = xml.Unmarshal(xb, &back)
	fmt.Printf("xml back %+v %v %v %v\n", back, *back.At, err, reflect.DeepEqual(it, back))
	ib, _ := json.MarshalIndent(map[Name]Item{"one": {ID: 1, Lvl: 1}}, "", " ")
	fmt.Println(string(ib))
	var dec map[Name]Item
	err = json.Unmarshal(ib, &dec)
	fmt.Printf("decoded %+v %v\n", dec["one"], err)
	var lv Level
	err = json.Unmarshal([]byte("\"L12\""), &lv)
	fmt.Println("level text", int(lv), err)
	err = json.Unmarshal([]byte("12"), &lv)
	fmt.Println("level number", int(lv), err)
	var cnt Count
	err = json.Unmarshal([]byte("\"12\""), &cnt)
	fmt.Println("count from string", int(cnt), err)
}
