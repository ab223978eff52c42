// Layered configuration: named map types checked with assertions.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Settings map[string]string
type Overrides map[string]string
type Flags []string

type Source interface{}

func merge(sources ...Source) (Settings, error) {
	out := Settings{}
	for i, s := range sources {
		switch v := s.(type) {
		case Settings:
			for k, x := range v {
				if _, ok := out[k]; !ok {
					out[k] = x
				}
			}
		case Overrides:
			for k, x := range v {
				out[k] = x
			}
		case Flags:
			for _, f := range v {
				k, x, _ := strings.Cut(strings.TrimPrefix(f, "--"), "=")
				out[k] = x
			}
		case map[string]string:
			return nil, fmt.Errorf("source %d: untyped map, want Settings or Overrides", i)
		default:
			return nil, errors.New("bad source")
		}
	}
	return out, nil
}

func dump(s Settings) {
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %s=%s\n", k, s[k])
	}
}

func main() {
	defaults := Settings{"port": "80", "host": "localhost"}
	env := Overrides{"port": "8080"}
	cli := Flags{"--debug=true", "--host=example.org"}
	cfg, err := merge(defaults, env, cli)
	fmt.Println("err:", err)
	dump(cfg)

	_, err = merge(defaults, map[string]string{"x": "y"})
	fmt.Println("err:", err)

	var src Source = env
	_, isSettings := src.(Settings)
	_, isOverrides := src.(Overrides)
	fmt.Println(isSettings, isOverrides)
	fmt.Printf("%T %T %v\n", src, Source(cli), Source(cli))
}
