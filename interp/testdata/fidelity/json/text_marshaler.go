package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

var names = []string{"debug", "info", "warn"}

func (l Level) MarshalText() ([]byte, error) { return []byte(names[l]), nil }

func (l *Level) UnmarshalText(b []byte) error {
	for i, n := range names {
		if strings.EqualFold(n, string(b)) {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", b)
}

type Config struct {
	Level  Level         `json:"level"`
	PerPkg map[Level]int `json:"per_pkg"`
}

func main() {
	c := Config{Warn, map[Level]int{Debug: 1, Info: 2}}
	b, err := json.Marshal(c)
	fmt.Println(string(b), err)

	var back Config
	err = json.Unmarshal([]byte(`{"level":"INFO","per_pkg":{"warn":9}}`), &back)
	fmt.Println(back.Level, back.PerPkg, err)

	err = json.Unmarshal([]byte(`{"level":"loud"}`), &back)
	fmt.Println(err)
}
