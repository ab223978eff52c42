package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

func Decode[T any](s string) (T, error) {
	var v T
	err := json.Unmarshal([]byte(s), &v)
	return v, err
}

type Page[T any] struct {
	Items []T  `json:"items"`
	Next  *int `json:"next"`
	Total int  `json:"total"`
}

type Repo struct {
	Name  string `json:"name"`
	Stars int    `json:"stars"`
	Lang  string `json:"language"`
}

func walk(prefix string, v any, out *[]string) {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			walk(prefix+"."+k, x[k], out)
		}
	case []any:
		for i, e := range x {
			walk(fmt.Sprintf("%s[%d]", prefix, i), e, out)
		}
	case float64:
		*out = append(*out, fmt.Sprintf("%s = %g (number)", prefix, x))
	case string:
		*out = append(*out, fmt.Sprintf("%s = %q", prefix, x))
	case bool:
		*out = append(*out, fmt.Sprintf("%s = %t", prefix, x))
	case nil:
		*out = append(*out, prefix+" = null")
	}
}

func main() {
	p, err := Decode[Page[Repo]](`{"items":[{"name":"yaegi","stars":7000,"language":"Go"},{"name":"gopad","stars":12,"language":"Go"}],"next":2,"total":40}`)
	fmt.Println(err, len(p.Items), *p.Next, p.Total)
	for _, r := range p.Items {
		fmt.Printf("  %-6s %5d %s\n", r.Name, r.Stars, r.Lang)
	}
	last, err := Decode[Page[string]](`{"items":["a","b"],"next":null,"total":2}`)
	fmt.Println(last.Items, last.Next == nil, err)
	nums, err := Decode[[]float64](`[1, 2.5, -3e2]`)
	fmt.Println(nums, err)
	_, err = Decode[map[string]int](`{"a": 1.5}`)
	fmt.Println(err)

	doc, _ := Decode[any](`{"user":{"name":"ann","roles":["admin","dev"],"active":true,"manager":null},"version":3}`)
	var lines []string
	walk("$", doc, &lines)
	fmt.Println(strings.Join(lines, "\n"))
	num, _ := Decode[json.Number](`12345678901234567890`)
	fmt.Println(num, num.String())
	dec := json.NewDecoder(strings.NewReader(`{"big": 12345678901234567890}`))
	dec.UseNumber()
	var m map[string]any
	dec.Decode(&m)
	fmt.Printf("%T %v\n", m["big"], m["big"])
}
