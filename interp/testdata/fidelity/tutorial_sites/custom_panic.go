package main

import (
	"errors"
	"fmt"
)

type InsufficientError struct {
	Have, Want int
}

func (e InsufficientError) Error() string {
	return fmt.Sprintf("insufficient: have %d, want %d", e.Have, e.Want)
}

type Inventory struct {
	items map[string]int
}

func (inv *Inventory) Take(name string, n int) {
	have := inv.items[name]
	if have < n {
		panic(InsufficientError{have, n})
	}
	inv.items[name] = have - n
}

func (inv *Inventory) TryTake(name string, n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("take %s: %w", name, e)
				return
			}
			panic(r)
		}
	}()
	inv.Take(name, n)
	return nil
}

func process(steps []string) {
	defer func() {
		r := recover()
		fmt.Printf("process recovered: %v (%T)\n", r, r)
	}()
	for i, s := range steps {
		if s == "" {
			panic(fmt.Sprintf("empty step at %d", i))
		}
		fmt.Println("step", s)
	}
}

func nested() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("outer caught: ", r)
		}
	}()
	func() {
		defer func() {
			if r := recover(); r != nil {
				panic(fmt.Sprint("re-panic(", r, ")"))
			}
		}()
		panic("first")
	}()
	return "not reached"
}

func main() {
	inv := &Inventory{items: map[string]int{"apple": 5, "pear": 1}}
	fmt.Println(inv.TryTake("apple", 3))
	err := inv.TryTake("pear", 2)
	fmt.Println(err)
	var ie InsufficientError
	if errors.As(err, &ie) {
		fmt.Println("wanted", ie.Want, "had", ie.Have)
	}
	fmt.Println(inv.items["apple"], inv.items["pear"])

	process([]string{"a", "b", "", "c"})
	process([]string{"x"})
	fmt.Println(nested())

	var e error = InsufficientError{1, 2}
	fmt.Printf("%v | %+v | %#v\n", e, e, e)
	defer fmt.Println("deferred before the crash")
	inv.Take("plum", 1)
	fmt.Println("unreachable")
}
