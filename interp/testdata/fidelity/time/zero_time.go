package main

import (
	"fmt"
	"time"
)

type Event struct {
	Name string
	At   time.Time
	Dur  time.Duration
}

func main() {
	var t time.Time
	fmt.Println(t.IsZero(), t)

	e := Event{Name: "launch", At: time.Date(2025, 7, 4, 9, 30, 0, 0, time.UTC), Dur: 90 * time.Minute}
	fmt.Printf("%v\n", e)
	fmt.Printf("%+v\n", e)
	fmt.Println(e.At.Add(e.Dur).Format("15:04"))
	fmt.Println(time.Month(5), time.Saturday, time.Month(13))
}
