package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Meta struct {
	Tags    []string          `json:"tags,omitempty"`
	Labels  map[string]string `json:"labels,omitempty"`
	Created time.Time         `json:"created,omitzero"`
}

type User struct {
	ID       int      `json:"id"`
	Name     string   `json:"name"`
	Email    string   `json:"email,omitempty"`
	Password string   `json:"-"`
	Age      int      `json:"age,omitzero"`
	Score    float64  `json:"score,string"`
	Home     *Address `json:"home,omitempty"`
	Work     Address  `json:"work,omitzero"`
	Meta              // embedded: fields promoted
}

func main() {
	users := []User{
		{ID: 1, Name: "Ada", Email: "ada@x.io", Password: "secret", Age: 36, Score: 9.5,
			Home: &Address{"1 Analytical Way", "London"}, Meta: Meta{Tags: []string{"math", "poetry"}}},
		{ID: 2, Name: "Bob", Score: 3, Work: Address{Street: "Main St"},
			Meta: Meta{Labels: map[string]string{"team": "ops", "level": "2"},
				Created: time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)}},
	}
	for _, u := range users {
		b, err := json.Marshal(u)
		fmt.Println(string(b), err)
	}
	pretty, _ := json.MarshalIndent(users[1], "", "  ")
	fmt.Println(string(pretty))

	var back User
	err := json.Unmarshal([]byte(`{"id":7,"name":"Cy","score":"4.25","tags":["x"],"home":{"street":"S","city":"C"},"extra":true}`), &back)
	fmt.Printf("%+v %v %+v\n", back.Meta, err, *back.Home)
	fmt.Println(back.ID, back.Name, back.Score)

	dec := json.NewDecoder(strings.NewReader(`{"id":1,"name":"a"} {"id":2,"name":"b"} {"id":"bad"}`))
	for {
		var u User
		if err := dec.Decode(&u); err != nil {
			fmt.Println("decode stopped:", err)
			break
		}
		fmt.Println("decoded", u.ID, u.Name)
	}
	strict := json.NewDecoder(strings.NewReader(`{"id":1,"nmae":"typo"}`))
	strict.DisallowUnknownFields()
	var u3 User
	fmt.Println(strict.Decode(&u3))

	var anyVal map[string]any
	json.Unmarshal([]byte(`{"a":1,"b":[true,null,"s"],"c":{"d":1.5}}`), &anyVal)
	fmt.Println(anyVal["a"], anyVal["b"], anyVal["c"])
	fmt.Printf("%T %T\n", anyVal["a"], anyVal["b"])
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.Encode(map[string]int{"z": 1, "a": 2})
	raw := json.RawMessage(`{"keep":"as is"}`)
	out, _ := json.Marshal(struct {
		Kind string          `json:"kind"`
		Data json.RawMessage `json:"data"`
	}{"raw", raw})
	fmt.Println(string(out))
}
