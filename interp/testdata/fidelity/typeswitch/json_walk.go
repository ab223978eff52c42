package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

func walk(path string, v any, out *[]string) {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			walk(path+"."+k, x[k], out)
		}
	case []any:
		for i, e := range x {
			walk(fmt.Sprintf("%s[%d]", path, i), e, out)
		}
	case string:
		*out = append(*out, fmt.Sprintf("%s = %q", path, x))
	case float64:
		*out = append(*out, fmt.Sprintf("%s = %g", path, x))
	case bool:
		*out = append(*out, fmt.Sprintf("%s = %t", path, x))
	case nil:
		*out = append(*out, path+" = null")
	}
}

func main() {
	doc := `{"name":"gopad","version":1.5,"tags":["go","jupyter"],"meta":{"stable":false,"owner":null}}`
	var v any
	if err := json.Unmarshal([]byte(doc), &v); err != nil {
		panic(err)
	}
	var lines []string
	walk("$", v, &lines)
	fmt.Println(strings.Join(lines, "\n"))
}
