package main

import (
	"fmt"
	"time"
)

func main() {
	inputs := []string{"2024-03-10", "2024-13-01", "10/03/2024"}
	for _, in := range inputs {
		t, err := time.Parse("2006-01-02", in)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(t, t.Weekday())
	}
	t, err := time.Parse(time.RFC3339, "2024-06-01T12:30:00+02:00")
	fmt.Println(t, err)
	fmt.Println(t.UTC())

	_, off := t.Zone()
	fmt.Println(off)

	loc := time.FixedZone("EST", -5*3600)
	t2, _ := time.ParseInLocation("2006-01-02 15:04", "2024-01-01 09:00", loc)
	fmt.Println(t2, t2.In(time.UTC))
}
