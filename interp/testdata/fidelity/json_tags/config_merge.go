// Layered configuration: defaults, a JSON file and overrides merged into
// a struct, then validated and printed back as indented JSON.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type DB struct {
	Host    string            `json:"host"`
	Port    int               `json:"port"`
	Pool    int               `json:"pool,omitempty"`
	Options map[string]string `json:"options,omitempty"`
}

type Config struct {
	Name     string   `json:"name"`
	Debug    bool     `json:"debug"`
	DB       DB       `json:"db"`
	Replicas []DB     `json:"replicas"`
	Features []string `json:"features,omitempty"`
}

func defaults() Config {
	return Config{Name: "app", DB: DB{Host: "localhost", Port: 5432, Pool: 4}}
}

func (c Config) Validate() error {
	var errs []error
	if c.DB.Port <= 0 || c.DB.Port > 65535 {
		errs = append(errs, fmt.Errorf("db.port %d out of range", c.DB.Port))
	}
	for i, r := range c.Replicas {
		if r.Host == "" {
			errs = append(errs, fmt.Errorf("replicas[%d].host empty", i))
		}
	}
	return errors.Join(errs...)
}

const file = `{
  "name": "shop",
  "db": {"port": 6543, "options": {"sslmode": "require"}},
  "replicas": [{"host": "r1", "port": 5432}, {"port": 5433}],
  "features": ["search", "cart"]
}`

func main() {
	cfg := defaults()
	if err := json.Unmarshal([]byte(file), &cfg); err != nil {
		fmt.Println("parse:", err)
		return
	}
	fmt.Printf("%s debug=%v db=%s:%d pool=%d opts=%v\n", cfg.Name, cfg.Debug, cfg.DB.Host, cfg.DB.Port, cfg.DB.Pool, cfg.DB.Options)

	overrides := map[string]any{"debug": true, "db": map[string]any{"pool": 16}}
	ob, _ := json.Marshal(overrides)
	json.Unmarshal(ob, &cfg)
	fmt.Println(cfg.Debug, cfg.DB.Pool, cfg.DB.Host, cfg.DB.Options["sslmode"])

	if err := cfg.Validate(); err != nil {
		fmt.Println("invalid:", strings.Split(err.Error(), "\n"))
	}
	cfg.Replicas[1].Host = "r2"
	fmt.Println("valid:", cfg.Validate() == nil)

	out, _ := json.MarshalIndent(cfg, "", "\t")
	fmt.Println(string(out))

	var partial struct {
		Name string `json:"name"`
		DB   struct {
			Port json.Number `json:"port"`
		} `json:"db"`
	}
	json.Unmarshal(out, &partial)
	fmt.Println(partial.Name, partial.DB.Port)
}
