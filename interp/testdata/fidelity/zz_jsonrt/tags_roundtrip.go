package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
	Zip    string `json:"zip,omitempty"`
}

type Customer struct {
	ID       int             `json:"id"`
	Name     string          `json:"name"`
	Email    string          `json:"email,omitempty"`
	Tags     []string        `json:"tags"`
	Address  *Address        `json:"address,omitempty"`
	Prefs    map[string]bool `json:"prefs,omitempty"`
	Balance  float64         `json:"balance,string"`
	Internal string          `json:"-"`
	Dash     string          `json:"-,"`
	notes    string
	Extra    map[string]any `json:"extra,omitempty"`
}

func main() {
	cs := []Customer{
		{ID: 1, Name: "Ann", Email: "ann@x.io", Tags: []string{"vip"}, Address: &Address{"1 Main St", "Springfield", ""},
			Prefs: map[string]bool{"sms": false, "email": true}, Balance: 12.5, Internal: "secret", Dash: "d", notes: "n"},
		{ID: 2, Name: "Bob <bob>", Balance: -3, Extra: map[string]any{"score": 9.5, "ok": true, "list": []int{1, 2}}},
	}
	b, err := json.Marshal(cs)
	fmt.Println(string(b), err)

	var back []Customer
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println("unmarshal:", err)
	}
	fmt.Printf("%+v\n", back[0].Address)
	fmt.Println(back[0].Internal == "", back[0].notes == "", back[1].Tags == nil, back[1].Extra["list"])
	fmt.Printf("%T %v\n", back[1].Extra["score"], back[0].Prefs)

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	enc.Encode(cs[1])

	dec := json.NewDecoder(strings.NewReader(`{"id": 7, "name": "Cy", "balance": "1.25", "unknown": 1}`))
	dec.DisallowUnknownFields()
	var c Customer
	fmt.Println(dec.Decode(&c), c.ID, c.Balance)
	err = json.Unmarshal([]byte(`{"id": "seven"}`), &c)
	var ute *json.UnmarshalTypeError
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		ute = e
	}
	fmt.Println(err, ute.Field, ute.Value)
	err = json.Unmarshal([]byte(`{"id": 1,}`), &c)
	fmt.Println(err)
}
