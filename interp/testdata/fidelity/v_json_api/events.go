package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Event interface {
	Kind() string
}

type Click struct {
	X, Y int
}

type Key struct {
	Code  rune
	Shift bool
}

func (Click) Kind() string { return "click" }
func (Key) Kind() string   { return "key" }

type envelope struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

var ErrUnknown = errors.New("unknown event type")

func decode(b []byte) (Event, error) {
	var env envelope
	if err := json.Unmarshal(b, &env); err != nil {
		return nil, fmt.Errorf("envelope: %w", err)
	}
	var ev Event
	switch env.Type {
	case "click":
		var c Click
		if err := json.Unmarshal(env.Data, &c); err != nil {
			return nil, err
		}
		ev = c
	case "key":
		var k Key
		if err := json.Unmarshal(env.Data, &k); err != nil {
			return nil, err
		}
		ev = &k
	default:
		return nil, fmt.Errorf("%q: %w", env.Type, ErrUnknown)
	}
	return ev, nil
}

func encode(e Event) ([]byte, error) {
	data, err := json.Marshal(e)
	if err != nil {
		return nil, err
	}
	return json.Marshal(envelope{Type: e.Kind(), Data: data})
}

func main() {
	inputs := []string{
		`{"type":"click","data":{"X":3,"Y":4}}`,
		`{"type":"key","data":{"Code":97,"Shift":true}}`,
		`{"type":"scroll","data":{}}`,
		`{"type":`,
	}
	var events []Event
	for _, in := range inputs {
		ev, err := decode([]byte(in))
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrUnknown))
			var se *json.SyntaxError
			if errors.As(err, &se) {
				fmt.Println("  syntax at offset", se.Offset)
			}
			continue
		}
		fmt.Printf("%T %+v\n", ev, ev)
		events = append(events, ev)
	}
	for _, ev := range events {
		b, err := encode(ev)
		fmt.Println(string(b), err)
		switch e := ev.(type) {
		case Click:
			fmt.Println("click at", e.X+e.Y)
		case *Key:
			fmt.Printf("key %c shift=%t\n", e.Code, e.Shift)
		}
	}
}
