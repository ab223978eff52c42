package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }

type Card struct {
	Rank int
	Suit string
}

func (c *Card) String() string { return fmt.Sprintf("%d of %s", c.Rank, c.Suit) }

func main() {
	t := Celsius(21.5)
	fmt.Println(t)
	fmt.Printf("%v %s %.2f\n", t, t, float64(t))
	p := Point{1, 2}
	fmt.Println(p)
	fmt.Printf("%v|%+v|%s\n", p, p, p)
	fmt.Println([]Point{{1, 2}, {3, 4}})
	fmt.Println(map[string]Point{"a": {5, 6}})
	s := fmt.Sprint(p)
	fmt.Println(len(s))
	c := &Card{10, "hearts"}
	fmt.Println(c)
	fmt.Println(*c)
}
