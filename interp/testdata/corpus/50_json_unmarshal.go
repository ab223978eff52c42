package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

type Item struct {
	Name  string  `json:"name"`
	Price float64 `json:"price"`
	Qty   int     `json:"qty"`
}

type Order struct {
	ID    string `json:"id"`
	Items []Item `json:"items"`
	Paid  bool   `json:"paid"`
}

func main() {
	data := `{"id":"A17","paid":true,"items":[{"name":"pen","price":1.5,"qty":4},{"name":"book","price":12,"qty":1}],"extra":1}`
	var o Order
	if err := json.Unmarshal([]byte(data), &o); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%+v\n", o)
	total := 0.0
	for _, it := range o.Items {
		total += it.Price * float64(it.Qty)
	}
	fmt.Printf("total %.2f\n", total)

	var generic map[string]any
	json.Unmarshal([]byte(data), &generic)
	keys := make([]string, 0)
	for k := range generic {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %T\n", k, generic[k])
	}

	var bad Order
	err := json.Unmarshal([]byte(`{"id": 5}`), &bad)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"id": `), &bad)
	fmt.Println(err)
}
