package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Path []string

func (p Path) String() string {
	if len(p) == 0 {
		return "$"
	}
	return "$." + strings.Join(p, ".")
}

type Leaf struct {
	At    Path
	Value any
}

func walk(p Path, v any, out *[]Leaf) {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			walk(append(p[:len(p):len(p)], k), x[k], out)
		}
	case []any:
		for i, e := range x {
			walk(append(p[:len(p):len(p)], fmt.Sprint(i)), e, out)
		}
	default:
		*out = append(*out, Leaf{p, x})
	}
}

const doc = `{"name":"svc","port":8080,"ratio":0.25,"big":12345678901234567890,
 "tags":["a","b",null],"owner":{"id":7,"email":"x@y.z","active":true},
 "limits":[{"cpu":"2"},{"mem":512}]}`

func main() {
	var v any
	if err := json.Unmarshal([]byte(doc), &v); err != nil {
		fmt.Println(err)
		return
	}
	var leaves []Leaf
	walk(nil, v, &leaves)
	for _, l := range leaves {
		fmt.Printf("%-18v %-22v %T\n", l.At, l.Value, l.Value)
	}
	d := json.NewDecoder(bytes.NewReader([]byte(doc)))
	d.UseNumber()
	var m map[string]any
	d.Decode(&m)
	n := m["big"].(json.Number)
	_, err := n.Int64()
	fmt.Printf("%v %T %q %v\n", n, n, n.String(), err)
	p, _ := m["port"].(json.Number).Int64()
	fmt.Println(p+1, m["owner"])
	fmt.Printf("%v\n", leaves[len(leaves)-1])
	fmt.Printf("%+v\n", leaves[0])
	var buf bytes.Buffer
	json.Indent(&buf, []byte(`{"a":[1,2],"b":{}}`), ">", "\t")
	fmt.Println(buf.String())
	fmt.Println(json.Valid([]byte(`{"a":}`)), json.Valid([]byte(`[1]`)))
}
