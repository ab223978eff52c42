package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Config struct {
	Port int
}

func parsePort(s string) (int, error) {
	p, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parse port %q: %w", s, err)
	}
	if p < 1 || p > 65535 {
		return 0, fmt.Errorf("port %d out of range", p)
	}
	return p, nil
}

func load(values map[string]string) (*Config, error) {
	p, err := parsePort(values["port"])
	if err != nil {
		return nil, fmt.Errorf("load config: %w", err)
	}
	return &Config{Port: p}, nil
}

func main() {
	inputs := []map[string]string{{"port": "8080"}, {"port": "80a"}, {"port": "70000"}}
	for _, in := range inputs {
		c, err := load(in)
		if err != nil {
			fmt.Println("error:", err)
			fmt.Println("  is ErrSyntax:", errors.Is(err, strconv.ErrSyntax))
			continue
		}
		fmt.Printf("config: %+v\n", *c)
	}
}
