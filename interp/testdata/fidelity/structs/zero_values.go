package main

import "fmt"

type Config struct {
	Name    string
	Port    int
	Debug   bool
	Ratio   float64
	Tags    []string
	Limits  map[string]int
	Next    *Config
	Handler func()
	Err     error
	Any     any
	Arr     [2]int
}

func main() {
	var c Config
	fmt.Printf("%+v\n", c)
	fmt.Println(c.Tags == nil, c.Limits == nil, c.Next == nil, c.Handler == nil, c.Err == nil, c.Any == nil)

	c.Tags = append(c.Tags, "x")
	fmt.Println(len(c.Tags), c.Limits["missing"])

	p := new(Config)
	p.Port = 80
	fmt.Printf("%v\n", *p)
	fmt.Printf("%#v\n", struct {
		A *int
		B []string
	}{})
}
