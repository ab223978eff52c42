package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"
)

type Money int64

func (m Money) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%d.%02d"`, m/100, m%100)), nil
}

func (m *Money) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("money: %w", err)
	}
	var whole, cents int64
	if _, err := fmt.Sscanf(s, "%d.%d", &whole, &cents); err != nil {
		return fmt.Errorf("money %q: %v", s, err)
	}
	*m = Money(whole*100 + cents)
	return nil
}

type Audit struct {
	CreatedBy string    `json:"created_by"`
	CreatedAt time.Time `json:"created_at"`
}

type Line struct {
	SKU   string `json:"sku"`
	Qty   int    `json:"qty"`
	Price Money  `json:"price"`
}

type Order struct {
	ID       string            `json:"id"`
	Lines    []Line            `json:"lines"`
	Notes    string            `json:"notes,omitempty"`
	Meta     map[string]string `json:"meta,omitempty"`
	Discount *Money            `json:"discount"`
	internal int
	Audit
}

func (o Order) Total() Money {
	var t Money
	for _, l := range o.Lines {
		t += Money(l.Qty) * l.Price
	}
	if o.Discount != nil {
		t -= *o.Discount
	}
	return t
}

func main() {
	d := Money(250)
	o := Order{
		ID:       "ord-7",
		Lines:    []Line{{"pen", 3, 199}, {"pad", 1, 1250}},
		Meta:     map[string]string{"z": "last", "a": "first"},
		Discount: &d,
		internal: 99,
		Audit:    Audit{"ann", time.Date(2024, 2, 29, 8, 30, 0, 0, time.UTC)},
	}
	b, err := json.Marshal(o)
	fmt.Println(string(b), err)
	var back Order
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.ID, back.Total(), *back.Discount, back.CreatedAt.Weekday(), back.internal)

	in := `{"id":"ord-8","lines":[{"sku":"ink","qty":2,"price":"3.05"}],"discount":null,"notes":"rush","created_by":"bob","extra":true}`
	var o2 Order
	fmt.Println(json.Unmarshal([]byte(in), &o2), o2.Discount == nil, o2.Total(), o2.Notes, o2.CreatedBy, o2.CreatedAt.IsZero())
	bad := `{"lines":[{"price":"abc"}]}`
	fmt.Println(json.Unmarshal([]byte(bad), &o2))
	bad2 := `{"lines":[{"qty":"two"}]}`
	err = json.Unmarshal([]byte(bad2), &o2)
	var te *json.UnmarshalTypeError
	if ok := asType(err, &te); ok {
		fmt.Println("type error at", te.Field, "value", te.Value, te.Type)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(map[string]any{"order": o2.ID, "lines": len(o2.Lines), "skus": []string{o2.Lines[0].SKU}})
	var generic map[string]any
	json.NewDecoder(strings.NewReader(in)).Decode(&generic)
	fmt.Println(generic["lines"], generic["extra"], generic["discount"] == nil)
}

func asType(err error, te **json.UnmarshalTypeError) bool {
	t, ok := err.(*json.UnmarshalTypeError)
	if ok {
		*te = t
	}
	return ok
}
