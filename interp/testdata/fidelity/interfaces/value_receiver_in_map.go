package main

import (
	"fmt"
	"sort"
)

type Animal interface {
	Sound() string
	Name() string
}

type Cow struct{}
type Duck struct{ name string }

func (Cow) Sound() string     { return "moo" }
func (Cow) Name() string      { return "cow" }
func (d *Duck) Sound() string { return "quack" }
func (d *Duck) Name() string  { return d.name }

func main() {
	zoo := map[string]Animal{"c": Cow{}, "d": &Duck{"donald"}}
	keys := make([]string, 0)
	for k := range zoo {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		a := zoo[k]
		fmt.Printf("%s: %s says %s (%T)\n", k, a.Name(), a.Sound(), a)
	}
	var a Animal = Cow{}
	if s, ok := a.(fmt.Stringer); ok {
		fmt.Println("stringer", s)
	} else {
		fmt.Println("cow is not a Stringer")
	}
	fmt.Println(a == Cow{}, a != nil)
}
