package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"sort"
)

type Address struct {
	Street string
	City   string
}

type Employee struct {
	Name    string
	Age     int
	Skills  []string
	Address *Address
	Ratings map[string]float64
	private int
}

type Shape interface{ Area() float64 }

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

func main() {
	var buf bytes.Buffer
	enc := gob.NewEncoder(&buf)
	staff := []Employee{
		{Name: "Ann", Age: 40, Skills: []string{"go", "sql"}, Address: &Address{"1 Main St", "Springfield"}, Ratings: map[string]float64{"q1": 4.5}, private: 7},
		{Name: "Bob", Age: 31},
	}
	for _, e := range staff {
		if err := enc.Encode(e); err != nil {
			fmt.Println("encode:", err)
			return
		}
	}
	fmt.Println("encoded bytes > 0:", buf.Len() > 0)
	dec := gob.NewDecoder(&buf)
	for i := 0; i < 2; i++ {
		var e Employee
		if err := dec.Decode(&e); err != nil {
			fmt.Println("decode:", err)
			return
		}
		fmt.Printf("%s %d %v %v private=%d", e.Name, e.Age, e.Skills, e.Ratings, e.private)
		if e.Address != nil {
			fmt.Printf(" %+v", *e.Address)
		}
		fmt.Println()
	}
	var extra Employee
	fmt.Println("eof:", dec.Decode(&extra))

	gob.Register(Square{})
	gob.Register(Circle{})
	var sb bytes.Buffer
	shapes := []Shape{Square{2}, Circle{1}, Square{3}}
	if err := gob.NewEncoder(&sb).Encode(&shapes); err != nil {
		fmt.Println("encode shapes:", err)
		return
	}
	var got []Shape
	if err := gob.NewDecoder(&sb).Decode(&got); err != nil {
		fmt.Println("decode shapes:", err)
		return
	}
	areas := make([]float64, len(got))
	for i, s := range got {
		areas[i] = s.Area()
		fmt.Printf("%T %v\n", s, s)
	}
	sort.Float64s(areas)
	fmt.Println(areas)

	var m bytes.Buffer
	gob.NewEncoder(&m).Encode(map[string][]int{"a": {1, 2}, "b": nil})
	var mm map[string][]int
	gob.NewDecoder(&m).Decode(&mm)
	fmt.Println(len(mm), mm["a"], mm["b"] == nil)
	var wrong struct{ Name int }
	var one bytes.Buffer
	gob.NewEncoder(&one).Encode(Employee{Name: "x"})
	fmt.Println(gob.NewDecoder(&one).Decode(&wrong))
}
