package main

import (
	"errors"
	"fmt"
)

type Lot struct {
	Qty  int
	Cost float64
}

type FIFO struct {
	lots []Lot
}

func (f *FIFO) Buy(qty int, cost float64) {
	f.lots = append(f.lots, Lot{qty, cost})
}

var ErrShort = errors.New("not enough stock")

// Sell removes qty units oldest-first and returns the cost of goods sold.
func (f *FIFO) Sell(qty int) (float64, error) {
	have := 0
	for _, l := range f.lots {
		have += l.Qty
	}
	if have < qty {
		return 0, fmt.Errorf("sell %d: %w (have %d)", qty, ErrShort, have)
	}
	cogs := 0.0
	for qty > 0 {
		l := &f.lots[0]
		take := min(qty, l.Qty)
		cogs += float64(take) * l.Cost
		l.Qty -= take
		qty -= take
		if l.Qty == 0 {
			f.lots = f.lots[1:]
		}
	}
	return cogs, nil
}

func main() {
	var f FIFO
	f.Buy(10, 2.50)
	f.Buy(5, 3.00)
	f.Buy(20, 2.75)

	for _, q := range []int{4, 8, 30, 10} {
		cogs, err := f.Sell(q)
		if err != nil {
			fmt.Println(err, errors.Is(err, ErrShort))
			continue
		}
		fmt.Printf("sold %2d cogs %7.2f lots left %v\n", q, cogs, f.lots)
	}

	fmt.Printf("%#v\n", f.lots)
}
