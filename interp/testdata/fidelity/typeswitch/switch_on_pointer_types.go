package main

import "fmt"

type Cat struct{ Name string }
type Dog struct{ Name string }

func (c *Cat) Speak() string { return c.Name + " says meow" }
func (d Dog) Speak() string  { return d.Name + " says woof" }

type Speaker interface{ Speak() string }

func main() {
	pets := []Speaker{&Cat{"Tom"}, Dog{"Rex"}, &Dog{"Fido"}}
	for _, p := range pets {
		switch v := p.(type) {
		case *Cat:
			fmt.Println("cat pointer:", v.Name)
		case Dog:
			fmt.Println("dog value:", v.Name)
		case *Dog:
			fmt.Println("dog pointer:", v.Name)
		}
		fmt.Println(" ", p.Speak())
	}
}
