package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
)

const dotenv = `
# service settings
APP_NAME=shop
APP_ENV=staging
HOME_DIR=/srv/${APP_NAME}
LOG_DIR=${HOME_DIR}/logs
DATA_URL="postgres://${DB_USER:-admin}@db/${APP_NAME}_${APP_ENV}"
GREETING='no ${expansion} in single quotes'
LOOP_A=${LOOP_B}
LOOP_B=${LOOP_A}
export PATH_EXTRA=$HOME_DIR/bin
`

type Env struct {
	raw    map[string]string
	single map[string]bool
	cache  map[string]string
}

var ErrCycle = errors.New("cycle")

func parseEnv(src string) *Env {
	e := &Env{raw: map[string]string{}, single: map[string]bool{}, cache: map[string]string{}}
	for _, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		line = strings.TrimPrefix(line, "export ")
		k, v, _ := strings.Cut(line, "=")
		switch {
		case len(v) >= 2 && v[0] == '\'' && v[len(v)-1] == '\'':
			v = v[1 : len(v)-1]
			e.single[k] = true
		case len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"':
			v = v[1 : len(v)-1]
		}
		e.raw[k] = v
	}
	return e
}

func (e *Env) Get(key string, visiting map[string]bool) (string, error) {
	if v, ok := e.cache[key]; ok {
		return v, nil
	}
	if visiting[key] {
		return "", fmt.Errorf("%s: %w", key, ErrCycle)
	}
	raw, ok := e.raw[key]
	if !ok {
		return "", nil
	}
	if e.single[key] {
		return raw, nil
	}
	visiting[key] = true
	defer delete(visiting, key)
	var firstErr error
	out := os.Expand(raw, func(name string) string {
		def := ""
		if n, d, ok := strings.Cut(name, ":-"); ok {
			name, def = n, d
		}
		v, err := e.Get(name, visiting)
		if err != nil && firstErr == nil {
			firstErr = fmt.Errorf("%s -> %w", key, err)
		}
		if v == "" {
			return def
		}
		return v
	})
	if firstErr != nil {
		return "", firstErr
	}
	e.cache[key] = out
	return out, nil
}

func main() {
	env := parseEnv(dotenv)
	keys := make([]string, 0, len(env.raw))
	for k := range env.raw {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v, err := env.Get(k, map[string]bool{})
		if err != nil {
			fmt.Printf("%-10s ERROR %v (cycle=%t)\n", k, err, errors.Is(err, ErrCycle))
			continue
		}
		fmt.Printf("%-10s %s\n", k, v)
	}
	fmt.Println(len(env.cache), os.Expand("$X-${Y}!", func(s string) string { return "<" + s + ">" }))
}
