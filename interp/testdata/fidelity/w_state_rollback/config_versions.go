package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Config map[string]string

type Change struct {
	Key      string
	Old, New *string
}

func (c Change) String() string {
	switch {
	case c.Old == nil:
		return fmt.Sprintf("+ %s=%q", c.Key, *c.New)
	case c.New == nil:
		return fmt.Sprintf("- %s (was %q)", c.Key, *c.Old)
	default:
		return fmt.Sprintf("~ %s: %q -> %q", c.Key, *c.Old, *c.New)
	}
}

func Diff(a, b Config) []Change {
	keys := map[string]struct{}{}
	for k := range a {
		keys[k] = struct{}{}
	}
	for k := range b {
		keys[k] = struct{}{}
	}
	var out []Change
	for _, k := range slices.Sorted(maps.Keys(keys)) {
		av, aok := a[k]
		bv, bok := b[k]
		switch {
		case aok && bok && av == bv:
		case aok && bok:
			out = append(out, Change{k, &av, &bv})
		case aok:
			out = append(out, Change{Key: k, Old: &av})
		default:
			out = append(out, Change{Key: k, New: &bv})
		}
	}
	return out
}

type History struct {
	versions []Config
}

func (h *History) Commit(c Config) int {
	h.versions = append(h.versions, maps.Clone(c))
	return len(h.versions) - 1
}

func (h *History) At(v int) (Config, error) {
	if v < 0 || v >= len(h.versions) {
		return nil, fmt.Errorf("version %d not in [0,%d)", v, len(h.versions))
	}
	return maps.Clone(h.versions[v]), nil
}

func main() {
	var h History
	cur := Config{"host": "localhost", "port": "8080"}
	h.Commit(cur)
	cur["port"] = "9090"
	cur["debug"] = "true"
	h.Commit(cur)
	delete(cur, "host")
	cur["tls"] = "on"
	v := h.Commit(cur)
	for i := 1; i <= v; i++ {
		prev, _ := h.At(i - 1)
		next, _ := h.At(i)
		fmt.Printf("v%d -> v%d:\n", i-1, i)
		for _, c := range Diff(prev, next) {
			fmt.Println("  ", c)
		}
	}
	old, err := h.At(0)
	fmt.Println(old, err)
	_, err = h.At(7)
	fmt.Println(err)
	old["host"] = "mutated"
	again, _ := h.At(0)
	fmt.Println(again["host"], len(h.versions))
	changes := Diff(again, cur)
	fmt.Printf("%v\n", changes)
	fmt.Printf("%d %s\n", len(changes), strings.Repeat("=", len(changes)))
}
