package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

var levelNames = []string{"debug", "info", "warn"}

func (l Level) String() string { return levelNames[l] }

func (l Level) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

func (l *Level) UnmarshalText(b []byte) error {
	for i, n := range levelNames {
		if strings.EqualFold(n, string(b)) {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", b)
}

type Timeout struct{ time.Duration }

func (t Timeout) MarshalJSON() ([]byte, error) { return json.Marshal(t.String()) }

func (t *Timeout) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	d, err := time.ParseDuration(s)
	t.Duration = d
	return err
}

type Rule struct {
	Name     string            `json:"name"`
	Level    Level             `json:"level"`
	Timeout  Timeout           `json:"timeout"`
	Labels   map[Level]string  `json:"labels,omitempty"`
	Note     string            `json:"note,omitempty"`
	Limits   struct{ Max int } `json:"limits,omitzero"`
	internal int
}

func main() {
	rules := []Rule{
		{Name: "cpu", Level: Warn, Timeout: Timeout{90 * time.Second}, Labels: map[Level]string{Warn: "w", Debug: "d"}},
		{Name: "disk", Level: Info, Timeout: Timeout{time.Minute}, Note: "weekly", internal: 7},
	}
	rules[1].Limits.Max = 80
	b, err := json.MarshalIndent(rules, "", "  ")
	fmt.Println(string(b), err)

	var back []Rule
	err = json.Unmarshal(b, &back)
	fmt.Println(err, len(back))
	for _, r := range back {
		fmt.Printf("%s %v %v %v %+v\n", r.Name, r.Level, r.Timeout, r.Labels, r.Limits)
	}
	fmt.Printf("%+v\n", back[1])
	var bad Rule
	err = json.Unmarshal([]byte(`{"name":"x","level":"fatal"}`), &bad)
	fmt.Println("error:", err)
	err = json.Unmarshal([]byte(`{"timeout":"3 parsecs"}`), &bad)
	fmt.Println("error:", err)
	m := map[string]any{"lvl": Info, "t": Timeout{1500 * time.Millisecond}, "n": nil}
	b, _ = json.Marshal(m)
	fmt.Println(string(b))
}
