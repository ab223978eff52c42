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
	Pending Status = iota
	Active
	Closed
)

var statusNames = []string{"pending", "active", "closed"}

func (s Status) MarshalJSON() ([]byte, error) {
	return json.Marshal(statusNames[s])
}

func (s *Status) UnmarshalJSON(b []byte) error {
	var name string
	if err := json.Unmarshal(b, &name); err != nil {
		return err
	}
	for i, n := range statusNames {
		if n == name {
			*s = Status(i)
			return nil
		}
	}
	return fmt.Errorf("unknown status %q", name)
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

type Ticket struct {
	ID       int            `json:"id"`
	Title    string         `json:"title"`
	Status   Status         `json:"status"`
	Estimate Duration       `json:"estimate"`
	Tags     []string       `json:"tags,omitempty"`
	Assignee *string        `json:"assignee"`
	Meta     map[string]any `json:"meta,omitempty"`
	internal string
	Created  time.Time         `json:"created"`
	Labels   map[string]string `json:"-"`
}

func main() {
	who := "dana"
	tickets := []Ticket{
		{ID: 1, Title: "Fix login", Status: Active, Estimate: Duration{90 * time.Minute},
			Tags: []string{"auth", "bug"}, Assignee: &who, internal: "x",
			Created: time.Date(2024, 3, 1, 9, 30, 0, 0, time.UTC)},
		{ID: 2, Title: "Write <docs> & more", Status: Pending, Estimate: Duration{2*time.Hour + 15*time.Second},
			Meta: map[string]any{"points": 3, "epic": "Q2"}, Created: time.Date(2024, 3, 2, 0, 0, 0, 0, time.FixedZone("CET", 3600))},
	}
	b, err := json.Marshal(tickets)
	fmt.Println(string(b), err)

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(tickets[1])

	input := `[{"id":7,"title":"Deploy","status":"closed","estimate":"45m","assignee":null,"meta":{"n":1.5,"ok":true,"list":[1,"a"]},"created":"2024-05-06T07:08:09Z"},
	{"id":8,"title":"Bad","status":"weird","estimate":"1h"}]`
	var back []Ticket
	err = json.Unmarshal([]byte(input), &back)
	fmt.Println("unmarshal error:", err)
	for _, t := range back {
		fmt.Printf("%d %q %v %v %v %v\n", t.ID, t.Title, t.Status, t.Estimate, t.Assignee == nil, t.Created.Format(time.Kitchen))
		for _, k := range []string{"n", "ok", "list"} {
			if v, ok := t.Meta[k]; ok {
				fmt.Printf("  meta %s: %v (%T)\n", k, v, v)
			}
		}
	}

	dec := json.NewDecoder(strings.NewReader(`{"id": 1, "title": "x", "extra": true}`))
	dec.DisallowUnknownFields()
	var t Ticket
	fmt.Println("strict:", dec.Decode(&t))

	var generic map[string]interface{}
	json.Unmarshal([]byte(`{"a":[1,2,{"b":null}],"c":"d","e":1e3}`), &generic)
	fmt.Println(generic["a"], generic["c"], generic["e"])
	raw := json.RawMessage(`{"keep":"as is"}`)
	out, _ := json.Marshal(struct {
		Name string          `json:"name"`
		Raw  json.RawMessage `json:"raw"`
		N    int             `json:"n,string"`
	}{"r", raw, 42})
	fmt.Println(string(out))
}
