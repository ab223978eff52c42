package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
}

type Circle struct {
	R float64 `json:"r"`
}

type Rect struct {
	W float64 `json:"w"`
	H float64 `json:"h"`
}

func (c Circle) Area() float64 { return 3.14 * c.R * c.R }
func (r Rect) Area() float64   { return r.W * r.H }

type envelope struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

type Drawing struct {
	Name   string  `json:"name"`
	Shapes []Shape `json:"-"`
}

func (d Drawing) MarshalJSON() ([]byte, error) {
	var envs []envelope
	for _, s := range d.Shapes {
		data, err := json.Marshal(s)
		if err != nil {
			return nil, err
		}
		t := strings.ToLower(fmt.Sprintf("%T", s)[len("main."):])
		envs = append(envs, envelope{t, data})
	}
	return json.Marshal(struct {
		Name   string     `json:"name"`
		Shapes []envelope `json:"shapes"`
	}{d.Name, envs})
}

func (d *Drawing) UnmarshalJSON(b []byte) error {
	var raw struct {
		Name   string     `json:"name"`
		Shapes []envelope `json:"shapes"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	d.Name = raw.Name
	d.Shapes = nil
	for i, e := range raw.Shapes {
		var s Shape
		switch e.Type {
		case "circle":
			var c Circle
			if err := json.Unmarshal(e.Data, &c); err != nil {
				return err
			}
			s = c
		case "rect":
			var r Rect
			if err := json.Unmarshal(e.Data, &r); err != nil {
				return err
			}
			s = r
		default:
			return fmt.Errorf("shape %d: unknown type %q", i, e.Type)
		}
		d.Shapes = append(d.Shapes, s)
	}
	return nil
}

func total(shapes []Shape) (t float64) {
	for _, s := range shapes {
		t += s.Area()
	}
	return
}

func main() {
	d := Drawing{"plan", []Shape{Circle{1}, Rect{2, 3}, Circle{0.5}}}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)
	var back Drawing
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.Name, len(back.Shapes), fmt.Sprintf("%.3f", total(back.Shapes)))
	for _, s := range back.Shapes {
		fmt.Printf("%T %+v\n", s, s)
	}
	fmt.Println(back.Shapes[1] == Shape(Rect{2, 3}), back.Shapes[0] == d.Shapes[0])
	bad := `{"name":"x","shapes":[{"type":"hexagon","data":{}}]}`
	fmt.Println(json.Unmarshal([]byte(bad), &back))
	nested, _ := json.Marshal(map[string]Drawing{"a": {"inner", []Shape{Rect{1, 1}}}})
	fmt.Println(string(nested))
	ptrs, _ := json.Marshal([]*Drawing{&d, nil})
	fmt.Println(len(ptrs) > 10, strings.HasSuffix(string(ptrs), "null]"))
}
