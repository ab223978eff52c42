package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Status int

const (
	Active Status = iota + 1
	Suspended
)

func (s Status) MarshalText() ([]byte, error) {
	switch s {
	case Active:
		return []byte("active"), nil
	case Suspended:
		return []byte("suspended"), nil
	}
	return nil, fmt.Errorf("bad status %d", int(s))
}

func (s *Status) UnmarshalText(b []byte) error {
	switch string(b) {
	case "active":
		*s = Active
	case "suspended":
		*s = Suspended
	default:
		return fmt.Errorf("unknown status %q", b)
	}
	return nil
}

type Duration struct{ time.Duration }

func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := time.ParseDuration(s)
	d.Duration = v
	return err
}

type Account struct {
	ID       int               `json:"id"`
	Name     string            `json:"name"`
	Email    string            `json:"email,omitempty"`
	Status   Status            `json:"status"`
	Timeout  Duration          `json:"timeout"`
	Labels   map[Status]string `json:"labels,omitempty"`
	Password string            `json:"-"`
	Created  time.Time         `json:"created"`
	Extra    *json.RawMessage  `json:"extra,omitempty"`
}

func main() {
	a := Account{ID: 1, Name: "Ann", Status: Active, Timeout: Duration{90 * time.Second},
		Labels: map[Status]string{Suspended: "was", Active: "is"}, Password: "secret",
		Created: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)}
	b, err := json.MarshalIndent(a, "", "  ")
	fmt.Println(string(b), err)
	in := `{"id": 2, "name": "Bob", "status": "suspended", "timeout": "1m30s", "created": "2023-05-06T07:08:09Z", "extra": {"k": [1, 2]}, "unknown": true}`
	var back Account
	err = json.Unmarshal([]byte(in), &back)
	fmt.Printf("%+v %v %v %s\n", back.Status, back.Timeout, back.Created.Year(), *back.Extra)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"status": "gone"}`), &back)
	fmt.Println(err)
	dec := json.NewDecoder(strings.NewReader(`{"id": 3, "bogus": 1}`))
	dec.DisallowUnknownFields()
	var c Account
	fmt.Println(dec.Decode(&c))
	_, err = json.Marshal(Account{Status: 9})
	fmt.Println(err)
	var anyv map[string]any
	json.Unmarshal(b, &anyv)
	fmt.Println(anyv["timeout"], anyv["labels"], len(anyv))
}
