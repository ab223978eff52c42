// encoding/json struct tags: renaming, omitempty, "-", string option,
// embedded structs, pointers and MarshalIndent.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"time"
)

type Audit struct {
	CreatedBy string `json:"created_by"`
	Revision  int    `json:"rev,omitempty"`
}

type Item struct {
	Audit
	ID       int               `json:"id"`
	Name     string            `json:"name"`
	Price    float64           `json:"price,string"`
	Tags     []string          `json:"tags,omitempty"`
	Attrs    map[string]string `json:"attrs,omitempty"`
	Discount *float64          `json:"discount"`
	Secret   string            `json:"-"`
	Dash     string            `json:"-,"`
	internal int
	Timeout  time.Duration `json:"timeout"`
}

func main() {
	d := 0.15
	items := []Item{
		{Audit: Audit{"ann", 3}, ID: 1, Name: "lamp", Price: 19.99, Tags: []string{"home"}, Discount: &d, Secret: "x", Dash: "dash", internal: 7, Timeout: 1500 * time.Millisecond},
		{Audit: Audit{CreatedBy: "bob"}, ID: 2, Name: "desk", Price: 120, Attrs: map[string]string{"wood": "oak", "color": "brown"}},
	}
	b, err := json.Marshal(items[1])
	fmt.Println(string(b), err)

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(items[0])

	var back []Item
	data, _ := json.Marshal(items)
	if err := json.Unmarshal(data, &back); err != nil {
		fmt.Println("unmarshal:", err)
		return
	}
	fmt.Println(len(back), back[0].Name, back[0].Price, *back[0].Discount, back[0].Secret == "", back[0].Dash, back[0].Timeout)
	fmt.Println(back[1].Discount == nil, back[1].Attrs["wood"], back[1].CreatedBy, back[1].Revision)

	var generic []map[string]any
	json.Unmarshal(data, &generic)
	fmt.Println(generic[0]["price"], generic[0]["id"], generic[1]["tags"])
	fmt.Printf("%T %T\n", generic[0]["id"], generic[0]["price"])

	in := `{"id": 9, "name": "chair", "price": "45.5", "unknown": true, "created_by": "cy"}`
	var it Item
	err = json.Unmarshal([]byte(in), &it)
	fmt.Printf("%+v %v\n", it.Audit, err)
	fmt.Println(it.ID, it.Name, it.Price)

	bad := `{"id": "nine"}`
	err = json.Unmarshal([]byte(bad), &it)
	fmt.Println(err)
	var ute *json.UnmarshalTypeError
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		ute = e
		fmt.Println(ute.Field, ute.Value, ute.Type)
	}
}
