package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%.1fC"`, float64(c))), nil
}

func (c *Celsius) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	var v float64
	_, err := fmt.Sscanf(strings.TrimSuffix(s, "C"), "%g", &v)
	*c = Celsius(v)
	return err
}

type Reading struct {
	Sensor string  `json:"sensor"`
	Temp   Celsius `json:"temp"`
}

func main() {
	r := Reading{"kitchen", 21.456}
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)

	var back Reading
	err = json.Unmarshal([]byte(`{"sensor":"attic","temp":"30.5C"}`), &back)
	fmt.Println(back.Sensor, float64(back.Temp), err)

	b, _ = json.Marshal([]Celsius{1, 2})
	fmt.Println(string(b))
}
