package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"
)

type Status int

const (
	Pending Status = iota
	Shipped
	Delivered
)

func (s Status) String() string {
	return [...]string{"pending", "shipped", "delivered"}[s]
}

func (s Status) MarshalJSON() ([]byte, error) {
	return json.Marshal(s.String())
}

func (s *Status) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return err
	}
	switch str {
	case "pending":
		*s = Pending
	case "shipped":
		*s = Shipped
	case "delivered":
		*s = Delivered
	default:
		return fmt.Errorf("unknown status %q", str)
	}
	return nil
}

type Item struct {
	SKU   string  `json:"sku"`
	Qty   int     `json:"qty"`
	Price float64 `json:"price"`
}

type Order struct {
	ID       int       `json:"id"`
	Customer string    `json:"customer"`
	Items    []Item    `json:"items"`
	Status   Status    `json:"status"`
	Placed   time.Time `json:"placed"`
	Note     string    `json:"note,omitempty"`
}

func (o Order) Total() float64 {
	var t float64
	for _, it := range o.Items {
		t += float64(it.Qty) * it.Price
	}
	return t
}

const input = `[
 {"id": 1, "customer": "ana", "items": [{"sku": "A1", "qty": 2, "price": 3.5}], "status": "shipped", "placed": "2024-03-01T10:00:00Z"},
 {"id": 2, "customer": "bo", "items": [{"sku": "B2", "qty": 1, "price": 10}, {"sku": "C3", "qty": 4, "price": 0.25}], "status": "pending", "placed": "2024-03-02T11:30:00Z", "note": "gift"},
 {"id": 3, "customer": "cy", "items": [], "status": "delivered", "placed": "2024-02-28T08:15:00Z"}
]`

func main() {
	var orders []Order
	if err := json.Unmarshal([]byte(input), &orders); err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, o := range orders {
		fmt.Printf("#%d %-4s %-9v %6.2f %s\n", o.ID, o.Customer, o.Status, o.Total(), o.Placed.Format("Jan 2 15:04"))
	}
	orders[1].Status = Shipped
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(orders[1]); err != nil {
		fmt.Println(err)
	}
	var bad []Order
	err := json.Unmarshal([]byte(`[{"id": 9, "status": "lost"}]`), &bad)
	fmt.Println("bad:", err)
	err = json.NewDecoder(strings.NewReader(`{"id": "x"}`)).Decode(&Order{})
	fmt.Println("type:", err)
	summary := map[Status]int{}
	for _, o := range orders {
		summary[o.Status]++
	}
	b, _ := json.Marshal(summary)
	fmt.Println(string(b))
}
