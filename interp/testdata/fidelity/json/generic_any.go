package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	var v map[string]any
	json.Unmarshal([]byte(`{"n":1,"f":2.5,"s":"x","b":true,"a":[1,"two",null],"o":{"k":"v"}}`), &v)
	for _, k := range []string{"n", "f", "s", "b", "a", "o", "missing"} {
		fmt.Printf("%s: %T %v\n", k, v[k], v[k])
	}
	n := v["n"].(float64)
	fmt.Println(n + 1)

	out, _ := json.Marshal(v)
	fmt.Println(string(out))

	var arr []any
	json.Unmarshal([]byte(`[1e3, -0, 12345678901234567890]`), &arr)
	fmt.Println(arr)
}
