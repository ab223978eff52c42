package main

import (
	"encoding/json"
	"fmt"
	"os"
	"time"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
	Zip    string `json:"zip,omitempty"`
}

type Phone struct {
	Kind   string `json:"kind"`
	Number string `json:"number"`
}

type Customer struct {
	ID        int               `json:"id"`
	Name      string            `json:"name"`
	Email     string            `json:"email,omitempty"`
	Address   *Address          `json:"address,omitempty"`
	Phones    []Phone           `json:"phones"`
	Tags      map[string]string `json:"tags,omitempty"`
	Balance   float64           `json:"balance"`
	Active    bool              `json:"active"`
	Joined    time.Time         `json:"joined"`
	password  string
	Internal  string `json:"-"`
	Score     int    `json:"score,string"`
	Nicknames []string
}

func main() {
	c := Customer{
		ID:       7,
		Name:     "Ada Lovelace",
		Address:  &Address{Street: "12 St James's Square", City: "London"},
		Phones:   []Phone{{"home", "555-0100"}, {"work", "555-0199"}},
		Tags:     map[string]string{"tier": "gold", "region": "eu"},
		Balance:  1234.5,
		Active:   true,
		Joined:   time.Date(2021, 3, 14, 15, 9, 26, 0, time.UTC),
		password: "secret",
		Internal: "hidden",
		Score:    99,
	}
	data, err := json.Marshal(c)
	if err != nil {
		fmt.Println("marshal:", err)
		return
	}
	fmt.Println(string(data))

	var back Customer
	if err := json.Unmarshal(data, &back); err != nil {
		fmt.Println("unmarshal:", err)
		return
	}
	fmt.Printf("%+v\n", *back.Address)
	fmt.Println(back.Name, back.Phones, back.Tags["tier"], back.Joined.Format(time.RFC1123), back.Score)
	fmt.Printf("password=%q internal=%q nicknames=%v nil=%t\n", back.password, back.Internal, back.Nicknames, back.Nicknames == nil)

	minimal := Customer{ID: 1, Name: "Bob"}
	out, _ := json.MarshalIndent(minimal, "", "  ")
	fmt.Println(string(out))

	var generic map[string]any
	json.Unmarshal(data, &generic)
	fmt.Printf("%T %v %T\n", generic["id"], generic["id"], generic["phones"])
	for _, p := range generic["phones"].([]any) {
		m := p.(map[string]any)
		fmt.Println(" -", m["kind"], m["number"])
	}
	bad := []byte(`{"id": "seven", "name": 3}`)
	var c2 Customer
	err = json.Unmarshal(bad, &c2)
	fmt.Println("error:", err)
	var typeErr *json.UnmarshalTypeError
	if te, ok := err.(*json.UnmarshalTypeError); ok {
		typeErr = te
		fmt.Println("field:", typeErr.Field, "value:", typeErr.Value)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.Encode([]Address{{"a", "b", ""}, {"c", "d", "12345"}})
}
