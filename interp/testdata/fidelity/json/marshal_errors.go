package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
)

type Node struct {
	Name string
	Fn   func() `json:"-"`
}

func main() {
	_, err := json.Marshal(map[string]any{"f": func() {}})
	fmt.Println(err)

	_, err = json.Marshal(math.Inf(1))
	fmt.Println(err)

	_, err = json.Marshal(make(chan int))
	fmt.Println(err)

	b, err := json.Marshal(Node{Name: "ok", Fn: func() {}})
	fmt.Println(string(b), err)

	var n int
	err = json.Unmarshal([]byte(`"12"`), &n)
	var ute *json.UnmarshalTypeError
	fmt.Println(err, errors.As(err, &ute))

	if ute != nil {
		fmt.Println(ute.Value, ute.Type)
	}
	var se *json.SyntaxError
	err = json.Unmarshal([]byte(`{`), &n)
	fmt.Println(err, errors.As(err, &se))
}
