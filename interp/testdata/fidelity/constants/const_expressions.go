package main

import "fmt"

const (
	SecondsPerMinute = 60
	SecondsPerHour   = 60 * SecondsPerMinute
	SecondsPerDay    = 24 * SecondsPerHour
	MaxUint          = ^uint(0)
	MaxInt           = int(MaxUint >> 1)
	Mask             = 0xFF &^ 0x0F
	Ratio            = 10 / 4
	FRatio           = 10 / 4.0
	Name             = "go" + "pher"
	Len              = len(Name)
)

func main() {
	fmt.Println(SecondsPerDay, MaxUint, MaxInt)
	fmt.Println(Mask, Ratio, FRatio, Name, Len)

	var arr [Len]int
	fmt.Println(len(arr))
	fmt.Println(len([...]string{2: "c", 5: "f"}))
}
