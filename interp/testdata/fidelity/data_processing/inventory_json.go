package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU      string  `json:"sku"`
	Name     string  `json:"name"`
	Qty      int     `json:"qty"`
	Price    float64 `json:"price"`
	Discount float64 `json:"discount,omitempty"`
}

type Warehouse struct {
	Name  string `json:"name"`
	Items []Item `json:"items"`
}

type ValidationError struct {
	SKU    string
	Reason string
}

func (v *ValidationError) Error() string {
	return fmt.Sprintf("sku %s: %s", v.SKU, v.Reason)
}

func (w Warehouse) Validate() error {
	seen := map[string]bool{}
	for _, it := range w.Items {
		switch {
		case seen[it.SKU]:
			return &ValidationError{it.SKU, "duplicate"}
		case it.Qty < 0:
			return &ValidationError{it.SKU, fmt.Sprintf("negative qty %d", it.Qty)}
		case it.Discount > 0.5:
			return &ValidationError{it.SKU, "discount too high"}
		}
		seen[it.SKU] = true
	}
	return nil
}

func (w Warehouse) Value() float64 {
	v := 0.0
	for _, it := range w.Items {
		v += float64(it.Qty) * it.Price * (1 - it.Discount)
	}
	return v
}

const payload = `[
 {"name": "Berlin", "items": [
   {"sku": "A-1", "name": "bolt", "qty": 500, "price": 0.1},
   {"sku": "B-7", "name": "drill", "qty": 4, "price": 89.9, "discount": 0.15},
   {"sku": "C-3", "name": "saw", "qty": 11, "price": 24.5}
 ]},
 {"name": "Lyon", "items": [
   {"sku": "A-1", "name": "bolt", "qty": 120, "price": 0.12},
   {"sku": "A-1", "name": "bolt", "qty": 3, "price": 0.12}
 ]},
 {"name": "Porto", "items": [
   {"sku": "Z-9", "name": "glue", "qty": -2, "price": 3}
 ]},
 {"name": "Oslo", "items": []}
]`

func main() {
	var whs []Warehouse
	if err := json.Unmarshal([]byte(payload), &whs); err != nil {
		fmt.Println("decode:", err)
		return
	}
	var valid []Warehouse
	for _, w := range whs {
		if err := w.Validate(); err != nil {
			var ve *ValidationError
			if errors.As(err, &ve) {
				fmt.Printf("%-7s invalid (%s): %v\n", w.Name, ve.Reason, err)
			}
			continue
		}
		valid = append(valid, w)
	}
	sort.Slice(valid, func(i, j int) bool { return valid[i].Value() > valid[j].Value() })
	for _, w := range valid {
		fmt.Printf("%-7s items=%d value=%9.2f\n", w.Name, len(w.Items), w.Value())
	}

	totals := map[string]int{}
	for _, w := range valid {
		for _, it := range w.Items {
			totals[it.Name] += it.Qty
		}
	}
	summary, _ := json.MarshalIndent(totals, "", "\t")
	fmt.Println(string(summary))

	report := struct {
		Count      int      `json:"count"`
		Warehouses []string `json:"warehouses"`
		Top        *Item    `json:"top,omitempty"`
		Empty      []Item   `json:"empty"`
		Nil        []Item   `json:"nil"`
		Nested     [][2]int `json:"nested"`
	}{Count: len(valid), Empty: []Item{}, Nested: [][2]int{{1, 2}, {3, 4}}}
	for _, w := range valid {
		report.Warehouses = append(report.Warehouses, strings.ToUpper(w.Name))
	}
	report.Top = &valid[0].Items[1]
	b, err := json.Marshal(report)
	fmt.Println(string(b), err)

	var bad Warehouse
	err = json.Unmarshal([]byte(`{"name": 5}`), &bad)
	var te *json.UnmarshalTypeError
	fmt.Println(err, errors.As(err, &te))
	if te != nil {
		fmt.Println(te.Field, te.Value, te.Type)
	}
	var se *json.SyntaxError
	err = json.Unmarshal([]byte(`{"name": }`), &bad)
	fmt.Println(errors.As(err, &se), se.Offset)
}
