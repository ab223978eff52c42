package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type Server struct {
	Host    string   `json:"host"`
	Port    int      `json:"port"`
	TLS     bool     `json:"tls"`
	Allowed []string `json:"allowed"`
}

type Config struct {
	Name    string            `json:"name"`
	Servers []Server          `json:"servers"`
	Limits  map[string]uint16 `json:"limits"`
	Ratio   float32           `json:"ratio"`
}

func main() {
	c := Config{
		Name:    "prod",
		Servers: []Server{{"a.example", 443, true, []string{"10.0.0.0/8"}}, {"b.example", 80, false, nil}},
		Limits:  map[string]uint16{"rps": 100, "burst": 300},
		Ratio:   0.1,
	}
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))

	var back Config
	if err := json.Unmarshal(b, &back); err != nil {
		panic(err)
	}
	fmt.Println(reflect.DeepEqual(c, back))
	fmt.Printf("%+v\n", back.Servers[1])
}
