package main

import "fmt"

type Registry struct {
	handlers map[string]func() string
}

func (r *Registry) Register(name string, h func() string) {
	r.handlers[name] = h
}

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	r := &Registry{}
	fmt.Println("registering")

	r.Register("hello", func() string { return "hi" })
	fmt.Println("done")
}
