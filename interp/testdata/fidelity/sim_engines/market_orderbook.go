package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Side int

const (
	Buy Side = iota
	Sell
)

func (s Side) String() string {
	if s == Buy {
		return "BUY"
	}
	return "SELL"
}

type Order struct {
	ID    int
	Side  Side
	Price int
	Qty   int
	Seq   int
}

type Trade struct {
	BuyID, SellID int
	Price, Qty    int
}

type book struct {
	orders []*Order
	better func(a, b *Order) bool
}

func (b book) Len() int           { return len(b.orders) }
func (b book) Less(i, j int) bool { return b.better(b.orders[i], b.orders[j]) }
func (b book) Swap(i, j int)      { b.orders[i], b.orders[j] = b.orders[j], b.orders[i] }
func (b *book) Push(x any)        { b.orders = append(b.orders, x.(*Order)) }
func (b *book) Pop() any {
	o := b.orders[len(b.orders)-1]
	b.orders = b.orders[:len(b.orders)-1]
	return o
}
func (b *book) top() *Order { return b.orders[0] }

type Exchange struct {
	bids, asks *book
	seq        int
	trades     []Trade
}

func NewExchange() *Exchange {
	return &Exchange{
		bids: &book{better: func(a, b *Order) bool {
			if a.Price != b.Price {
				return a.Price > b.Price
			}
			return a.Seq < b.Seq
		}},
		asks: &book{better: func(a, b *Order) bool {
			if a.Price != b.Price {
				return a.Price < b.Price
			}
			return a.Seq < b.Seq
		}},
	}
}

func (e *Exchange) Submit(o *Order) {
	e.seq++
	o.Seq = e.seq
	own, other := e.bids, e.asks
	crosses := func(top *Order) bool { return o.Price >= top.Price }
	if o.Side == Sell {
		own, other = e.asks, e.bids
		crosses = func(top *Order) bool { return o.Price <= top.Price }
	}
	for o.Qty > 0 && other.Len() > 0 && crosses(other.top()) {
		top := other.top()
		q := min(o.Qty, top.Qty)
		t := Trade{Price: top.Price, Qty: q}
		if o.Side == Buy {
			t.BuyID, t.SellID = o.ID, top.ID
		} else {
			t.BuyID, t.SellID = top.ID, o.ID
		}
		e.trades = append(e.trades, t)
		o.Qty -= q
		top.Qty -= q
		if top.Qty == 0 {
			heap.Pop(other)
		}
	}
	if o.Qty > 0 {
		heap.Push(own, o)
	}
}

func (e *Exchange) Depth() string {
	var b strings.Builder
	asks := append([]*Order(nil), e.asks.orders...)
	bids := append([]*Order(nil), e.bids.orders...)
	sortBy(asks, e.asks.better)
	sortBy(bids, e.bids.better)
	for i := len(asks) - 1; i >= 0; i-- {
		fmt.Fprintf(&b, "        %5d | %-4d (#%d)\n", asks[i].Price, asks[i].Qty, asks[i].ID)
	}
	b.WriteString("        ------+------\n")
	for _, o := range bids {
		fmt.Fprintf(&b, "(#%d) %4d | %5d\n", o.ID, o.Qty, o.Price)
	}
	return b.String()
}

func sortBy(os []*Order, better func(a, b *Order) bool) {
	for i := 1; i < len(os); i++ {
		for j := i; j > 0 && better(os[j], os[j-1]); j-- {
			os[j], os[j-1] = os[j-1], os[j]
		}
	}
}

func main() {
	ex := NewExchange()
	orders := []Order{
		{1, Sell, 101, 10, 0}, {2, Sell, 103, 5, 0}, {3, Buy, 99, 8, 0}, {4, Buy, 100, 4, 0},
		{5, Sell, 100, 6, 0}, {6, Buy, 102, 12, 0}, {7, Sell, 98, 20, 0}, {8, Buy, 97, 3, 0},
	}
	for i := range orders {
		o := orders[i]
		ex.Submit(&o)
		fmt.Printf("after %v #%d @%d x%d: %d trades\n", o.Side, o.ID, o.Price, orders[i].Qty, len(ex.trades))
	}
	for _, t := range ex.trades {
		fmt.Printf("trade buy#%d sell#%d %d@%d\n", t.BuyID, t.SellID, t.Qty, t.Price)
	}
	fmt.Print(ex.Depth())
}
