package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Date(2023, 12, 30, 22, 0, 0, 0, time.UTC)
	end := start.Add(50 * time.Hour)
	fmt.Println(end)
	fmt.Println(end.Sub(start), end.After(start), start.Before(end), start.Equal(start.Add(0)))
	fmt.Println(start.AddDate(0, 2, 0))
	fmt.Println(time.Date(2023, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0))
	fmt.Println(start.Truncate(24 * time.Hour))
	fmt.Println(start.Round(time.Hour * 24))

	days := end.Sub(start).Hours() / 24
	fmt.Printf("%.3f days\n", days)
	fmt.Println(start.Compare(end), end.Compare(start), start.Compare(start))
	fmt.Println(time.Unix(1700000000, 0).UTC())
	fmt.Println(start.Unix(), start.UnixMilli())
}
