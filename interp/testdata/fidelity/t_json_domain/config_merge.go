package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
)

type Duration struct{ Seconds int }

func (d Duration) MarshalText() ([]byte, error) { return []byte(strconv.Itoa(d.Seconds) + "s"), nil }

func (d *Duration) UnmarshalText(b []byte) error {
	s := string(b)
	if len(s) < 2 || s[len(s)-1] != 's' {
		return fmt.Errorf("bad duration %q", s)
	}
	n, err := strconv.Atoi(s[:len(s)-1])
	if err != nil {
		return err
	}
	d.Seconds = n
	return nil
}

type Server struct {
	Host    string   `json:"host"`
	Port    int      `json:"port"`
	Timeout Duration `json:"timeout"`
	TLS     *bool    `json:"tls,omitempty"`
}

type Config struct {
	Servers map[string]Server `json:"servers"`
	Debug   bool              `json:"debug"`
	Limits  [2]int            `json:"limits"`
}

func merge(base, over map[string]any) map[string]any {
	out := maps.Clone(base)
	for k, v := range over {
		if bm, ok := out[k].(map[string]any); ok {
			if om, ok := v.(map[string]any); ok {
				out[k] = merge(bm, om)
				continue
			}
		}
		out[k] = v
	}
	return out
}

func main() {
	base := `{"servers":{"api":{"host":"localhost","port":8080,"timeout":"30s"}},"debug":false,"limits":[10,20]}`
	override := `{"servers":{"api":{"port":9090},"db":{"host":"db.local","port":5432,"timeout":"5s","tls":true}},"debug":true}`
	var b, o map[string]any
	json.Unmarshal([]byte(base), &b)
	json.Unmarshal([]byte(override), &o)
	merged := merge(b, o)
	data, _ := json.Marshal(merged)
	fmt.Println(string(data))
	var cfg Config
	if err := json.Unmarshal(data, &cfg); err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, name := range slices.Sorted(maps.Keys(cfg.Servers)) {
		s := cfg.Servers[name]
		tls := "default"
		if s.TLS != nil {
			tls = strconv.FormatBool(*s.TLS)
		}
		fmt.Printf("%-4s %s:%d timeout=%+v tls=%s\n", name, s.Host, s.Port, s.Timeout, tls)
	}
	fmt.Println(cfg.Debug, cfg.Limits)
	out, _ := json.MarshalIndent(cfg.Servers["db"], "", "\t")
	fmt.Println(string(out))
	err := json.Unmarshal([]byte(`{"servers":{"x":{"timeout":"soon"}}}`), &cfg)
	fmt.Println(err)
	var se *json.SyntaxError
	err = json.Unmarshal([]byte(`{"debug": tru}`), &cfg)
	fmt.Println(errors.As(err, &se), err)
	var n json.Number
	dec := json.Unmarshal([]byte(`12345678901234567890`), &n)
	fmt.Println(n, dec, n.String())
}
