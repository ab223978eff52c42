package main

import "fmt"

type Point struct {
	X, Y int
}

type Person struct {
	Name    string
	Age     int
	Address *Address
}

type Address struct {
	City string
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	fmt.Println(p, q, p == Point{1, 2})
	pp := &p
	pp.X = 10
	fmt.Println(p.X, (*pp).Y)

	alice := Person{Name: "Alice", Age: 30, Address: &Address{City: "Paris"}}
	fmt.Println(alice.Name, alice.Address.City)
	bob := alice
	bob.Name = "Bob"
	bob.Address.City = "Rome"
	fmt.Println(alice.Name, alice.Address.City)

	anon := struct {
		Title string
		Pages int
	}{"Go", 300}
	fmt.Println(anon.Title, anon.Pages)
	fmt.Printf("%v %+v\n", anon, anon)

	points := []Point{{1, 1}, {2, 4}, {3, 9}}
	for i := range points {
		points[i].Y *= 10
	}
	fmt.Println(points)
	var zero Person
	fmt.Println(zero.Name == "", zero.Age, zero.Address == nil)
	np := new(Point)
	np.Y = 3
	fmt.Println(*np)
}
