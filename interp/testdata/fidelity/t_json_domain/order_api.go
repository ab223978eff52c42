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
	Paid
	Shipped
)

var statusNames = []string{"pending", "paid", "shipped"}

func (s Status) String() string { return statusNames[s] }

func (s Status) MarshalJSON() ([]byte, error) { return json.Marshal(s.String()) }

func (s *Status) UnmarshalJSON(b []byte) error {
	var name string
	if err := json.Unmarshal(b, &name); err != nil {
		return err
	}
	for i, n := range statusNames {
		if n == name {
			*s = Status(i)
			return nil
		}
	}
	return fmt.Errorf("unknown status %q", name)
}

type Line struct {
	SKU   string  `json:"sku"`
	Qty   int     `json:"qty"`
	Price float64 `json:"price"`
}

type Order struct {
	ID       string         `json:"id"`
	Status   Status         `json:"status"`
	Lines    []Line         `json:"lines"`
	Notes    string         `json:"notes,omitempty"`
	Created  time.Time      `json:"created"`
	Meta     map[string]any `json:"meta,omitempty"`
	internal int
	Tags     map[string]string `json:"-"`
}

func (o Order) Total() float64 {
	t := 0.0
	for _, l := range o.Lines {
		t += float64(l.Qty) * l.Price
	}
	return t
}

const payload = `[
 {"id":"A1","status":"paid","lines":[{"sku":"x","qty":2,"price":1.5}],"created":"2024-05-01T12:00:00Z","meta":{"gift":true,"priority":2}},
 {"id":"A2","status":"shipped","lines":[],"created":"2024-05-02T08:30:00Z","notes":"leave at door"},
 {"id":"A3","status":"lost","lines":null,"created":"2024-05-03T00:00:00Z"}
]`

func main() {
	var raw []json.RawMessage
	if err := json.Unmarshal([]byte(payload), &raw); err != nil {
		panic(err)
	}
	var orders []Order
	for i, r := range raw {
		var o Order
		if err := json.Unmarshal(r, &o); err != nil {
			fmt.Printf("order %d: %v\n", i, err)
			continue
		}
		orders = append(orders, o)
	}
	for _, o := range orders {
		fmt.Printf("%s %-8v lines=%d total=%.2f meta=%v created=%s\n", o.ID, o.Status, len(o.Lines), o.Total(), o.Meta, o.Created.Format(time.DateOnly))
	}
	orders[0].Status = Shipped
	orders[0].internal = 7
	orders[0].Tags = map[string]string{"a": "b"}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(orders[0])
	b, _ := json.Marshal(map[string]any{"count": len(orders), "statuses": []Status{Pending, Shipped}, "first": orders[1]})
	fmt.Println(string(b))
	var generic map[string]any
	json.Unmarshal(raw[0], &generic)
	fmt.Printf("%T %v %T\n", generic["meta"], generic["lines"], generic["meta"].(map[string]any)["priority"])
	dec := json.NewDecoder(strings.NewReader(`{"qty": 3, "extra": 1}`))
	dec.DisallowUnknownFields()
	var l Line
	fmt.Println(dec.Decode(&l), l)
}
