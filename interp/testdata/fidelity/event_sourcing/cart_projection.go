package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

type Envelope struct {
	Seq  int             `json:"seq"`
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

type ItemAdded struct {
	SKU   string `json:"sku"`
	Qty   int    `json:"qty"`
	Price int    `json:"price"`
}

type ItemRemoved struct {
	SKU string `json:"sku"`
}

type Cart struct {
	Lines map[string]ItemAdded
	Seq   int
}

func (c *Cart) Apply(e Envelope) error {
	switch e.Type {
	case "item_added":
		var ev ItemAdded
		if err := json.Unmarshal(e.Data, &ev); err != nil {
			return fmt.Errorf("seq %d: %w", e.Seq, err)
		}
		line := c.Lines[ev.SKU]
		line.SKU, line.Price = ev.SKU, ev.Price
		line.Qty += ev.Qty
		c.Lines[ev.SKU] = line
	case "item_removed":
		var ev ItemRemoved
		if err := json.Unmarshal(e.Data, &ev); err != nil {
			return fmt.Errorf("seq %d: %w", e.Seq, err)
		}
		delete(c.Lines, ev.SKU)
	default:
		return fmt.Errorf("seq %d: unknown event %q", e.Seq, e.Type)
	}
	c.Seq = e.Seq
	return nil
}

const stream = `[
 {"seq":1,"type":"item_added","data":{"sku":"pen","qty":2,"price":150}},
 {"seq":2,"type":"item_added","data":{"sku":"pad","qty":1,"price":499}},
 {"seq":3,"type":"item_added","data":{"sku":"pen","qty":3,"price":150}},
 {"seq":4,"type":"coupon","data":{}},
 {"seq":5,"type":"item_removed","data":{"sku":"pad"}},
 {"seq":6,"type":"item_added","data":{"sku":"ink","qty":"two","price":900}},
 {"seq":7,"type":"item_added","data":{"sku":"ink","qty":1,"price":900}}
]`

func main() {
	var events []Envelope
	if err := json.Unmarshal([]byte(stream), &events); err != nil {
		panic(err)
	}

	cart := &Cart{Lines: map[string]ItemAdded{}}
	for _, e := range events {
		if err := cart.Apply(e); err != nil {
			fmt.Println("skip:", err)
		}
	}

	skus := make([]string, 0, len(cart.Lines))
	for s := range cart.Lines {
		skus = append(skus, s)
	}
	sort.Strings(skus)
	total := 0
	for _, s := range skus {
		l := cart.Lines[s]
		total += l.Qty * l.Price
		fmt.Printf("%-4s x%d @ %d\n", l.SKU, l.Qty, l.Price)
	}
	fmt.Println("total:", total, "at seq", cart.Seq)

	out, _ := json.Marshal(cart.Lines)
	fmt.Println(string(out))
}
