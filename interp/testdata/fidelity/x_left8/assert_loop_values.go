package main

import "fmt"

// A config loader's values of several types, asserted to the type each
// key should have, the failures collected as errors.
type Seconds int
type Host string
type Ports []int
type Env map[string]string

type Check struct {
	Key  string
	Want string
}

func get(key string, v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: %v", key, r)
		}
	}()
	switch key {
	case "timeout", "retries":
		_ = v.(int)
	case "host":
		_ = v.(string)
	case "ports":
		_ = v.([]int)
	case "env":
		_ = v.(map[string]string)
	}
	return nil
}

func main() {
	values := map[string]any{
		"timeout": Seconds(30),
		"retries": 3,
		"host":    Host("example.org"),
		"ports":   Ports{80, 443},
		"env":     Env{"A": "1"},
	}
	for _, k := range []string{"env", "host", "ports", "retries", "timeout"} {
		if err := get(k, values[k]); err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Println("ok:", k)
		}
	}
}
