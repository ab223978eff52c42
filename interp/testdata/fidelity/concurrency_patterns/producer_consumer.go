package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Order struct {
	ID       int
	Customer string
	Items    []string
}

type Receipt struct {
	OrderID int
	Total   int
	Handler string
}

var prices = map[string]int{"coffee": 350, "tea": 275, "bagel": 225, "muffin": 300, "juice": 400}

func consumer(name string, orders <-chan Order, receipts chan<- Receipt, wg *sync.WaitGroup) {
	defer wg.Done()
	for o := range orders {
		total := 0
		for _, it := range o.Items {
			total += prices[it]
		}
		receipts <- Receipt{OrderID: o.ID, Total: total, Handler: name}
	}
}

func main() {
	orders := make(chan Order, 3)
	receipts := make(chan Receipt, 3)
	var wg sync.WaitGroup
	for _, name := range []string{"barista-1", "barista-2", "barista-3"} {
		wg.Add(1)
		go consumer(name, orders, receipts, &wg)
	}

	incoming := []Order{
		{1, "ann", []string{"coffee", "bagel"}},
		{2, "bob", []string{"tea"}},
		{3, "cyd", []string{"juice", "muffin", "coffee"}},
		{4, "dee", []string{"coffee", "coffee"}},
		{5, "eve", []string{"bagel", "tea", "muffin"}},
		{6, "fay", nil},
		{7, "gus", []string{"juice"}},
	}
	go func() {
		for _, o := range incoming {
			orders <- o
		}
		close(orders)
	}()
	go func() {
		wg.Wait()
		close(receipts)
	}()

	byID := map[int]Receipt{}
	handled := map[string]int{}
	for r := range receipts {
		byID[r.OrderID] = r
		handled[r.Handler]++
	}
	grand := 0
	for _, o := range incoming {
		r := byID[o.ID]
		fmt.Printf("#%d %-4s %-28s $%d.%02d\n", o.ID, o.Customer, strings.Join(o.Items, ","), r.Total/100, r.Total%100)
		grand += r.Total
	}
	fmt.Printf("grand total: $%d.%02d\n", grand/100, grand%100)
	var names []string
	sum := 0
	for n, c := range handled {
		names = append(names, n)
		sum += c
	}
	sort.Strings(names)
	fmt.Println("handlers seen:", len(names) > 0, "orders handled:", sum)
}
