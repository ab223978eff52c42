package main

import (
	"errors"
	"fmt"
)

type ConfigError struct {
	Key string
	Err error
}

func (e *ConfigError) Error() string { return "config " + e.Key + ": " + e.Err.Error() }
func (e *ConfigError) Unwrap() error { return e.Err }

var ErrMissing = errors.New("missing value")

func mustGet(m map[string]string, key string) string {
	v, ok := m[key]
	if !ok {
		panic(&ConfigError{key, ErrMissing})
	}
	return v
}

func main() {
	cfg := map[string]string{"host": "localhost", "port": "8080"}
	fmt.Println(mustGet(cfg, "host"), mustGet(cfg, "port"))
	defer fmt.Println("deferred print runs before the crash")
	fmt.Println(mustGet(cfg, "user"))
	fmt.Println("unreachable")
}
