package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Visitor func(path string, v any)

func Walk(path string, v any, visit Visitor) {
	visit(path, v)
	switch t := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			Walk(path+"."+k, t[k], visit)
		}
	case []any:
		for i, e := range t {
			Walk(fmt.Sprintf("%s[%d]", path, i), e, visit)
		}
	}
}

func main() {
	raw := `{"name":"svc","replicas":3,"ports":[80,443],"env":{"DEBUG":false,"LEVEL":"info"},"tags":null}`
	var doc any
	if err := json.Unmarshal([]byte(raw), &doc); err != nil {
		panic(err)
	}

	Walk("$", doc, func(p string, v any) {
		switch v.(type) {
		case map[string]any, []any:
			return
		}
		fmt.Printf("%-14s %-7T %v\n", p, v, v)
	})

	kinds := map[string]int{}
	Walk("$", doc, func(_ string, v any) {
		kinds[strings.TrimPrefix(fmt.Sprintf("%T", v), "map[string]interface {}")]++
	})
	fmt.Println(kinds)
}
