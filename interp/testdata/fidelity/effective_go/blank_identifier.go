package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
)

// Compile-time interface checks with the blank identifier.
type nopWriter struct{ n int }

func (w *nopWriter) Write(p []byte) (int, error) {
	w.n += len(p)
	return len(p), nil
}

var _ io.Writer = (*nopWriter)(nil)

type Shape interface {
	Area() float64
}

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

var _ Shape = Square{}

func divmod(a, b int) (int, int, error) {
	if b == 0 {
		return 0, 0, errors.New("division by zero")
	}
	return a / b, a % b, nil
}

func main() {
	w := &nopWriter{}
	fmt.Fprintf(w, "%s %d", "hello", 12345)
	fmt.Println("bytes written:", w.n)

	q, _, err := divmod(17, 5)
	fmt.Println("quotient:", q, "err:", err)
	_, r, _ := divmod(17, 5)
	fmt.Println("remainder:", r)
	if _, _, err := divmod(1, 0); err != nil {
		fmt.Println("error:", err)
	}

	inputs := []string{"10", "x", "30", "-4"}
	sum := 0
	for _, s := range inputs {
		if v, err := strconv.Atoi(s); err == nil {
			sum += v
		}
	}
	fmt.Println("sum of numbers:", sum)

	m := map[string]int{"a": 1}
	if _, ok := m["b"]; !ok {
		fmt.Println("b is missing")
	}

	if _, err := os.Stat("/definitely/not/here"); err != nil {
		fmt.Println("stat failed:", errors.Is(err, os.ErrNotExist))
	}

	var shapes []Shape
	for i := 1; i <= 3; i++ {
		shapes = append(shapes, Square{float64(i)})
	}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("total area %.1f\n", total)
	_ = total
}
