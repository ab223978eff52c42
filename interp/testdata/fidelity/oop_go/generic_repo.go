package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Entity interface {
	comparable
	Key() string
}

type Repo[T Entity] struct {
	items map[string]T
	order []string
}

func NewRepo[T Entity]() *Repo[T] { return &Repo[T]{items: map[string]T{}} }

var ErrExists = errors.New("already exists")

func (r *Repo[T]) Add(v T) error {
	k := v.Key()
	if _, ok := r.items[k]; ok {
		return fmt.Errorf("add %s: %w", k, ErrExists)
	}
	r.items[k] = v
	r.order = append(r.order, k)
	return nil
}

func (r *Repo[T]) Find(pred func(T) bool) []T {
	var out []T
	for _, k := range r.order {
		if v := r.items[k]; pred(v) {
			out = append(out, v)
		}
	}
	return out
}

func (r *Repo[T]) Len() int { return len(r.items) }

type Product struct {
	SKU   string
	Name  string
	Price int
}

func (p Product) Key() string { return p.SKU }

type Customer struct {
	Email string
	Name  string
	VIP   bool
}

func (c Customer) Key() string { return strings.ToLower(c.Email) }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	products := NewRepo[Product]()
	for _, p := range []Product{{"A1", "Anvil", 120}, {"B2", "Bucket", 15}, {"C3", "Crate", 40}, {"A1", "Dup", 1}, {"D4", "Drill", 89}} {
		if err := products.Add(p); err != nil {
			fmt.Println(err, errors.Is(err, ErrExists))
		}
	}
	cheap := products.Find(func(p Product) bool { return p.Price < 100 })
	fmt.Println(Map(cheap, func(p Product) string { return p.Name }))
	customers := NewRepo[Customer]()
	customers.Add(Customer{"Ann@x.io", "Ann", true})
	customers.Add(Customer{"bob@x.io", "Bob", false})
	err := customers.Add(Customer{"ANN@X.IO", "Ann again", false})
	fmt.Println(err)
	vips := customers.Find(func(c Customer) bool { return c.VIP })
	fmt.Printf("%+v\n", vips)
	fmt.Println(products.Len(), customers.Len())
	prices := Map(products.Find(func(Product) bool { return true }), func(p Product) int { return p.Price })
	sort.Sort(sort.Reverse(sort.IntSlice(prices)))
	fmt.Println(prices)
}
