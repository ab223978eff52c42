package main

import "fmt"

type Count int
type Small int8
type Name string
type Flag bool

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d", int64(m)) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Point struct{ X, Y int }

type Vec struct{ X, Y float64 }

func (v Vec) String() string { return fmt.Sprintf("<%g,%g>", v.X, v.Y) }

type Shape interface{ Area() float64 }

type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func kind(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case Count:
		return fmt.Sprintf("Count %d", int(x))
	case int, int8:
		return fmt.Sprintf("int-ish %v", x)
	case Small:
		return "Small"
	case Code:
		return "Code " + x.Error()
	case Shape:
		return fmt.Sprintf("Shape %.1f", x.Area())
	case fmt.Stringer:
		return "Stringer " + x.String()
	case error:
		return "error " + x.Error()
	case string:
		return "string " + x
	case Name:
		return "Name " + string(x)
	case bool, Flag:
		return fmt.Sprintf("bool-ish %v", x)
	case Point:
		return fmt.Sprintf("Point %d", x.X+x.Y)
	case *Point:
		return fmt.Sprintf("*Point %d", x.X)
	case struct{ X, Y int }:
		return "anon struct"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func asserts(v any) string {
	_, a := v.(int)
	_, b := v.(Count)
	_, c := v.(fmt.Stringer)
	_, d := v.(error)
	_, e := v.(Shape)
	_, f := v.(Point)
	_, g := v.(string)
	_, h := v.(interface{ Area() float64 })
	return fmt.Sprint(a, b, c, d, e, f, g, h)
}

func main() {
	pt := Point{1, 2}
	pt2 := Point{1, 2}
	vals := []any{Count(1), 1, Small(1), int8(1), Money(1), int64(1), Code(1), error(Code(1)), Name("a"), "a", Flag(true), true, Point{1, 2}, struct{ X, Y int }{1, 2}, Vec{1, 2}, &pt, &pt2, Sq(2), Shape(Sq(2)), nil}
	names := []string{"Count(1)", "int(1)", "Small(1)", "int8(1)", "Money(1)", "int64(1)", "Code(1)", "error(Code1)", "Name(a)", "string(a)", "Flag(true)", "true", "Point{1,2}", "anon{1,2}", "Vec{1,2}", "&pt", "&pt2", "Sq(2)", "Shape(Sq2)", "nil"}
	for i, a := range vals {
		row := ""
		for _, c := range vals {
			if a == c {
				row += "="
			} else {
				row += "."
			}
		}
		fmt.Printf("%-12s %s %-22s %s\n", names[i], row, kind(a), asserts(a))
	}

	fmt.Println("Count(1) vs Count(1)", any(Count(1)) == any(Count(1)), any(Count(1)) != any(Count(1)))
	fmt.Println("Count(1) vs int8(1)", any(Count(1)) == any(int8(1)), any(Count(1)) != any(int8(1)))
	fmt.Println("Count(1) vs Code(1)", any(Count(1)) == any(Code(1)), any(Count(1)) != any(Code(1)))
	fmt.Println("Count(1) vs string(a)", any(Count(1)) == any("a"), any(Count(1)) != any("a"))
	fmt.Println("Count(1) vs Point{1,2}", any(Count(1)) == any(Point{1, 2}), any(Count(1)) != any(Point{1, 2}))
	fmt.Println("Count(1) vs &pt", any(Count(1)) == any(&pt), any(Count(1)) != any(&pt))
	fmt.Println("Count(1) vs Shape(Sq2)", any(Count(1)) == any(Shape(Sq(2))), any(Count(1)) != any(Shape(Sq(2))))
	fmt.Println("int(1) vs Small(1)", any(1) == any(Small(1)), any(1) != any(Small(1)))
	fmt.Println("int(1) vs int64(1)", any(1) == any(int64(1)), any(1) != any(int64(1)))
	fmt.Println("int(1) vs Name(a)", any(1) == any(Name("a")), any(1) != any(Name("a")))
	fmt.Println("int(1) vs true", any(1) == any(true), any(1) != any(true))
	fmt.Println("int(1) vs Vec{1,2}", any(1) == any(Vec{1, 2}), any(1) != any(Vec{1, 2}))
	fmt.Println("int(1) vs Sq(2)", any(1) == any(Sq(2)), any(1) != any(Sq(2)))
	fmt.Println("Small(1) vs int(1)", any(Small(1)) == any(1), any(Small(1)) != any(1))
	fmt.Println("Small(1) vs Money(1)", any(Small(1)) == any(Money(1)), any(Small(1)) != any(Money(1)))
	fmt.Println("Small(1) vs error(Code1)", any(Small(1)) == any(error(Code(1))), any(Small(1)) != any(error(Code(1))))
	fmt.Println("Small(1) vs Flag(true)", any(Small(1)) == any(Flag(true)), any(Small(1)) != any(Flag(true)))
	fmt.Println("Small(1) vs anon{1,2}", any(Small(1)) == any(struct{ X, Y int }{1, 2}), any(Small(1)) != any(struct{ X, Y int }{1, 2}))
	fmt.Println("Small(1) vs &pt2", any(Small(1)) == any(&pt2), any(Small(1)) != any(&pt2))
	fmt.Println("Small(1) vs nil", any(Small(1)) == any(nil), any(Small(1)) != any(nil))
	fmt.Println("int8(1) vs Count(1)", any(int8(1)) == any(Count(1)), any(int8(1)) != any(Count(1)))
	fmt.Println("int8(1) vs int8(1)", any(int8(1)) == any(int8(1)), any(int8(1)) != any(int8(1)))
	fmt.Println("int8(1) vs Code(1)", any(int8(1)) == any(Code(1)), any(int8(1)) != any(Code(1)))
	fmt.Println("int8(1) vs string(a)", any(int8(1)) == any("a"), any(int8(1)) != any("a"))
	fmt.Println("int8(1) vs Point{1,2}", any(int8(1)) == any(Point{1, 2}), any(int8(1)) != any(Point{1, 2}))
	fmt.Println("int8(1) vs &pt", any(int8(1)) == any(&pt), any(int8(1)) != any(&pt))
	fmt.Println("int8(1) vs Shape(Sq2)", any(int8(1)) == any(Shape(Sq(2))), any(int8(1)) != any(Shape(Sq(2))))
	fmt.Println("Money(1) vs Small(1)", any(Money(1)) == any(Small(1)), any(Money(1)) != any(Small(1)))
	fmt.Println("Money(1) vs int64(1)", any(Money(1)) == any(int64(1)), any(Money(1)) != any(int64(1)))
	fmt.Println("Money(1) vs Name(a)", any(Money(1)) == any(Name("a")), any(Money(1)) != any(Name("a")))
	fmt.Println("Money(1) vs true", any(Money(1)) == any(true), any(Money(1)) != any(true))
	fmt.Println("Money(1) vs Vec{1,2}", any(Money(1)) == any(Vec{1, 2}), any(Money(1)) != any(Vec{1, 2}))
	fmt.Println("Money(1) vs Sq(2)", any(Money(1)) == any(Sq(2)), any(Money(1)) != any(Sq(2)))

	fmt.Println("int64(1) vs int(1)", any(int64(1)) == any(1), any(int64(1)) != any(1))
	fmt.Println("int64(1) vs Money(1)", any(int64(1)) == any(Money(1)), any(int64(1)) != any(Money(1)))
	fmt.Println("int64(1) vs error(Code1)", any(int64(1)) == any(error(Code(1))), any(int64(1)) != any(error(Code(1))))
	fmt.Println("int64(1) vs Flag(true)", any(int64(1)) == any(Flag(true)), any(int64(1)) != any(Flag(true)))
	fmt.Println("int64(1) vs anon{1,2}", any(int64(1)) == any(struct{ X, Y int }{1, 2}), any(int64(1)) != any(struct{ X, Y int }{1, 2}))
	fmt.Println("int64(1) vs &pt2", any(int64(1)) == any(&pt2), any(int64(1)) != any(&pt2))
	fmt.Println("int64(1) vs nil", any(int64(1)) == any(nil), any(int64(1)) != any(nil))
	fmt.Println("Code(1) vs Count(1)", any(Code(1)) == any(Count(1)), any(Code(1)) != any(Count(1)))
	fmt.Println("Code(1) vs int8(1)", any(Code(1)) == any(int8(1)), any(Code(1)) != any(int8(1)))
	fmt.Println("Code(1) vs Code(1)", any(Code(1)) == any(Code(1)), any(Code(1)) != any(Code(1)))
	fmt.Println("Code(1) vs string(a)", any(Code(1)) == any("a"), any(Code(1)) != any("a"))
	fmt.Println("Code(1) vs Point{1,2}", any(Code(1)) == any(Point{1, 2}), any(Code(1)) != any(Point{1, 2}))
	fmt.Println("Code(1) vs &pt", any(Code(1)) == any(&pt), any(Code(1)) != any(&pt))
	fmt.Println("Code(1) vs Shape(Sq2)", any(Code(1)) == any(Shape(Sq(2))), any(Code(1)) != any(Shape(Sq(2))))
	fmt.Println("error(Code1) vs Small(1)", any(error(Code(1))) == any(Small(1)), any(error(Code(1))) != any(Small(1)))
	fmt.Println("error(Code1) vs int64(1)", any(error(Code(1))) == any(int64(1)), any(error(Code(1))) != any(int64(1)))
	fmt.Println("error(Code1) vs Name(a)", any(error(Code(1))) == any(Name("a")), any(error(Code(1))) != any(Name("a")))
	fmt.Println("error(Code1) vs true", any(error(Code(1))) == any(true), any(error(Code(1))) != any(true))
	fmt.Println("error(Code1) vs Vec{1,2}", any(error(Code(1))) == any(Vec{1, 2}), any(error(Code(1))) != any(Vec{1, 2}))
	fmt.Println("error(Code1) vs Sq(2)", any(error(Code(1))) == any(Sq(2)), any(error(Code(1))) != any(Sq(2)))
	fmt.Println("Name(a) vs int(1)", any(Name("a")) == any(1), any(Name("a")) != any(1))
	fmt.Println("Name(a) vs Money(1)", any(Name("a")) == any(Money(1)), any(Name("a")) != any(Money(1)))
	fmt.Println("Name(a) vs error(Code1)", any(Name("a")) == any(error(Code(1))), any(Name("a")) != any(error(Code(1))))
	fmt.Println("Name(a) vs Flag(true)", any(Name("a")) == any(Flag(true)), any(Name("a")) != any(Flag(true)))
	fmt.Println("Name(a) vs anon{1,2}", any(Name("a")) == any(struct{ X, Y int }{1, 2}), any(Name("a")) != any(struct{ X, Y int }{1, 2}))
	fmt.Println("Name(a) vs &pt2", any(Name("a")) == any(&pt2), any(Name("a")) != any(&pt2))
	fmt.Println("Name(a) vs nil", any(Name("a")) == any(nil), any(Name("a")) != any(nil))
	fmt.Println("string(a) vs Count(1)", any("a") == any(Count(1)), any("a") != any(Count(1)))
	fmt.Println("string(a) vs int8(1)", any("a") == any(int8(1)), any("a") != any(int8(1)))
	fmt.Println("string(a) vs Code(1)", any("a") == any(Code(1)), any("a") != any(Code(1)))
	fmt.Println("string(a) vs string(a)", any("a") == any("a"), any("a") != any("a"))
	fmt.Println("string(a) vs Point{1,2}", any("a") == any(Point{1, 2}), any("a") != any(Point{1, 2}))
	fmt.Println("string(a) vs &pt", any("a") == any(&pt), any("a") != any(&pt))
	fmt.Println("string(a) vs Shape(Sq2)", any("a") == any(Shape(Sq(2))), any("a") != any(Shape(Sq(2))))

	fmt.Println("Flag(true) vs Small(1)", any(Flag(true)) == any(Small(1)), any(Flag(true)) != any(Small(1)))
	fmt.Println("Flag(true) vs int64(1)", any(Flag(true)) == any(int64(1)), any(Flag(true)) != any(int64(1)))
	fmt.Println("Flag(true) vs Name(a)", any(Flag(true)) == any(Name("a")), any(Flag(true)) != any(Name("a")))
	fmt.Println("Flag(true) vs true", any(Flag(true)) == any(true), any(Flag(true)) != any(true))
	fmt.Println("Flag(true) vs Vec{1,2}", any(Flag(true)) == any(Vec{1, 2}), any(Flag(true)) != any(Vec{1, 2}))
	fmt.Println("Flag(true) vs Sq(2)", any(Flag(true)) == any(Sq(2)), any(Flag(true)) != any(Sq(2)))
	fmt.Println("true vs int(1)", any(true) == any(1), any(true) != any(1))
	fmt.Println("true vs Money(1)", any(true) == any(Money(1)), any(true) != any(Money(1)))
	fmt.Println("true vs error(Code1)", any(true) == any(error(Code(1))), any(true) != any(error(Code(1))))
	fmt.Println("true vs Flag(true)", any(true) == any(Flag(true)), any(true) != any(Flag(true)))
	fmt.Println("true vs anon{1,2}", any(true) == any(struct{ X, Y int }{1, 2}), any(true) != any(struct{ X, Y int }{1, 2}))
	fmt.Println("true vs &pt2", any(true) == any(&pt2), any(true) != any(&pt2))
	fmt.Println("true vs nil", any(true) == any(nil), any(true) != any(nil))
	fmt.Println("Point{1,2} vs Count(1)", any(Point{1, 2}) == any(Count(1)), any(Point{1, 2}) != any(Count(1)))
	fmt.Println("Point{1,2} vs int8(1)", any(Point{1, 2}) == any(int8(1)), any(Point{1, 2}) != any(int8(1)))
	fmt.Println("Point{1,2} vs Code(1)", any(Point{1, 2}) == any(Code(1)), any(Point{1, 2}) != any(Code(1)))
	fmt.Println("Point{1,2} vs string(a)", any(Point{1, 2}) == any("a"), any(Point{1, 2}) != any("a"))
	fmt.Println("Point{1,2} vs Point{1,2}", any(Point{1, 2}) == any(Point{1, 2}), any(Point{1, 2}) != any(Point{1, 2}))
	fmt.Println("Point{1,2} vs &pt", any(Point{1, 2}) == any(&pt), any(Point{1, 2}) != any(&pt))
	fmt.Println("Point{1,2} vs Shape(Sq2)", any(Point{1, 2}) == any(Shape(Sq(2))), any(Point{1, 2}) != any(Shape(Sq(2))))
	fmt.Println("anon{1,2} vs Small(1)", any(struct{ X, Y int }{1, 2}) == any(Small(1)), any(struct{ X, Y int }{1, 2}) != any(Small(1)))
	fmt.Println("anon{1,2} vs int64(1)", any(struct{ X, Y int }{1, 2}) == any(int64(1)), any(struct{ X, Y int }{1, 2}) != any(int64(1)))
	fmt.Println("anon{1,2} vs Name(a)", any(struct{ X, Y int }{1, 2}) == any(Name("a")), any(struct{ X, Y int }{1, 2}) != any(Name("a")))
	fmt.Println("anon{1,2} vs true", any(struct{ X, Y int }{1, 2}) == any(true), any(struct{ X, Y int }{1, 2}) != any(true))
	fmt.Println("anon{1,2} vs Vec{1,2}", any(struct{ X, Y int }{1, 2}) == any(Vec{1, 2}), any(struct{ X, Y int }{1, 2}) != any(Vec{1, 2}))
	fmt.Println("anon{1,2} vs Sq(2)", any(struct{ X, Y int }{1, 2}) == any(Sq(2)), any(struct{ X, Y int }{1, 2}) != any(Sq(2)))
	fmt.Println("Vec{1,2} vs int(1)", any(Vec{1, 2}) == any(1), any(Vec{1, 2}) != any(1))
	fmt.Println("Vec{1,2} vs Money(1)", any(Vec{1, 2}) == any(Money(1)), any(Vec{1, 2}) != any(Money(1)))
	fmt.Println("Vec{1,2} vs error(Code1)", any(Vec{1, 2}) == any(error(Code(1))), any(Vec{1, 2}) != any(error(Code(1))))
	fmt.Println("Vec{1,2} vs Flag(true)", any(Vec{1, 2}) == any(Flag(true)), any(Vec{1, 2}) != any(Flag(true)))
	fmt.Println("Vec{1,2} vs anon{1,2}", any(Vec{1, 2}) == any(struct{ X, Y int }{1, 2}), any(Vec{1, 2}) != any(struct{ X, Y int }{1, 2}))
	fmt.Println("Vec{1,2} vs &pt2", any(Vec{1, 2}) == any(&pt2), any(Vec{1, 2}) != any(&pt2))
	fmt.Println("Vec{1,2} vs nil", any(Vec{1, 2}) == any(nil), any(Vec{1, 2}) != any(nil))

	fmt.Println("&pt vs Count(1)", any(&pt) == any(Count(1)), any(&pt) != any(Count(1)))
	fmt.Println("&pt vs int8(1)", any(&pt) == any(int8(1)), any(&pt) != any(int8(1)))
	fmt.Println("&pt vs Code(1)", any(&pt) == any(Code(1)), any(&pt) != any(Code(1)))
	fmt.Println("&pt vs string(a)", any(&pt) == any("a"), any(&pt) != any("a"))
	fmt.Println("&pt vs Point{1,2}", any(&pt) == any(Point{1, 2}), any(&pt) != any(Point{1, 2}))
	fmt.Println("&pt vs &pt", any(&pt) == any(&pt), any(&pt) != any(&pt))
	fmt.Println("&pt vs Shape(Sq2)", any(&pt) == any(Shape(Sq(2))), any(&pt) != any(Shape(Sq(2))))
	fmt.Println("&pt2 vs Small(1)", any(&pt2) == any(Small(1)), any(&pt2) != any(Small(1)))
	fmt.Println("&pt2 vs int64(1)", any(&pt2) == any(int64(1)), any(&pt2) != any(int64(1)))
	fmt.Println("&pt2 vs Name(a)", any(&pt2) == any(Name("a")), any(&pt2) != any(Name("a")))
	fmt.Println("&pt2 vs true", any(&pt2) == any(true), any(&pt2) != any(true))
	fmt.Println("&pt2 vs Vec{1,2}", any(&pt2) == any(Vec{1, 2}), any(&pt2) != any(Vec{1, 2}))
	fmt.Println("&pt2 vs Sq(2)", any(&pt2) == any(Sq(2)), any(&pt2) != any(Sq(2)))
	fmt.Println("Sq(2) vs int(1)", any(Sq(2)) == any(1), any(Sq(2)) != any(1))
	fmt.Println("Sq(2) vs Money(1)", any(Sq(2)) == any(Money(1)), any(Sq(2)) != any(Money(1)))
	fmt.Println("Sq(2) vs error(Code1)", any(Sq(2)) == any(error(Code(1))), any(Sq(2)) != any(error(Code(1))))
	fmt.Println("Sq(2) vs Flag(true)", any(Sq(2)) == any(Flag(true)), any(Sq(2)) != any(Flag(true)))
	fmt.Println("Sq(2) vs anon{1,2}", any(Sq(2)) == any(struct{ X, Y int }{1, 2}), any(Sq(2)) != any(struct{ X, Y int }{1, 2}))
	fmt.Println("Sq(2) vs &pt2", any(Sq(2)) == any(&pt2), any(Sq(2)) != any(&pt2))
	fmt.Println("Sq(2) vs nil", any(Sq(2)) == any(nil), any(Sq(2)) != any(nil))
	fmt.Println("Shape(Sq2) vs Count(1)", any(Shape(Sq(2))) == any(Count(1)), any(Shape(Sq(2))) != any(Count(1)))
	fmt.Println("Shape(Sq2) vs int8(1)", any(Shape(Sq(2))) == any(int8(1)), any(Shape(Sq(2))) != any(int8(1)))
	fmt.Println("Shape(Sq2) vs Code(1)", any(Shape(Sq(2))) == any(Code(1)), any(Shape(Sq(2))) != any(Code(1)))
	fmt.Println("Shape(Sq2) vs string(a)", any(Shape(Sq(2))) == any("a"), any(Shape(Sq(2))) != any("a"))
	fmt.Println("Shape(Sq2) vs Point{1,2}", any(Shape(Sq(2))) == any(Point{1, 2}), any(Shape(Sq(2))) != any(Point{1, 2}))
	fmt.Println("Shape(Sq2) vs &pt", any(Shape(Sq(2))) == any(&pt), any(Shape(Sq(2))) != any(&pt))
	fmt.Println("Shape(Sq2) vs Shape(Sq2)", any(Shape(Sq(2))) == any(Shape(Sq(2))), any(Shape(Sq(2))) != any(Shape(Sq(2))))
	fmt.Println("nil vs Small(1)", any(nil) == any(Small(1)), any(nil) != any(Small(1)))
	fmt.Println("nil vs int64(1)", any(nil) == any(int64(1)), any(nil) != any(int64(1)))
	fmt.Println("nil vs Name(a)", any(nil) == any(Name("a")), any(nil) != any(Name("a")))
	fmt.Println("nil vs true", any(nil) == any(true), any(nil) != any(true))
	fmt.Println("nil vs Vec{1,2}", any(nil) == any(Vec{1, 2}), any(nil) != any(Vec{1, 2}))
	fmt.Println("nil vs Sq(2)", any(nil) == any(Sq(2)), any(nil) != any(Sq(2)))

	var s1, s2 Shape = Sq(2), Sq(2)
	c1, c2 := &Circle{1}, &Circle{1}
	var s3, s4 Shape = c1, c2
	var s5 Shape = c1
	fmt.Println(s1 == s2, s3 == s4, s3 == s5, s1 != s3)
	var e1, e2 error = Code(3), Code(3)
	var st fmt.Stringer = Money(3)
	fmt.Println(e1 == e2, any(e1) == any(st), any(Code(3)) == any(Money(3)), any(st) == any(Money(3)))
}
