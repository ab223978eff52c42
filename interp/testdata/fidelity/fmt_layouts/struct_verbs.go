// %v, %+v and %#v over structs, pointers to structs, embedded structs,
// nested maps (which fmt prints with sorted keys) and slices.
package main

import (
	"fmt"
	"time"
)

type Address struct {
	Street string
	Zip    int
}

type Tag string

type Person struct {
	Name    string
	Age     int
	Email   *string
	Addr    Address
	Tags    []Tag
	Scores  map[string]int
	private bool
}

type Employee struct {
	Person
	Salary float64
	Boss   *Employee
}

type Grid [2][3]int

func main() {
	p := Person{
		Name:   "Ada",
		Age:    36,
		Addr:   Address{"1 Loop Rd", 94000},
		Tags:   []Tag{"math", "poet"},
		Scores: map[string]int{"z": 1, "b": 22, "a": 3},
	}
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%#v\n", p.Addr)
	fmt.Printf("%#v\n", p.Tags)
	fmt.Printf("%v %+v\n", &p.Addr, &p.Addr)
	fmt.Printf("%#v\n", p.Scores)

	e := Employee{Person: Person{Name: "Grace", Age: 45}, Salary: 123456.789}
	fmt.Printf("%+v\n", e)
	fmt.Printf("%v\n", e.Boss == nil)
	fmt.Printf("%.1f|%10.2f|%-12.3e|\n", e.Salary, e.Salary, e.Salary)

	nested := map[string]map[int][]string{
		"beta":  {2: {"b", "bb"}, 1: {"b1"}},
		"alpha": {10: nil, -1: {"neg"}},
	}
	fmt.Println(nested)
	fmt.Printf("%v\n", map[Address]bool{{"B st", 2}: true, {"A st", 9}: false, {"A st", 1}: true})
	fmt.Printf("%v\n", map[[2]int]string{{2, 1}: "c", {1, 5}: "b", {1, 2}: "a"})
	fmt.Printf("%v\n", map[float64]int{2.5: 1, -1: 2, 0: 3})
	fmt.Printf("%v\n", map[bool]string{true: "yes", false: "no"})

	var g Grid
	g[1][2] = 7
	fmt.Printf("%v %#v\n", g, g)
	fmt.Printf("%T %T %T\n", g, e, &p)

	type pair struct {
		K string
		V any
	}
	items := []pair{{"n", 3}, {"f", 2.50}, {"s", "str"}, {"nil", nil}, {"d", 90 * time.Second}}
	fmt.Printf("%v\n", items)
	fmt.Printf("%+v\n", items[:2])
	fmt.Printf("%#v\n", items[2])

	var ip *int
	var err error
	fmt.Printf("%v %v %d\n", ip, err, []*int{nil})
	fmt.Printf("%v|%s|%d\n", struct{}{}, []string{}, map[string]int{})
	fmt.Printf("%x %X\n", Address{"ab", 255}, []string{"hi", "yo"})
	fmt.Printf("%q\n", map[string]Tag{"k": "v w"})
}
