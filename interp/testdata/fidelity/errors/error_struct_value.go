package main

import (
	"errors"
	"fmt"
)

type NotFoundError struct {
	Kind string
	ID   int
}

func (e NotFoundError) Error() string {
	return fmt.Sprintf("%s #%d not found", e.Kind, e.ID)
}

type store map[int]string

func (s store) get(id int) (string, error) {
	v, ok := s[id]
	if !ok {
		return "", NotFoundError{"item", id}
	}
	return v, nil
}

func main() {
	s := store{1: "apple", 2: "pear"}
	for _, id := range []int{2, 7} {
		v, err := s.get(id)
		switch e := err.(type) {
		case nil:
			fmt.Println("got", v)
		case NotFoundError:
			fmt.Println("missing:", e.ID, "-", e)
		default:
			fmt.Println("other:", e)
		}
	}
	_, err := s.get(9)
	fmt.Println(errors.Is(err, NotFoundError{"item", 9}))
	fmt.Println(errors.Is(err, NotFoundError{"item", 8}))
	fmt.Printf("%v | %+v | %T\n", err, err, err)
}
