package main

import "fmt"

type Point struct{ X, Y float64 }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(f float64)  { p.X *= f; p.Y *= f }
func (p Point) String() string    { return fmt.Sprintf("(%g,%g)", p.X, p.Y) }

type Scaler interface{ Scale(float64) }

type Segment struct {
	From, To Point
}

func (s *Segment) Scale(f float64) {
	s.From.Scale(f)
	s.To.Scale(f)
}

type Path struct {
	Points []Point
	Closed bool
}

func (p *Path) Scale(f float64) {
	for i := range p.Points {
		p.Points[i].Scale(f)
	}
}

func (p Path) Len() int { return len(p.Points) }

func scaleAll(f float64, ss ...Scaler) {
	for _, s := range ss {
		s.Scale(f)
	}
}

func main() {
	a := Point{1, 2}
	b := a
	b.Scale(3)
	fmt.Println(a, b, a.Add(b))
	fmt.Printf("%v %+v %s\n", a, b, &b)

	seg := Segment{Point{0, 0}, Point{2, 1}}
	path := &Path{Points: []Point{{1, 1}, {2, 3}, {4, 0}}}
	scaleAll(2, &seg, path, &a)
	fmt.Println(seg, path.Points, a)
	fmt.Printf("%+v\n", seg)
	fmt.Printf("%v %d\n", *path, path.Len())

	scale := a.Scale
	scale(10)
	fmt.Println("after method value:", a)
	add := Point.Add
	fmt.Println("method expr:", add(Point{1, 1}, Point{2, 2}))
	pscale := (*Point).Scale
	pscale(&b, 0.5)
	fmt.Println("b:", b)

	copies := []Point{a, b}
	for _, p := range copies {
		p.Scale(0)
	}
	fmt.Println("range copies:", copies)
	for i := range copies {
		copies[i].Scale(-1)
	}
	fmt.Println("by index:", copies)
	byName := map[string]*Point{"a": &a, "b": &b}
	byName["a"].Scale(0.1)
	fmt.Printf("%v %v\n", *byName["a"], a)
	fmt.Printf("%T %T %T\n", scale, add, byName)
}
