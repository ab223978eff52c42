package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"
)

type Status int

const (
	Active Status = iota + 1
	Suspended
	Closed
)

func (s Status) String() string {
	switch s {
	case Active:
		return "active"
	case Suspended:
		return "suspended"
	case Closed:
		return "closed"
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

func (s Status) MarshalJSON() ([]byte, error) { return json.Marshal(s.String()) }

func (s *Status) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return err
	}
	for _, c := range []Status{Active, Suspended, Closed} {
		if c.String() == str {
			*s = c
			return nil
		}
	}
	return fmt.Errorf("unknown status %q", str)
}

type Address struct {
	City    string `json:"city"`
	Country string `json:"country,omitempty"`
}

type Account struct {
	ID       int               `json:"id"`
	Owner    string            `json:"owner"`
	Email    string            `json:"email,omitempty"`
	Balance  float64           `json:"balance"`
	Status   Status            `json:"status"`
	Opened   time.Time         `json:"opened"`
	Address  *Address          `json:"address,omitempty"`
	Labels   map[string]string `json:"labels,omitempty"`
	internal string
	Skip     string `json:"-"`
}

func main() {
	opened := time.Date(2021, 6, 15, 9, 30, 0, 0, time.UTC)
	accts := []Account{
		{ID: 1, Owner: "Ann", Email: "ann@example.com", Balance: 1234.5, Status: Active, Opened: opened,
			Address: &Address{City: "Oslo", Country: "NO"}, Labels: map[string]string{"tier": "gold", "beta": "yes"}, internal: "x", Skip: "y"},
		{ID: 2, Owner: "Bob", Balance: -20, Status: Suspended, Opened: opened.AddDate(1, 2, 3)},
		{ID: 3, Owner: "Ça Va <&>", Status: Closed, Opened: opened.Add(-time.Hour), Address: &Address{City: "Paris"}},
	}
	b, err := json.Marshal(accts[1])
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(accts[0], "", "  ")
	fmt.Println(string(b))
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.Encode(accts[2])
	b, _ = json.Marshal(accts[2])
	fmt.Println(string(b))

	var back []Account
	all, _ := json.Marshal(accts)
	if err := json.Unmarshal(all, &back); err != nil {
		fmt.Println("unmarshal:", err)
	}
	for _, a := range back {
		city := "-"
		if a.Address != nil {
			city = a.Address.City
		}
		fmt.Printf("%d %-10s %9.2f %-10v %s %s %d labels\n", a.ID, a.Owner, a.Balance, a.Status, a.Opened.Format("2006-01-02"), city, len(a.Labels))
	}
	var s Status
	err = json.Unmarshal([]byte(`"frozen"`), &s)
	fmt.Println("status err:", err)
	err = json.Unmarshal([]byte(`{"id":"seven"}`), &back[0])
	fmt.Println("type err:", err)
	var ute *json.UnmarshalTypeError
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		ute = e
		fmt.Println("field:", ute.Field, "value:", ute.Value, "type:", ute.Type)
	}
	fmt.Println(strings.Count(string(all), "\"status\""), Status(9), []Status{Active, Closed})
	raw := json.RawMessage(`{"keep":"as is"}`)
	wrapper := struct {
		Kind string          `json:"kind"`
		Data json.RawMessage `json:"data"`
		N    json.Number     `json:"n"`
	}{"raw", raw, json.Number("12.50")}
	b, _ = json.Marshal(wrapper)
	fmt.Println(string(b))
}
