package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Path []any

func (p Path) String() string {
	var b strings.Builder
	b.WriteString("$")
	for _, s := range p {
		switch v := s.(type) {
		case string:
			b.WriteString("." + v)
		case int:
			fmt.Fprintf(&b, "[%d]", v)
		}
	}
	return b.String()
}

type Visitor func(p Path, v any)

func walk(p Path, v any, visit Visitor) {
	visit(p, v)
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			walk(append(p[:len(p):len(p)], k), x[k], visit)
		}
	case []any:
		for i, e := range x {
			walk(append(p[:len(p):len(p)], i), e, visit)
		}
	}
}

func kind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "bool"
	case float64:
		return "number"
	case json.Number:
		return "Number"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return fmt.Sprintf("%T", v)
}

type Diff struct {
	Path     string
	Old, New any
}

func diff(p Path, a, b any, out *[]Diff) {
	ma, okA := a.(map[string]any)
	mb, okB := b.(map[string]any)
	if okA && okB {
		keys := map[string]bool{}
		for k := range ma {
			keys[k] = true
		}
		for k := range mb {
			keys[k] = true
		}
		ks := make([]string, 0, len(keys))
		for k := range keys {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		for _, k := range ks {
			diff(append(p[:len(p):len(p)], k), ma[k], mb[k], out)
		}
		return
	}
	la, okA := a.([]any)
	lb, okB := b.([]any)
	if okA && okB {
		for i := 0; i < max(len(la), len(lb)); i++ {
			var x, y any
			if i < len(la) {
				x = la[i]
			}
			if i < len(lb) {
				y = lb[i]
			}
			diff(append(p[:len(p):len(p)], i), x, y, out)
		}
		return
	}
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if !bytes.Equal(ja, jb) {
		*out = append(*out, Diff{p.String(), a, b})
	}
}

const before = `{"name":"svc","replicas":3,"ports":[80,443],"env":{"MODE":"prod","DEBUG":false},"tags":null,"ratio":0.25}`
const after = `{"name":"svc","replicas":5,"ports":[80,8443,9000],"env":{"MODE":"prod","TRACE":true},"tags":["a"],"ratio":0.25,"big":12345678901234567890}`

func main() {
	var a, b any
	if err := json.Unmarshal([]byte(before), &a); err != nil {
		panic(err)
	}
	dec := json.NewDecoder(strings.NewReader(after))
	dec.UseNumber()
	if err := dec.Decode(&b); err != nil {
		panic(err)
	}
	counts := map[string]int{}
	walk(nil, b, func(p Path, v any) {
		counts[kind(v)]++
		if len(p) == 2 {
			fmt.Printf("%-14v %-7s %v\n", p, kind(v), v)
		}
	})
	fmt.Println(counts)
	var ds []Diff
	diff(nil, a, b, &ds)
	for _, d := range ds {
		fmt.Printf("%-12s %v -> %v (%s→%s)\n", d.Path, d.Old, d.New, kind(d.Old), kind(d.New))
	}
	m := b.(map[string]any)
	n := m["big"].(json.Number)
	_, ierr := n.Int64()
	f, _ := n.Float64()
	fmt.Println(n, ierr != nil, f, m["replicas"].(json.Number).String())
	out, _ := json.Marshal(ds)
	fmt.Println(string(out))
	fmt.Printf("%v|%+v\n", ds[0], Path{"a", 1, "b"})
}
