package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"
)

type Base struct {
	ID      int       `json:"id"`
	Created time.Time `json:"created"`
}

type Status int

const (
	Active Status = iota + 1
	Suspended
)

func (s Status) MarshalJSON() ([]byte, error) {
	return json.Marshal(strings.ToLower(s.String()))
}

func (s *Status) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return err
	}
	switch str {
	case "active":
		*s = Active
	case "suspended":
		*s = Suspended
	default:
		return fmt.Errorf("bad status %q", str)
	}
	return nil
}

func (s Status) String() string {
	switch s {
	case Active:
		return "Active"
	case Suspended:
		return "Suspended"
	}
	return "Unknown"
}

type User struct {
	Base
	Name    string          `json:"name"`
	Email   string          `json:"email,omitempty"`
	Status  Status          `json:"status"`
	Tags    []string        `json:"tags"`
	Meta    map[string]any  `json:"meta,omitempty"`
	Extra   json.RawMessage `json:"extra,omitempty"`
	private string
	Prefs   *map[string]bool `json:"prefs,omitempty"`
}

type Event struct {
	Kind    string `json:"kind"`
	Payload any    `json:"payload"`
}

func main() {
	t0 := time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
	u := User{Base: Base{7, t0}, Name: "Ann", Status: Active, Tags: nil, Meta: map[string]any{"age": 31, "admin": true}, private: "x"}
	b, err := json.Marshal(u)
	fmt.Println(string(b), err)
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(u)
	in := `{"id": 9, "created": "2023-01-02T03:04:05Z", "name": "Bob", "status": "suspended", "tags": ["x","y"], "extra": {"k": [1,2]}, "unknown": 1}`
	var v User
	if err := json.Unmarshal([]byte(in), &v); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%+v\n", v)
	fmt.Println(v.ID, v.Created.Year(), v.Status, string(v.Extra), len(v.Tags))
	err = json.Unmarshal([]byte(`{"status": "deleted"}`), &v)
	fmt.Println(err)
	events := []Event{{"login", map[string]string{"user": "ann"}}, {"count", 3}, {"user", u.Base}}
	out, _ := json.Marshal(events)
	fmt.Println(string(out))
	var back []Event
	json.Unmarshal(out, &back)
	for _, e := range back {
		fmt.Printf("%s %T %v\n", e.Kind, e.Payload, e.Payload)
	}
	dec := json.NewDecoder(strings.NewReader(`{"a":1} {"a":2.5} [1,2]`))
	for {
		var x any
		if err := dec.Decode(&x); err != nil {
			fmt.Println("done:", err)
			break
		}
		fmt.Printf("%T %v\n", x, x)
	}
	var n json.Number
	d2 := json.NewDecoder(strings.NewReader(`123456789012345678`))
	d2.UseNumber()
	var anyv any
	d2.Decode(&anyv)
	n = anyv.(json.Number)
	i64, _ := n.Int64()
	fmt.Println(n, i64)
	bad := json.Unmarshal([]byte(`{"id": "x"}`), &v)
	fmt.Println(bad)
	pretty, _ := json.MarshalIndent(map[string][]int{"b": {2}, "a": {1, 1}}, ">", "\t")
	fmt.Println(string(pretty))
}
