package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

func main() {
	for d := Sunday; d <= Saturday; d++ {
		fmt.Printf("%d:%v:%v ", d, d, d.Weekend())
	}
	fmt.Println()
	fmt.Println(Friday, Friday+1, Weekday(2))
	fmt.Printf("%v %d %T\n", Monday, Monday, Monday)
}
