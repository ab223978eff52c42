package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

const doc = `{
  "name": "gopad",
  "version": 3,
  "tags": ["go", "jupyter", "kernel"],
  "owner": {"login": "gopher", "id": 42, "admin": true},
  "releases": [
    {"tag": "v1.0.0", "downloads": 1200, "notes": null},
    {"tag": "v1.1.0", "downloads": 3400.5, "assets": ["linux", "mac"]}
  ],
  "score": 4.75
}`

func query(v any, path string) (any, error) {
	if path == "" {
		return v, nil
	}
	for _, part := range strings.Split(path, ".") {
		name, idx := part, -1
		if i := strings.Index(part, "["); i >= 0 && strings.HasSuffix(part, "]") {
			n, err := strconv.Atoi(part[i+1 : len(part)-1])
			if err != nil {
				return nil, fmt.Errorf("bad index in %q", part)
			}
			name, idx = part[:i], n
		}
		if name != "" {
			m, ok := v.(map[string]any)
			if !ok {
				return nil, fmt.Errorf("%q: not an object (%T)", name, v)
			}
			if v, ok = m[name]; !ok {
				return nil, fmt.Errorf("%q: no such key", name)
			}
		}
		if idx >= 0 {
			arr, ok := v.([]any)
			if !ok {
				return nil, fmt.Errorf("[%d]: not an array (%T)", idx, v)
			}
			if idx >= len(arr) {
				return nil, fmt.Errorf("[%d]: out of range (len %d)", idx, len(arr))
			}
			v = arr[idx]
		}
	}
	return v, nil
}

func main() {
	var root any
	if err := json.Unmarshal([]byte(doc), &root); err != nil {
		fmt.Println("parse:", err)
		return
	}
	paths := []string{"name", "version", "tags[1]", "owner.login", "owner.admin", "releases[1].downloads",
		"releases[0].notes", "releases[1].assets[0]", "releases[2]", "owner.email", "tags.x", "score", ""}
	for _, p := range paths {
		v, err := query(root, p)
		if err != nil {
			fmt.Printf("%-24s error: %v\n", p, err)
			continue
		}
		b, _ := json.Marshal(v)
		if len(b) > 60 {
			b = append(b[:57], "..."...)
		}
		fmt.Printf("%-24s %-8T %s\n", p, v, b)
	}
	m := root.(map[string]any)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("keys:", keys)

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(m["owner"])
	out, _ := json.MarshalIndent(map[string]any{"ok": true, "list": []int{1, 2}, "nested": map[string]string{"b": "2", "a": "1"}}, ">", "\t")
	fmt.Println(string(out))

	dec := json.NewDecoder(strings.NewReader(`{"a":[1,"x",true,null],"b":{"c":1.5}}`))
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case json.Delim:
			if t == '}' || t == ']' {
				depth--
			}
			fmt.Printf("%s%v\n", strings.Repeat("  ", depth), t)
			if t == '{' || t == '[' {
				depth++
			}
		default:
			fmt.Printf("%s%T %v\n", strings.Repeat("  ", depth), t, t)
		}
	}
	var bad any
	err := json.Unmarshal([]byte(`{"a":}`), &bad)
	fmt.Println("bad:", err)
	var se *json.SyntaxError
	fmt.Println(fmt.Sprintf("%T", err), se == nil)
}
