package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Point struct{ X, Y int }

type Shape struct {
	Name   string
	Points []Point
	Meta   map[string]string
}

func main() {
	var buf bytes.Buffer
	in := Shape{"triangle", []Point{{0, 0}, {4, 0}, {0, 3}}, map[string]string{"color": "red"}}
	if err := gob.NewEncoder(&buf).Encode(in); err != nil {
		fmt.Println("encode:", err)
		return
	}
	var out Shape
	if err := gob.NewDecoder(&buf).Decode(&out); err != nil {
		fmt.Println("decode:", err)
		return
	}
	fmt.Printf("%+v\n", out)

	var n int
	err := gob.NewDecoder(bytes.NewReader([]byte{1, 2})).Decode(&n)
	fmt.Println(err != nil)
}
