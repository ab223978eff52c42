package main

import "fmt"

type Celsius float64
type Email string

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func dedupe(xs []any) []any {
	seen := make(map[any]struct{}, len(xs))
	var out []any
	for _, x := range xs {
		if _, dup := seen[x]; dup {
			continue
		}
		seen[x] = struct{}{}
		out = append(out, x)
	}
	return out
}

func main() {
	in := []any{Celsius(21.5), Email("a@b.c"), Celsius(21.5), 21.5, "a@b.c", Email("a@b.c"), Celsius(-3), 21.5}
	out := dedupe(in)
	fmt.Println(len(out))
	for _, x := range out {
		fmt.Printf("%T %v\n", x, x)
	}
	fmt.Println(out...)
}
