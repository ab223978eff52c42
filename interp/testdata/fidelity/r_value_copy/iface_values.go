package main

import "fmt"

type Counter struct{ N int }

func (c Counter) Get() int { return c.N }
func (c *Counter) Inc()    { c.N++ }

type Getter interface{ Get() int }

type Shape interface {
	Area() float64
	Scale(f float64) Shape
}

type Sq struct{ S float64 }

func (s Sq) Area() float64         { return s.S * s.S }
func (s Sq) Scale(f float64) Shape { s.S *= f; return s }

func main() {
	c := Counter{1}
	var g Getter = c
	c.Inc()
	c.Inc()
	fmt.Println(c.Get(), g.Get())
	var gp Getter = &c
	c.Inc()
	fmt.Println(c.Get(), gp.Get())
	if cc, ok := g.(Counter); ok {
		cc.Inc()
		fmt.Println(cc.N, g.Get())
	}
	if p, ok := gp.(*Counter); ok {
		p.Inc()
		fmt.Println(p.N, c.N)
	}
	var s Shape = Sq{2}
	t := s.Scale(3)
	fmt.Println(s.Area(), t.Area(), s, t)
	items := []any{c, &c, Sq{1}}
	c.N = 100
	for _, it := range items {
		switch v := it.(type) {
		case Counter:
			fmt.Println("value", v.N)
		case *Counter:
			fmt.Println("pointer", v.N)
		default:
			fmt.Printf("other %v\n", v)
		}
	}
	m := map[string]Getter{"a": Counter{5}, "b": &Counter{6}}
	fmt.Println(m["a"].Get(), m["b"].Get())
	arr := [2]Getter{Counter{1}, Counter{2}}
	arr2 := arr
	arr2[0] = Counter{9}
	fmt.Println(arr[0].Get(), arr2[0].Get(), arr[1] == arr2[1])
	var e1, e2 any = Counter{3}, Counter{3}
	fmt.Println(e1 == e2, e1 != Counter{4})
}
