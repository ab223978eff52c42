package main

import (
	"container/ring"
	"fmt"
	"strings"
)

// MovingAvg keeps the last n samples in a container/ring.
type MovingAvg struct {
	r     *ring.Ring
	n     int
	count int
	sum   float64
}

func NewMovingAvg(n int) *MovingAvg {
	return &MovingAvg{r: ring.New(n), n: n}
}

func (m *MovingAvg) Add(x float64) float64 {
	if m.count == m.n {
		m.sum -= m.r.Value.(float64)
	} else {
		m.count++
	}
	m.r.Value = x
	m.sum += x
	m.r = m.r.Next()
	return m.sum / float64(m.count)
}

func (m *MovingAvg) Window() []float64 {
	var out []float64
	m.r.Do(func(v any) {
		if v != nil {
			out = append(out, v.(float64))
		}
	})
	return out
}

func josephus(n, k int) []int {
	r := ring.New(n)
	for i := 1; i <= n; i++ {
		r.Value = i
		r = r.Next()
	}
	r = r.Prev()
	var order []int
	for r.Len() > 1 {
		r = r.Move(k - 1)
		removed := r.Unlink(1)
		order = append(order, removed.Value.(int))
	}
	order = append(order, r.Value.(int))
	return order
}

func main() {
	ma := NewMovingAvg(4)
	temps := []float64{20.5, 21, 19.5, 22, 23.5, 18, 17.25, 25}
	for i, t := range temps {
		avg := ma.Add(t)
		fmt.Printf("t%d=%5.2f avg=%6.3f window=%v\n", i, t, avg, ma.Window())
	}
	fmt.Println("josephus(7,3):", josephus(7, 3))
	fmt.Println("josephus(10,2):", josephus(10, 2))

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = strings.Repeat("*", i+1)
		r = r.Next()
	}
	r.Move(2).Do(func(v any) { fmt.Printf("%-5s|", v) })
	fmt.Println()
	other := ring.New(2)
	other.Value, other.Next().Value = "x", "y"
	r.Link(other)
	var all []string
	r.Do(func(v any) { all = append(all, v.(string)) })
	fmt.Println(len(all), strings.Join(all, ","))
}
