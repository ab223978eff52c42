package main

import (
	"fmt"
	"os"
	"strings"
)

type Config map[string]string

func (c Config) Int(key string, def int) int {
	v, ok := c[key]
	if !ok {
		return def
	}
	var n int
	if _, err := fmt.Sscanf(v, "%d", &n); err != nil {
		fmt.Fprintf(os.Stdout, "warning: %s=%q is not a number\n", key, v)
		return def
	}
	return n
}

func (c Config) Bool(key string) (value, present bool) {
	v, ok := c[key]
	if !ok {
		return false, false
	}
	switch strings.ToLower(v) {
	case "1", "true", "yes", "on":
		return true, true
	}
	return false, true
}

func main() {
	c := Config{"port": "8080", "workers": "four", "debug": "Yes", "cache": "off"}

	fmt.Println(c.Int("port", 80), c.Int("workers", 2), c.Int("timeout", 30))

	for _, k := range []string{"debug", "cache", "verbose"} {
		v, ok := c.Bool(k)
		fmt.Printf("%s: value=%v present=%v\n", k, v, ok)
	}

	var nilCfg Config
	v, ok := nilCfg["anything"]
	fmt.Printf("%q %v %d\n", v, ok, len(nilCfg))

	var iface any = c
	if m, ok := iface.(Config); ok {
		fmt.Println("is Config with", len(m), "keys")
	}
	_, isMap := iface.(map[string]string)
	fmt.Println("plain map:", isMap)
}
