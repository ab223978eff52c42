package main

import "fmt"

type Address struct {
	City string
	Zip  int
}

type Person struct {
	Name    string
	Age     int
	Tags    []string
	Addr    Address
	Manager *Person
	meta    map[string]int
}

func main() {
	boss := &Person{Name: "Boss", Age: 60}
	p := Person{"Ann", 31, []string{"a", "b"}, Address{"Oslo", 150}, boss, map[string]int{"k": 1}}
	fmt.Printf("%v\n", p.Addr)
	fmt.Printf("%+v\n", p.Addr)
	fmt.Printf("%#v\n", p.Addr)
	fmt.Printf("%T\n", p)
	fmt.Printf("%v\n", boss)
	fmt.Printf("%+v\n", *boss)
	fmt.Printf("%#v\n", p.Tags)
	fmt.Printf("%#v\n", p.meta)
	fmt.Printf("%v %d\n", []Address{{"A", 1}}, Address{"B", 2})
	fmt.Printf("%#v\n", struct {
		X int
		Y string
	}{1, "y"})
}
