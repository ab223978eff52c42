package main

import (
	"fmt"
	"image"
)

func main() {
	a := image.Rect(0, 0, 10, 6)
	b := image.Rect(4, 3, 15, 12)
	c := image.Rect(20, 20, 25, 25)

	fmt.Println(a, b, c)
	fmt.Println("a∩b:", a.Intersect(b), "area", a.Intersect(b).Dx()*a.Intersect(b).Dy())
	fmt.Println("a∩c empty:", a.Intersect(c).Empty(), a.Overlaps(c))
	fmt.Println("a∪b:", a.Union(b))

	p := image.Pt(5, 5)
	fmt.Println(p.In(a), p.In(b), p.Add(image.Pt(1, -1)), p.Mul(3))
	moved := a.Add(image.Pt(2, 2))
	fmt.Println(moved, moved.Size(), moved.Min, moved.Max)

	rects := []image.Rectangle{a, b, c, image.Rect(5, 5, 1, 1)}
	bounds := image.Rectangle{}
	for _, r := range rects {
		bounds = bounds.Union(r)
	}
	fmt.Println("bounds:", bounds, rects[3])
}
