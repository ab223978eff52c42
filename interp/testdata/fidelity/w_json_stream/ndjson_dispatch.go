package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

type Envelope struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

type Click struct {
	X, Y   int
	Button string `json:"button,omitempty"`
}

type KeyPress struct {
	Key  string `json:"key"`
	Mods []string
}

type Event interface{ Describe() string }

func (c Click) Describe() string    { return fmt.Sprintf("click %s at %d,%d", c.Button, c.X, c.Y) }
func (k KeyPress) Describe() string { return fmt.Sprintf("key %q mods=%v", k.Key, k.Mods) }

var ErrUnknownType = errors.New("unknown event type")

func decode(env Envelope) (Event, error) {
	switch env.Type {
	case "click":
		var c Click
		err := json.Unmarshal(env.Data, &c)
		return c, err
	case "key":
		var k KeyPress
		if err := json.Unmarshal(env.Data, &k); err != nil {
			return nil, fmt.Errorf("key payload: %w", err)
		}
		return k, nil
	}
	return nil, fmt.Errorf("%q: %w", env.Type, ErrUnknownType)
}

func main() {
	input := `{"type":"click","data":{"X":3,"Y":4,"button":"left"}}
{"type":"key","data":{"key":"a","Mods":["ctrl","shift"]}}
{"type":"scroll","data":{"dy":-3}}
{"type":"key","data":{"key":5}}
{"type":"click","data":{"X":10,"Y":0}}
`
	dec := json.NewDecoder(strings.NewReader(input))
	var events []Event
	for {
		var env Envelope
		err := dec.Decode(&env)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("decode:", err)
			return
		}
		ev, err := decode(env)
		var te *json.UnmarshalTypeError
		switch {
		case errors.Is(err, ErrUnknownType):
			fmt.Println("skip", err, string(env.Data))
		case errors.As(err, &te):
			fmt.Printf("bad field %s: got %s want %v\n", te.Field, te.Value, te.Type)
		case err != nil:
			fmt.Println("error", err)
		default:
			events = append(events, ev)
		}
	}
	for i, e := range events {
		fmt.Printf("%d %-28s %T %+v\n", i, e.Describe(), e, e)
	}
	out, _ := json.Marshal(events)
	fmt.Println(string(out))
	fmt.Println(dec.InputOffset())
}
