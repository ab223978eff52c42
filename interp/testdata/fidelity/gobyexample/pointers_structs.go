package main

import "fmt"

func zeroval(ival int) {
	ival = 0
}

func zeroptr(iptr *int) {
	*iptr = 0
}

type person struct {
	name string
	age  int
}

func newPerson(name string) *person {
	p := person{name: name}
	p.age = 42
	return &p
}

type rect struct {
	width, height int
}

func (r *rect) area() int {
	return r.width * r.height
}

func (r rect) perim() int {
	return 2*r.width + 2*r.height
}

func (r *rect) scale(f int) {
	r.width *= f
	r.height *= f
}

func main() {
	i := 1
	fmt.Println("initial:", i)
	zeroval(i)
	fmt.Println("zeroval:", i)
	zeroptr(&i)
	fmt.Println("zeroptr:", i)
	p := &i
	fmt.Println("pointer is nil:", p == nil)

	fmt.Println(person{"Bob", 20})
	fmt.Println(person{name: "Alice", age: 30})
	fmt.Println(person{name: "Fred"})
	fmt.Println(&person{name: "Ann", age: 40})
	fmt.Println(newPerson("Jon"))

	s := person{name: "Sean", age: 50}
	fmt.Println(s.name)
	sp := &s
	fmt.Println(sp.age)
	sp.age = 51
	fmt.Println(sp.age, s.age)

	dog := struct {
		name   string
		isGood bool
	}{"Rex", true}
	fmt.Println(dog)
	fmt.Printf("%+v\n", dog)

	r := rect{width: 10, height: 5}
	fmt.Println("area: ", r.area())
	fmt.Println("perim:", r.perim())
	rp := &r
	fmt.Println("area: ", rp.area())
	fmt.Println("perim:", rp.perim())
	r.scale(3)
	fmt.Printf("%v %+v\n", r, r)

	people := []*person{newPerson("a"), newPerson("b")}
	for _, pp := range people {
		pp.age++
	}
	for _, pp := range people {
		fmt.Printf("%s is %d\n", pp.name, pp.age)
	}

	copyOf := s
	copyOf.name = "Copy"
	fmt.Println(s.name, copyOf.name)

	pp := &people[0]
	(*pp).name = "changed"
	fmt.Println(people[0].name)

	var nilp *person
	fmt.Println(nilp == nil, nilp)
	fmt.Printf("%v %+v %T\n", s, &s, sp)
}
