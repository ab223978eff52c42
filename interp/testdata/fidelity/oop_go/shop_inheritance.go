package main

import (
	"fmt"
	"sort"
	"strings"
)

type Priced interface {
	Price() float64
}

type Describer interface {
	Describe() string
}

type Product interface {
	Priced
	Describer
	SKU() string
}

type item struct {
	sku   string
	name  string
	price float64
}

func (i item) SKU() string      { return i.sku }
func (i item) Price() float64   { return i.price }
func (i item) Describe() string { return i.name }

type Book struct {
	item
	Author string
}

func (b Book) Describe() string { return fmt.Sprintf("%q by %s", b.name, b.Author) }

type Laptop struct {
	item
	RAM int
}

func (l Laptop) Price() float64 { return l.item.Price() + float64(l.RAM)*12.5 }

type Bundle struct {
	Name  string
	Parts []Product
	Off   float64
}

func (b Bundle) SKU() string { return "BUNDLE-" + strings.ToUpper(b.Name) }
func (b Bundle) Price() float64 {
	t := 0.0
	for _, p := range b.Parts {
		t += p.Price()
	}
	return t * (1 - b.Off)
}
func (b Bundle) Describe() string {
	var ds []string
	for _, p := range b.Parts {
		ds = append(ds, p.Describe())
	}
	return b.Name + " [" + strings.Join(ds, " + ") + "]"
}

func main() {
	gobook := Book{item{"B-1", "The Go Programming Language", 39.99}, "Donovan & Kernighan"}
	lap := Laptop{item{"L-1", "ThinkPad", 900}, 16}
	mouse := item{"M-1", "Mouse", 19.5}
	catalog := []Product{gobook, lap, mouse, Bundle{"starter", []Product{lap, mouse}, 0.1}}

	sort.Slice(catalog, func(i, j int) bool { return catalog[i].Price() < catalog[j].Price() })
	for _, p := range catalog {
		fmt.Printf("%-14s %9.2f  %s\n", p.SKU(), p.Price(), p.Describe())
	}

	var cheap []string
	for _, p := range catalog {
		if b, ok := p.(Book); ok {
			fmt.Println("book author:", b.Author, "item name:", b.name)
		}
		if _, isBundle := p.(Bundle); !isBundle && p.Price() < 50 {
			cheap = append(cheap, p.SKU())
		}
	}
	fmt.Println("cheap:", cheap)

	var pr Priced = lap
	if d, ok := pr.(Describer); ok {
		fmt.Println("laptop describes as", d.Describe(), "base price", lap.item.Price())
	}
	fmt.Printf("%v\n%+v\n", mouse, gobook)
}
