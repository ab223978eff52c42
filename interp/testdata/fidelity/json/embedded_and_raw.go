package main

import (
	"encoding/json"
	"fmt"
)

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created"`
}

type Post struct {
	Base
	Title string          `json:"title"`
	Body  json.RawMessage `json:"body"`
}

func main() {
	p := Post{Base{7, "2024-01-01"}, "hello", json.RawMessage(`{"format":"md"}`)}
	b, _ := json.Marshal(p)
	fmt.Println(string(b))

	var q Post
	json.Unmarshal([]byte(`{"id":9,"title":"t","body":[1, 2,3]}`), &q)
	fmt.Println(q.ID, q.Title, string(q.Body))

	var env struct {
		Kind string          `json:"kind"`
		Data json.RawMessage `json:"data"`
	}
	json.Unmarshal([]byte(`{"kind":"point","data":{"x":1,"y":2}}`), &env)
	if env.Kind == "point" {
		var pt struct{ X, Y int }
		json.Unmarshal(env.Data, &pt)
		fmt.Println(pt.X + pt.Y)
	}
}
