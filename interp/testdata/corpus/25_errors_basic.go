package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrEmpty = errors.New("empty input")

func parseAge(s string) (int, error) {
	if s == "" {
		return 0, ErrEmpty
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, errors.New("age cannot be negative")
	}
	return n, nil
}

func main() {
	for _, in := range []string{"42", "", "-3", "abc"} {
		age, err := parseAge(in)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("age:", age)
	}
	_, err := parseAge("")
	fmt.Println(err == ErrEmpty)
	var e error
	fmt.Println(e == nil, e)
}
