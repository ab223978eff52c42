package main

import (
	"fmt"
	"strings"
)

type Button struct {
	Label   string
	OnClick func() string
}

type Validator struct {
	Name  string
	Check func(string) bool
}

func main() {
	clicks := 0
	b := Button{Label: "OK", OnClick: func() string {
		clicks++
		return fmt.Sprintf("clicked %d times", clicks)
	}}
	fmt.Println(b.OnClick())
	fmt.Println(b.OnClick())

	vs := []Validator{
		{"non-empty", func(s string) bool { return s != "" }},
		{"lowercase", func(s string) bool { return s == strings.ToLower(s) }},
		{"short", func(s string) bool { return len(s) < 6 }},
	}
	for _, in := range []string{"hello", "Hello!", ""} {
		var failed []string
		for _, v := range vs {
			if !v.Check(in) {
				failed = append(failed, v.Name)
			}
		}
		fmt.Printf("%q fails %v\n", in, failed)
	}
}
