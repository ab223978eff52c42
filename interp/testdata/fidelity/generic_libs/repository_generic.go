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

var ErrNotFound = errors.New("not found")
var ErrDuplicate = errors.New("duplicate key")

type Repo[E Entity] interface {
	Add(E) error
	Get(key string) (E, error)
	All() []E
}

type memRepo[E Entity] struct {
	name  string
	items map[string]E
}

func NewRepo[E Entity](name string) Repo[E] {
	return &memRepo[E]{name: name, items: map[string]E{}}
}

func (r *memRepo[E]) Add(e E) error {
	if _, ok := r.items[e.Key()]; ok {
		return fmt.Errorf("%s: add %q: %w", r.name, e.Key(), ErrDuplicate)
	}
	r.items[e.Key()] = e
	return nil
}

func (r *memRepo[E]) Get(key string) (E, error) {
	e, ok := r.items[key]
	if !ok {
		var zero E
		return zero, fmt.Errorf("%s: get %q: %w", r.name, key, ErrNotFound)
	}
	return e, nil
}

func (r *memRepo[E]) All() []E {
	out := make([]E, 0, len(r.items))
	for _, e := range r.items {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key() < out[j].Key() })
	return out
}

type Product struct {
	SKU   string
	Price int
}

func (p Product) Key() string { return p.SKU }

type Customer struct {
	Email string
	Name  string
}

func (c *Customer) Key() string { return strings.ToLower(c.Email) }

func main() {
	products := NewRepo[Product]("products")
	for _, p := range []Product{{"B-2", 300}, {"A-1", 150}, {"B-2", 999}, {"C-3", 75}} {
		if err := products.Add(p); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrDuplicate))
		}
	}
	fmt.Println(products.All())
	if p, err := products.Get("A-1"); err == nil {
		fmt.Printf("%+v\n", p)
	}
	_, err := products.Get("Z-9")
	fmt.Println(err, errors.Is(err, ErrNotFound))

	customers := NewRepo[*Customer]("customers")
	customers.Add(&Customer{"Ann@Example.com", "Ann"})
	customers.Add(&Customer{"bob@example.com", "Bob"})
	err = customers.Add(&Customer{"ann@example.com", "Annie"})
	fmt.Println(err)
	c, _ := customers.Get("ann@example.com")
	fmt.Println(c.Name, len(customers.All()))
	for _, c := range customers.All() {
		fmt.Print(c.Key(), " ")
	}
	fmt.Println()
	fmt.Printf("%T\n", products)
}
