package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"
)

type Duration struct{ time.Duration }

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return fmt.Errorf("bad duration %q: %w", s, err)
	}
	d.Duration = v
	return nil
}

func (d Duration) MarshalJSON() ([]byte, error) {
	return json.Marshal(d.String())
}

type Server struct {
	Host    string   `json:"host"`
	Port    int      `json:"port,omitempty"`
	Tags    []string `json:"tags"`
	Timeout Duration `json:"timeout"`
	secret  string
}

type Config struct {
	Name    string            `json:"name"`
	Servers []Server          `json:"servers"`
	Labels  map[string]string `json:"labels,omitempty"`
	Debug   *bool             `json:"debug"`
	Extra   json.RawMessage   `json:"extra"`
}

const input = `{
  "name": "prod",
  "servers": [
    {"host": "a.example.com", "port": 8080, "tags": ["web"], "timeout": "1.5s"},
    {"host": "b.example.com", "tags": null, "timeout": "250ms"}
  ],
  "labels": {"team": "core", "env": "prod"},
  "extra": {"retries": 3, "backoff": [1, 2, 4]},
  "unknown": true
}`

func main() {
	var cfg Config
	if err := json.Unmarshal([]byte(input), &cfg); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("name=%s servers=%d debug=%v\n", cfg.Name, len(cfg.Servers), cfg.Debug)
	for _, s := range cfg.Servers {
		fmt.Printf("  %s:%d tags=%v nil=%t timeout=%v\n", s.Host, s.Port, s.Tags, s.Tags == nil, s.Timeout.Duration)
	}
	fmt.Println("extra:", string(cfg.Extra))

	var extra map[string]interface{}
	json.Unmarshal(cfg.Extra, &extra)
	fmt.Printf("retries %v (%T) backoff %v\n", extra["retries"], extra["retries"], extra["backoff"])

	out, err := json.MarshalIndent(cfg, "", "  ")
	if err != nil {
		fmt.Println(err)
	}
	fmt.Println(string(out))

	dec := json.NewDecoder(strings.NewReader(input))
	dec.DisallowUnknownFields()
	var strict Config
	fmt.Println("strict:", dec.Decode(&strict))

	var bad Config
	err = json.Unmarshal([]byte(`{"servers":[{"timeout":"soon"}]}`), &bad)
	fmt.Println("bad:", err)
	err = json.Unmarshal([]byte(`{"name": 5}`), &bad)
	fmt.Println("type:", err)

	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(map[string]any{"b": "<x>", "a": []int{1, 2}, "c": nil})
	os.Stdout.Write(buf.Bytes())

	var anyv interface{}
	json.Unmarshal([]byte(`[1, "two", {"three": 3.5}, null, true]`), &anyv)
	for _, v := range anyv.([]interface{}) {
		fmt.Printf("%T %v\n", v, v)
	}
}
