package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type City struct {
	Name string
	T    Temp
}

func (c City) String() string { return c.Name + ":" + c.T.String() }

func main() {
	c := City{"Oslo", 4.5}
	fmt.Println(c)
	fmt.Println(&c)
	fmt.Printf("%v %s %d\n", c.T, c.T, 7)

	cities := []City{c, {"Rome", 18}}
	fmt.Println(cities)

	m := map[string]Temp{"x": 1}
	fmt.Println(m)

	var s fmt.Stringer = c
	switch v := s.(type) {
	case City:
		fmt.Println("a city", v.Name)
	}
	fmt.Print(c.T, c.T, "\n")
	fmt.Print(1, 2, "x", 3, c, "\n")
}
