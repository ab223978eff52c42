package main

import "fmt"

type Config struct{ Name string }

func load(ok bool) *Config {
	if ok {
		return &Config{"x"}
	}
	return nil
}

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = *load(true)
	fmt.Println("first ok")
	_ = *load(false)
	fmt.Println("not reached")
}
