package main

import "fmt"

type Light int

const (
	Red Light = iota
	Green
	Yellow
)

func (l Light) String() string {
	switch l {
	case Red:
		return "RED"
	case Green:
		return "GREEN"
	case Yellow:
		return "YELLOW"
	}
	return fmt.Sprintf("Light(%d)", int(l))
}

func (l Light) Next() Light { return (l + 1) % 3 }

func (l Light) Duration() int {
	return map[Light]int{Red: 30, Green: 25, Yellow: 5}[l]
}

func main() {
	l := Red
	elapsed := 0
	for i := 0; i < 7; i++ {
		fmt.Printf("t=%3d %-6v for %ds\n", elapsed, l, l.Duration())
		elapsed += l.Duration()
		l = l.Next()
	}

	fmt.Println(Light(7), Yellow+0, []Light{Green, Red})
	fmt.Printf("%d %v %s %q\n", Yellow, Yellow, Yellow, Yellow)
}
