package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339))
	fmt.Println(t.Format(time.RFC3339Nano))
	fmt.Println(t.Format(time.Kitchen))
	fmt.Println(t.Format("2006-01-02 15:04:05.000"))
	fmt.Println(t.Format("Mon Jan _2 03:04PM"))
	fmt.Println(t.Format(time.DateOnly), t.Format(time.TimeOnly))
	fmt.Println(t.Format("02/01/06 MST -0700"))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay())

	y, w := t.ISOWeek()
	fmt.Println(y, w)
	fmt.Printf("%v|%d|%s\n", t.Month(), t.Month(), t.Weekday())
}
