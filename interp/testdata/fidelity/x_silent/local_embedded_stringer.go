package main

import (
	"fmt"
	"time"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

func main() {
	type Timeout struct{ time.Duration }
	type Paint struct {
		Color
		Coats int
	}
	var t any = Timeout{2 * time.Second}
	fmt.Println(t)
	var p any = Paint{Color(1), 2}
	fmt.Println(p)
	fmt.Printf("%v %s\n", p, t)
	row := []any{Timeout{time.Minute}, Paint{2, 1}, 7}
	fmt.Println(row...)
	fmt.Println(row)
}
