package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

var levelNames = []string{"debug", "info", "warn", "error"}

func (l Level) MarshalJSON() ([]byte, error) {
	if l < 0 || int(l) >= len(levelNames) {
		return nil, fmt.Errorf("level %d out of range", int(l))
	}
	return json.Marshal(levelNames[l])
}

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		var n int
		if err2 := json.Unmarshal(b, &n); err2 == nil {
			*l = Level(n)
			return nil
		}
		return fmt.Errorf("level: %w", err)
	}
	for i, n := range levelNames {
		if strings.EqualFold(n, s) {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", s)
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

type Target struct {
	Name    string            `json:"name"`
	URL     string            `json:"url,omitempty"`
	Timeout Duration          `json:"timeout"`
	Headers map[string]string `json:"headers,omitempty"`
	Retries *int              `json:"retries,omitempty"`
}

type Config struct {
	Version  int               `json:"version"`
	LogLevel Level             `json:"log_level"`
	Targets  []Target          `json:"targets"`
	Labels   map[string]string `json:"labels,omitempty"`
	secret   string
	Ignored  string `json:"-"`
	Dash     string `json:"-,"`
}

func (c *Config) Validate() error {
	var errs []error
	seen := map[string]bool{}
	for i, t := range c.Targets {
		if t.Name == "" {
			errs = append(errs, fmt.Errorf("targets[%d]: name required", i))
		}
		if seen[t.Name] {
			errs = append(errs, fmt.Errorf("targets[%d]: duplicate %q", i, t.Name))
		}
		seen[t.Name] = true
		if t.Timeout.Duration <= 0 {
			errs = append(errs, fmt.Errorf("targets[%d]: timeout must be positive", i))
		}
	}
	return errors.Join(errs...)
}

const input = `{
  "version": 2,
  "log_level": "WARN",
  "targets": [
    {"name": "api", "url": "https://api.example", "timeout": "1.5s", "headers": {"X-B": "2", "X-A": "1"}, "retries": 3},
    {"name": "db", "timeout": "250ms"},
    {"name": "api", "timeout": "0s"}
  ],
  "secret": "hunter2",
  "-": "dash field",
  "extra": true
}`

func main() {
	var c Config
	if err := json.Unmarshal([]byte(input), &c); err != nil {
		fmt.Println("unmarshal:", err)
		return
	}
	t0 := c.Targets[0]
	t0.Retries = nil
	fmt.Printf("%+v\n", t0)
	fmt.Println(c.LogLevel, c.secret == "", c.Dash, *c.Targets[0].Retries, c.Targets[1].Retries == nil)
	if err := c.Validate(); err != nil {
		fmt.Println("invalid:", strings.ReplaceAll(err.Error(), "\n", "; "))
	}
	c.Targets = c.Targets[:2]
	c.Labels = map[string]string{"zone": "b", "app": "x"}
	c.secret, c.Ignored = "s", "i"
	out, err := json.MarshalIndent(c, "", "  ")
	fmt.Println(string(out), err)
	var back Config
	err = json.Unmarshal(out, &back)
	fmt.Println(err, back.Targets[0].Timeout, back.LogLevel == c.LogLevel, len(back.Labels))
	for _, in := range []string{`{"log_level": 1}`, `{"log_level": "fatal"}`, `{"log_level": true}`, `{"targets": [{"timeout": "soon"}]}`, `{"version": "2"}`} {
		var x Config
		err := json.Unmarshal([]byte(in), &x)
		var ute *json.UnmarshalTypeError
		fmt.Printf("%-38s level=%d err=%v typeErr=%t\n", in, x.LogLevel, err, errors.As(err, &ute))
	}
	_, err = json.Marshal(Config{LogLevel: 9})
	fmt.Println(err)
}
