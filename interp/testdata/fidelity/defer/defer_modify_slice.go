package main

import "fmt"

type Stack struct{ items []string }

func (s *Stack) push(x string) { s.items = append(s.items, x) }

func build() (s Stack) {
	defer s.push("deferred")
	s.push("body")
	return
}

func main() {
	s := build()
	fmt.Println(s.items)

	var log []string
	func() {
		defer func() { log = append(log, "cleanup") }()
		log = append(log, "work")
	}()
	fmt.Println(log)
}
