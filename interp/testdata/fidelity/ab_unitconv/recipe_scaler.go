package main

import (
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

type Unit int

const (
	Gram Unit = iota
	Milliliter
	Piece
	Teaspoon
	Cup
)

type unitInfo struct {
	name   string
	base   Unit
	factor float64
}

var units = map[Unit]unitInfo{
	Gram:       {"g", Gram, 1},
	Milliliter: {"ml", Milliliter, 1},
	Piece:      {"pc", Piece, 1},
	Teaspoon:   {"tsp", Milliliter, 4.92892},
	Cup:        {"cup", Milliliter, 236.588},
}

func (u Unit) String() string { return units[u].name }

type Amount struct {
	Qty  float64
	Unit Unit
}

func (a Amount) Base() Amount {
	info := units[a.Unit]
	return Amount{a.Qty * info.factor, info.base}
}

func (a Amount) String() string {
	if a.Unit == Piece {
		return fmt.Sprintf("%g %v", math.Ceil(a.Qty), a.Unit)
	}
	whole, frac := math.Modf(a.Qty)
	fracs := map[float64]string{0.25: "¼", 0.5: "½", 0.75: "¾"}
	q := math.Round(frac*4) / 4
	if s, ok := fracs[q]; ok && a.Unit >= Teaspoon {
		if whole == 0 {
			return s + " " + a.Unit.String()
		}
		return fmt.Sprintf("%g%s %v", whole, s, a.Unit)
	}
	return fmt.Sprintf("%.4g %v", a.Qty, a.Unit)
}

type Ingredient struct {
	Name string
	Amount
	Optional bool
}

type Recipe struct {
	Title  string
	Serves int
	Items  []Ingredient
}

func (r Recipe) Scale(serves int) Recipe {
	f := float64(serves) / float64(r.Serves)
	out := Recipe{Title: r.Title, Serves: serves, Items: make([]Ingredient, len(r.Items))}
	for i, it := range r.Items {
		it.Qty *= f
		out.Items[i] = it
	}
	return out
}

type Pantry map[string]Amount

func (p Pantry) Missing(r Recipe) map[string]Amount {
	need := map[string]Amount{}
	for _, it := range r.Items {
		if it.Optional {
			continue
		}
		want := it.Base()
		have, ok := p[it.Name]
		if !ok {
			need[it.Name] = want
			continue
		}
		h := have.Base()
		if h.Unit != want.Unit {
			need[it.Name+" (unit mismatch)"] = want
			continue
		}
		if h.Qty < want.Qty {
			need[it.Name] = Amount{want.Qty - h.Qty, want.Unit}
		}
	}
	return need
}

func main() {
	pancakes := Recipe{"Pancakes", 4, []Ingredient{
		{"flour", Amount{1.5, Cup}, false},
		{"milk", Amount{1.25, Cup}, false},
		{"egg", Amount{1, Piece}, false},
		{"sugar", Amount{2, Teaspoon}, false},
		{"butter", Amount{30, Gram}, false},
		{"blueberries", Amount{100, Gram}, true},
	}}
	pantry := Pantry{"flour": {500, Milliliter}, "milk": {1, Cup}, "egg": {2, Piece}, "butter": {2, Teaspoon}}
	for _, n := range []int{4, 2, 6, 1} {
		r := pancakes.Scale(n)
		fmt.Printf("== %s for %d\n", r.Title, r.Serves)
		w := tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', tabwriter.AlignRight)
		for _, it := range r.Items {
			opt := ""
			if it.Optional {
				opt = "(optional)"
			}
			fmt.Fprintf(w, "\t%s\t%v\t%v\t%s\t\n", it.Name, it.Amount, it.Base(), opt)
		}
		w.Flush()
		miss := pantry.Missing(r)
		keys := make([]string, 0, len(miss))
		for k := range miss {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = fmt.Sprintf("%s=%v", k, miss[k])
		}
		fmt.Println("shopping:", strings.Join(parts, ", "))
	}
	fmt.Printf("%v %+v\n", pancakes.Items[2], pancakes.Items[3])
	fmt.Println(Amount{0.5, Teaspoon}, Amount{2.75, Cup}, Amount{0.3, Piece}, Unit(3))
}
