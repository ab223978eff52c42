package main

import (
	"encoding/json"
	"fmt"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type User struct {
	ID       int               `json:"id"`
	Name     string            `json:"name"`
	Email    string            `json:"email,omitempty"`
	Password string            `json:"-"`
	Admin    bool              `json:"is_admin"`
	Score    float64           `json:"score,string"`
	Addr     *Address          `json:"address,omitempty"`
	Labels   map[string]string `json:"labels,omitempty"`
	internal int
}

func main() {
	u := User{ID: 1, Name: "Ann", Password: "secret", Score: 9.5, Addr: &Address{Street: "Main 1"}, internal: 7}
	b, err := json.Marshal(u)
	fmt.Println(string(b), err)

	b, _ = json.MarshalIndent(User{ID: 2, Name: "Bob", Labels: map[string]string{"z": "1", "a": "2"}}, "", "  ")
	fmt.Println(string(b))
}
