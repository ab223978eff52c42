package main

import (
	"encoding/json"
	"fmt"
)

type Settings struct {
	Retries *int    `json:"retries,omitempty"`
	Label   *string `json:"label,omitempty"`
	Ratio   *float64
}

func main() {
	s := Settings{Retries: new(3), Label: new("primary"), Ratio: new(0.5)}
	b, _ := json.Marshal(s)
	fmt.Println(string(b))

	p := new(len("hello"))
	*p *= 2
	fmt.Println(*p)

	q := new([]int{1, 2})
	*q = append(*q, 3)
	fmt.Println(*q)
}
