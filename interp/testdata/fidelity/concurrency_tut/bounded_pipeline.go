package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
)

type Order struct {
	ID     int
	Items  []string
	Amount int
}

type Stage func(context.Context, <-chan Order) <-chan Order

var errFraud = errors.New("fraud suspected")

func validate(ctx context.Context, in <-chan Order) <-chan Order {
	out := make(chan Order, 2)
	go func() {
		defer close(out)
		for o := range in {
			if len(o.Items) == 0 {
				continue
			}
			select {
			case out <- o:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func enrich(ctx context.Context, in <-chan Order) <-chan Order {
	out := make(chan Order)
	go func() {
		defer close(out)
		for o := range in {
			o.Items = append([]string(nil), o.Items...)
			for i, it := range o.Items {
				o.Items[i] = strings.Title(it)
			}
			select {
			case out <- o:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func chain(ctx context.Context, src <-chan Order, stages ...Stage) <-chan Order {
	c := src
	for _, s := range stages {
		c = s(ctx, c)
	}
	return c
}

func source(orders []Order) <-chan Order {
	ch := make(chan Order, len(orders))
	for _, o := range orders {
		ch <- o
	}
	close(ch)
	return ch
}

func main() {
	orders := []Order{
		{1, []string{"apple", "pear"}, 120},
		{2, nil, 0},
		{3, []string{"milk"}, 40},
		{4, []string{"tv", "cable"}, 99999},
		{5, []string{"bread"}, 35},
		{6, []string{"eggs", "ham", "cheese"}, 210},
	}
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	out := chain(ctx, source(orders), validate, enrich)

	var mu sync.Mutex
	var processed []string
	var wg sync.WaitGroup
	for w := 0; w < 1; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for o := range out {
				if o.Amount > 10000 {
					cancel(fmt.Errorf("order %d: %w", o.ID, errFraud))
					return
				}
				mu.Lock()
				processed = append(processed, fmt.Sprintf("#%d %v $%d", o.ID, o.Items, o.Amount))
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	for _, p := range processed {
		fmt.Println(p)
	}
	cause := context.Cause(ctx)
	fmt.Println("stopped:", cause)
	fmt.Println("fraud:", errors.Is(cause, errFraud), "ctx err:", ctx.Err())
	fmt.Println("original untouched:", orders[0].Items)
}
