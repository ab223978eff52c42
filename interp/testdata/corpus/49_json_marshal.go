package main

import (
	"encoding/json"
	"fmt"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
}

type User struct {
	ID       int               `json:"id"`
	Name     string            `json:"name"`
	Email    string            `json:"email,omitempty"`
	Password string            `json:"-"`
	Tags     []string          `json:"tags"`
	Address  *Address          `json:"address,omitempty"`
	Meta     map[string]string `json:"meta,omitempty"`
	private  int
}

func main() {
	u := User{ID: 1, Name: "Ann", Password: "secret", Tags: []string{"admin", "dev"}, private: 5}
	b, err := json.Marshal(u)
	fmt.Println(string(b), err)

	u.Email = "ann@example.com"
	u.Address = &Address{"1 Main St", "Springfield"}
	u.Meta = map[string]string{"z": "last", "a": "first"}
	pretty, _ := json.MarshalIndent(u, "", "  ")
	fmt.Println(string(pretty))

	nums, _ := json.Marshal([]float64{1, 2.5, 1e21})
	fmt.Println(string(nums))
	m, _ := json.Marshal(map[string]any{"b": true, "a": nil, "c": "<tag>"})
	fmt.Println(string(m))
}
