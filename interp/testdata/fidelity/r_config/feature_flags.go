package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Rule struct {
	Attr   string   `json:"attr"`
	Values []string `json:"values,omitempty"`
	Pct    *int     `json:"pct,omitempty"`
}

type Flag struct {
	Name    string `json:"name"`
	Enabled bool   `json:"enabled"`
	Rules   []Rule `json:"rules,omitempty"`
	note    string
}

type User map[string]string

func hash(s string) int {
	h := 0
	for _, c := range s {
		h = (h*31 + int(c)) % 1000
	}
	return h
}

func (f Flag) On(u User) bool {
	if !f.Enabled {
		return false
	}
	for _, r := range f.Rules {
		if r.Pct != nil {
			if hash(u["id"]+f.Name)%100 >= *r.Pct {
				return false
			}
			continue
		}
		match := false
		for _, v := range r.Values {
			if strings.EqualFold(u[r.Attr], v) {
				match = true
			}
		}
		if !match {
			return false
		}
	}
	return true
}

const cfg = `[
 {"name": "dark-mode", "enabled": true},
 {"name": "beta-search", "enabled": true, "rules": [{"attr": "country", "values": ["NL", "de"]}]},
 {"name": "new-billing", "enabled": true, "rules": [{"attr": "pct", "pct": 50}]},
 {"name": "legacy", "enabled": false, "extra": 1}
]`

func main() {
	var flags []Flag
	if err := json.Unmarshal([]byte(cfg), &flags); err != nil {
		fmt.Println("error:", err)
		return
	}
	users := []User{{"id": "u1", "country": "nl"}, {"id": "u2", "country": "US"}, {"id": "u3", "country": "DE"}}
	for _, f := range flags {
		var on []string
		for _, u := range users {
			if f.On(u) {
				on = append(on, u["id"])
			}
		}
		fmt.Printf("%-12s %v\n", f.Name, on)
	}
	flags[0].note = "internal"
	out, _ := json.Marshal(flags[:2])
	fmt.Println(string(out))
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(flags[2])
	var bad []Flag
	err := json.Unmarshal([]byte(`[{"name": 5}]`), &bad)
	fmt.Println(err)
	var raw []map[string]any
	json.Unmarshal([]byte(cfg), &raw)
	fmt.Println(len(raw), raw[3]["extra"], raw[1]["rules"])
}
