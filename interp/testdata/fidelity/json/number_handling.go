package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

func main() {
	dec := json.NewDecoder(strings.NewReader(`{"id": 9007199254740993, "ratio": 0.5}`))
	dec.UseNumber()
	var m map[string]any
	dec.Decode(&m)
	id := m["id"].(json.Number)
	fmt.Println(id, id.String())

	i, err := id.Int64()
	fmt.Println(i, err)

	f, _ := m["ratio"].(json.Number).Float64()
	fmt.Println(f)

	var plain map[string]any
	json.Unmarshal([]byte(`{"id": 9007199254740993}`), &plain)
	fmt.Printf("%.0f\n", plain["id"])

	var u8 uint8
	fmt.Println(json.Unmarshal([]byte(`300`), &u8), u8)
}
