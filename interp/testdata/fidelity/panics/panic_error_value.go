package main

import (
	"fmt"
	"os"
)

type ConfigError struct {
	Key string
}

func (c *ConfigError) Error() string { return "missing config key " + c.Key }

func mustGet(cfg map[string]string, key string) string {
	v, ok := cfg[key]
	if !ok {
		panic(&ConfigError{key})
	}
	return v
}

func main() {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Println("error:", err)
			var ce *ConfigError
			ce, _ = err.(*ConfigError)
			fmt.Println("key:", ce.Key)
			os.Exit(3)
		}
	}()
	cfg := map[string]string{"host": "localhost"}
	fmt.Println(mustGet(cfg, "host"))
	fmt.Println(mustGet(cfg, "port"))
}
