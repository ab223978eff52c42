package main

import (
	"fmt"
	"sort"
	"strings"
)

type Stringer interface {
	String() string
}

type Animal interface {
	Sound() string
	Name() string
}

type Dog struct{ name string }
type Cat struct{ name string }
type Robot struct{ model int }

func (d Dog) Sound() string  { return "woof" }
func (d Dog) Name() string   { return d.name }
func (c *Cat) Sound() string { return "meow" }
func (c *Cat) Name() string  { return c.name }
func (c *Cat) String() string {
	return "Cat(" + c.name + ")"
}
func (r Robot) String() string { return fmt.Sprintf("RX-%d", r.model) }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nothing"
	case Animal:
		s := x.Name() + " says " + x.Sound()
		if st, ok := v.(Stringer); ok {
			s += " [" + st.String() + "]"
		}
		return s
	case Stringer:
		return "stringer " + x.String()
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case []string:
		return "strings " + strings.Join(x, "+")
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type byName []Animal

func (b byName) Len() int           { return len(b) }
func (b byName) Less(i, j int) bool { return b[i].Name() < b[j].Name() }
func (b byName) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	things := []any{
		Dog{"rex"}, &Cat{"tom"}, Robot{42}, 7, int64(8), []string{"a", "b"},
		fmt.Errorf("boom"), 3.5, nil, Cat{"value"},
	}
	for i, t := range things {
		fmt.Printf("%d: %s\n", i, describe(t))
	}
	zoo := byName{Dog{"rex"}, &Cat{"alice"}, Dog{"buddy"}, &Cat{"zed"}}
	sort.Sort(zoo)
	for _, a := range zoo {
		fmt.Print(a.Name(), " ")
	}
	fmt.Println()
	var s Stringer = &Cat{"kit"}
	if a, ok := s.(Animal); ok {
		fmt.Println("a stringer that is also an animal:", a.Name())
	}
	fmt.Println(s, Robot{7})
	fmt.Printf("%v %s %d\n", Robot{1}, Robot{2}, Robot{3})
}
