package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Unit string

const (
	Gram       Unit = "g"
	Milliliter Unit = "ml"
	Piece      Unit = "pc"
	Teaspoon   Unit = "tsp"
)

type Quantity struct {
	Amount float64
	Unit   Unit
}

func (q Quantity) String() string {
	a := q.Amount
	if q.Unit == Piece {
		return fmt.Sprintf("%d %s", int(math.Ceil(a)), q.Unit)
	}
	if a == math.Trunc(a) {
		return fmt.Sprintf("%.0f %s", a, q.Unit)
	}
	return fmt.Sprintf("%.1f %s", a, q.Unit)
}

type Ingredient struct {
	Name string
	Qty  Quantity
	Cost float64 // per unit
}

type Recipe struct {
	Name        string
	Serves      int
	Ingredients []Ingredient
	Steps       []string
}

func (r Recipe) Scale(serves int) Recipe {
	f := float64(serves) / float64(r.Serves)
	out := r
	out.Serves = serves
	out.Ingredients = make([]Ingredient, len(r.Ingredients))
	for i, ing := range r.Ingredients {
		ing.Qty.Amount *= f
		out.Ingredients[i] = ing
	}
	return out
}

func (r Recipe) Cost() float64 {
	c := 0.0
	for _, i := range r.Ingredients {
		amt := i.Qty.Amount
		if i.Qty.Unit == Piece {
			amt = math.Ceil(amt)
		}
		c += amt * i.Cost
	}
	return c
}

func (r Recipe) Print() {
	fmt.Printf("%s (serves %d, cost %.2f)\n", r.Name, r.Serves, r.Cost())
	for _, i := range r.Ingredients {
		fmt.Printf("  %-10s %10v\n", i.Name, i.Qty)
	}
	for n, s := range r.Steps {
		fmt.Printf("  %d. %s\n", n+1, s)
	}
}

func shoppingList(rs ...Recipe) map[string]Quantity {
	out := map[string]Quantity{}
	for _, r := range rs {
		for _, i := range r.Ingredients {
			q := out[i.Name]
			q.Unit = i.Qty.Unit
			q.Amount += i.Qty.Amount
			out[i.Name] = q
		}
	}
	return out
}

func main() {
	pancakes := Recipe{
		Name:   "Pancakes",
		Serves: 4,
		Ingredients: []Ingredient{
			{"flour", Quantity{200, Gram}, 0.002},
			{"milk", Quantity{300, Milliliter}, 0.0012},
			{"eggs", Quantity{2, Piece}, 0.25},
			{"sugar", Quantity{1.5, Teaspoon}, 0.01},
		},
		Steps: []string{"Whisk everything", "Rest 10 minutes", "Fry in butter"},
	}
	omelette := Recipe{
		Name:        "Omelette",
		Serves:      1,
		Ingredients: []Ingredient{{"eggs", Quantity{3, Piece}, 0.25}, {"milk", Quantity{30, Milliliter}, 0.0012}},
	}
	pancakes.Print()
	pancakes.Scale(6).Print()
	pancakes.Scale(1).Print()
	fmt.Println(pancakes.Ingredients[0].Qty, "(original unchanged)")
	list := shoppingList(pancakes.Scale(6), omelette.Scale(3))
	names := make([]string, 0, len(list))
	for n := range list {
		names = append(names, n)
	}
	sort.Strings(names)
	var parts []string
	for _, n := range names {
		parts = append(parts, fmt.Sprintf("%s=%v", n, list[n]))
	}
	fmt.Println(strings.Join(parts, ", "))
	fmt.Printf("%v %+v\n", Quantity{2.25, Gram}, Quantity{0.3, Piece})
}
