package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Event struct {
	Name     string    `json:"name"`
	When     time.Time `json:"when,omitzero"`
	Count    int       `json:"count,omitzero"`
	Tags     []string  `json:"tags,omitempty"`
	Location struct {
		X, Y int
	} `json:"location,omitzero"`
}

func main() {
	b, _ := json.Marshal(Event{Name: "empty"})
	fmt.Println(string(b))

	e := Event{Name: "full", When: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), Count: 2, Tags: []string{"x"}}
	e.Location.X = 1
	b, _ = json.Marshal(e)
	fmt.Println(string(b))
}
