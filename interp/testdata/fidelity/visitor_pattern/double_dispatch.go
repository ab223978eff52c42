package main

import "fmt"

type Shape interface {
	CollideWith(other Shape) string
	collideCircle(c Circle) string
	collideSquare(s Square) string
}

type Circle struct{ R int }
type Square struct{ Side int }

func (c Circle) CollideWith(o Shape) string    { return o.collideCircle(c) }
func (c Circle) collideCircle(o Circle) string { return fmt.Sprintf("circle(%d)~circle(%d)", o.R, c.R) }
func (c Circle) collideSquare(o Square) string {
	return fmt.Sprintf("square(%d)~circle(%d)", o.Side, c.R)
}

func (s Square) CollideWith(o Shape) string { return o.collideSquare(s) }
func (s Square) collideCircle(o Circle) string {
	return fmt.Sprintf("circle(%d)~square(%d)", o.R, s.Side)
}
func (s Square) collideSquare(o Square) string {
	return fmt.Sprintf("square(%d)~square(%d)", o.Side, s.Side)
}

func main() {
	shapes := []Shape{Circle{1}, Square{2}, Circle{3}}

	for _, a := range shapes {
		for _, b := range shapes {
			fmt.Println(a.CollideWith(b))
		}
	}

	fmt.Printf("%v %+v %#v\n", shapes[0], shapes[1], shapes[2])
}
