package main

import "fmt"

type Currency string

type Price struct {
	Amount int
	Cur    Currency
}

func (p Price) String() string { return fmt.Sprintf("%d.%02d %s", p.Amount/100, p.Amount%100, p.Cur) }

type Product struct {
	Name  string
	Price Price
	Alt   *Price
}

func main() {
	p := Product{"Book", Price{1250, "EUR"}, &Price{999, "USD"}}
	fmt.Println(p)
	fmt.Printf("%v\n%+v\n", p, p)
	fmt.Println([]Price{{1, "X"}}, map[string]Price{"k": {250, "Y"}})
	fmt.Println(p.Price, *p.Alt)
}
