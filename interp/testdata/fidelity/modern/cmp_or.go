package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Config struct {
	Host string
	Port int
}

type Person struct {
	Last, First string
	Age         int
}

func main() {
	userHost, envHost := "", "env.example"
	c := Config{
		Host: cmp.Or(userHost, envHost, "localhost"),
		Port: cmp.Or(0, 0, 8080),
	}
	fmt.Printf("%+v\n", c)
	fmt.Println(cmp.Or[string](), cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Less(1.5, 2))

	people := []Person{{"Smith", "Jo", 30}, {"Adams", "Al", 40}, {"Smith", "Al", 25}}
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Or(cmp.Compare(a.Last, b.Last), cmp.Compare(a.First, b.First), cmp.Compare(a.Age, b.Age))
	})
	fmt.Println(people)
}
