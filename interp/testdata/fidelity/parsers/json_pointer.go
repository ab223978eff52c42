package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

const doc = `{"store":{"books":[{"title":"Go","price":32.5,"tags":["prog","go"]},{"title":"Rust","price":41}],"open":true,"owner":null}}`

// lookup follows a JSON Pointer (RFC 6901 style) through decoded JSON.
func lookup(v any, ptr string) (any, error) {
	if ptr == "" {
		return v, nil
	}
	for _, part := range strings.Split(ptr[1:], "/") {
		part = strings.ReplaceAll(strings.ReplaceAll(part, "~1", "/"), "~0", "~")
		switch node := v.(type) {
		case map[string]any:
			next, ok := node[part]
			if !ok {
				return nil, fmt.Errorf("key %q not found", part)
			}
			v = next
		case []any:
			i, err := strconv.Atoi(part)
			if err != nil || i < 0 || i >= len(node) {
				return nil, fmt.Errorf("bad index %q (len %d)", part, len(node))
			}
			v = node[i]
		default:
			return nil, fmt.Errorf("cannot index %T with %q", node, part)
		}
	}
	return v, nil
}

func main() {
	var root any
	if err := json.Unmarshal([]byte(doc), &root); err != nil {
		panic(err)
	}

	ptrs := []string{"/store/books/0/title", "/store/books/1/price", "/store/books/0/tags/1",
		"/store/open", "/store/owner", "/store/books/5", "/store/open/x", "/missing"}
	for _, p := range ptrs {
		v, err := lookup(root, p)
		if err != nil {
			fmt.Printf("%-24s error: %v\n", p, err)
			continue
		}
		fmt.Printf("%-24s %T %v\n", p, v, v)
	}
}
