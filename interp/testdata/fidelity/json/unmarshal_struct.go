package main

import (
	"encoding/json"
	"fmt"
)

type Item struct {
	SKU   string   `json:"sku"`
	Qty   int      `json:"qty"`
	Price float64  `json:"price"`
	Tags  []string `json:"tags"`
}

type Order struct {
	ID    string `json:"id"`
	Items []Item `json:"items"`
	Note  *string
}

func main() {
	data := `{"id":"A-1","items":[{"sku":"x1","qty":2,"price":3.5,"tags":["new"]},{"sku":"y2","qty":1,"price":10}],"note":"leave at door","extra":true}`
	var o Order
	if err := json.Unmarshal([]byte(data), &o); err != nil {
		fmt.Println("error:", err)
		return
	}
	total := 0.0
	for _, it := range o.Items {
		total += float64(it.Qty) * it.Price
		fmt.Printf("%+v\n", it)
	}
	fmt.Println(o.ID, total, *o.Note)

	var bad Order
	err := json.Unmarshal([]byte(`{"id": 5}`), &bad)
	fmt.Println(err)

	err = json.Unmarshal([]byte(`{"id": "x",}`), &bad)
	fmt.Println(err)
}
