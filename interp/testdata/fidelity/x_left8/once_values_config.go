package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type Config struct {
	Host  string
	Port  int
	Debug bool
}

var loads int

func parse(s string) (Config, error) {
	loads++
	parts := strings.Split(s, ":")
	if len(parts) != 2 {
		return Config{}, errors.New("bad address " + s)
	}
	var port int
	fmt.Sscanf(parts[1], "%d", &port)
	return Config{Host: parts[0], Port: port}, nil
}

func main() {
	get := sync.OnceValues(func() (Config, error) { return parse("localhost:8080") })
	for i := 0; i < 2; i++ {
		c, err := get()
		fmt.Printf("%+v %v\n", c, err)
	}
	bad := sync.OnceValues(func() (Config, error) { return parse("nohost") })
	c, err := bad()
	fmt.Println(c, err)
	_, err = bad()
	fmt.Println(err, "loads:", loads)
}
