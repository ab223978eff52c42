package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

type Event struct {
	Type string          `json:"type"`
	User string          `json:"user"`
	Data json.RawMessage `json:"data,omitempty"`
}

type Click struct {
	X, Y int
}

const stream = `{"type":"login","user":"ann"}
{"type":"click","user":"ann","data":{"X":10,"Y":20}}
{"type":"click","user":"bob","data":{"X":1,"Y":2}}
{"type":"logout","user":"ann"}
{"type":"click","user":"bob","data":"oops"}
`

func main() {
	dec := json.NewDecoder(strings.NewReader(stream))
	perUser := map[string][]string{}
	var clicks []Click
	for {
		var ev Event
		err := dec.Decode(&ev)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println("decode:", err)
			break
		}
		perUser[ev.User] = append(perUser[ev.User], ev.Type)
		if ev.Type == "click" {
			var c Click
			if err := json.Unmarshal(ev.Data, &c); err != nil {
				var ute *json.UnmarshalTypeError
				fmt.Println("bad click:", err, errors.As(err, &ute))
				continue
			}
			clicks = append(clicks, c)
		}
	}
	users := make([]string, 0, len(perUser))
	for u := range perUser {
		users = append(users, u)
	}
	sort.Strings(users)
	for _, u := range users {
		fmt.Printf("%s: %s\n", u, strings.Join(perUser[u], " -> "))
	}
	fmt.Printf("%+v\n", clicks)

	tokDec := json.NewDecoder(strings.NewReader(`{"a":[1,"two",true,null],"b":{"c":1.5}}`))
	var toks []string
	for {
		tok, err := tokDec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			break
		}
		toks = append(toks, fmt.Sprintf("%T:%v", tok, tok))
	}
	fmt.Println(strings.Join(toks, " "))
	var n json.Number
	d2 := json.NewDecoder(strings.NewReader(`12345678901234567890`))
	d2.UseNumber()
	var v any
	d2.Decode(&v)
	n = v.(json.Number)
	fmt.Println(n, n.String())
	b, _ := json.Marshal(map[string]any{"z": 1, "a": []int{}, "m": nil})
	fmt.Println(string(b))
}
