package main

import "fmt"

type Point struct {
	X, Y int
}

type Named struct {
	Name string
	Tags []string
	Ptr  *int
}

func main() {
	p := Point{1, 2}
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%#v\n", p)
	fmt.Printf("%T\n", p)
	fmt.Printf("%T %T %T %T\n", 1, "s", 2.0, []string{})
	fmt.Printf("%T %T\n", map[string]int{}, &p)
	n := Named{Name: "x", Tags: []string{"a"}}
	fmt.Printf("%+v\n", n)
	fmt.Printf("%#v\n", n)
	fmt.Printf("%q %q\n", "hello", 'A')
	fmt.Printf("%x %X %o %b\n", 255, 255, 8, 5)
	fmt.Printf("%x % x\n", "hi", []byte("go"))
	fmt.Printf("%d %5d|%-5d|%05d\n", 42, 42, 42, 42)
	fmt.Printf("%f %.2f %8.3f|%e %g\n", 3.14159, 3.14159, 3.14159, 1234.5678, 0.000012)
	fmt.Printf("%t %v\n", true, nil)
	fmt.Printf("%s|%10s|%-10s|\n", "go", "go", "go")
	fmt.Printf("%c %U\n", 'ß', 'ß')
	fmt.Printf("%p\n", nil)
	fmt.Printf("%v %d\n", []int{1, 2}, []int{3, 4})
	fmt.Printf("%v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%*d|\n", 6, 7)
	fmt.Printf("%d\n", "oops")
	fmt.Printf("%d %d\n", 1)
	fmt.Println(fmt.Sprintf("%#v", []string{"a"}), fmt.Sprintf("%#v", map[string]bool{"k": true}))
	var ip *int
	fmt.Printf("%v %+v\n", ip, &p)
}
