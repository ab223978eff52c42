package main

import (
	"fmt"
	"maps"
	"slices"
)

type Inventory struct {
	Items map[string]int
	Log   []string
	Slots [3]string
	Owner *Player
}

type Player struct {
	Name  string
	Level int
}

func (inv Inventory) Shallow() Inventory { return inv }

func (inv Inventory) Deep() Inventory {
	c := inv
	c.Items = maps.Clone(inv.Items)
	c.Log = slices.Clone(inv.Log)
	if inv.Owner != nil {
		p := *inv.Owner
		c.Owner = &p
	}
	return c
}

func (inv *Inventory) Add(item string, n int) {
	inv.Items[item] += n
	inv.Log = append(inv.Log, fmt.Sprintf("+%d %s", n, item))
}

func show(label string, inv Inventory) {
	keys := slices.Sorted(maps.Keys(inv.Items))
	fmt.Printf("%-8s", label)
	for _, k := range keys {
		fmt.Printf(" %s=%d", k, inv.Items[k])
	}
	fmt.Printf(" log=%d %q slots=%v owner=%+v\n", len(inv.Log), inv.Log, inv.Slots, *inv.Owner)
}

func main() {
	base := Inventory{Items: map[string]int{"sword": 1}, Log: make([]string, 0, 8), Owner: &Player{"ann", 3}}
	base.Add("potion", 2)
	shallow := base.Shallow()
	deep := base.Deep()
	base.Add("potion", 1)
	base.Slots[0] = "helmet"
	base.Owner.Level++
	shallow.Add("arrow", 10)
	show("base", base)
	show("shallow", shallow)
	show("deep", deep)
	fmt.Println(len(base.Log), cap(base.Log) == cap(shallow.Log), base.Log[:cap(base.Log)][2])
	grid := [2][2]int{{1, 2}, {3, 4}}
	g2 := grid
	g2[0][0] = 99
	rows := grid[:]
	rows[1][1] = 40
	fmt.Println(grid, g2)
	type pair struct {
		a []int
		b [2]int
	}
	p1 := pair{[]int{1, 2}, [2]int{1, 2}}
	p2 := p1
	p2.a[0], p2.b[0] = 7, 7
	fmt.Printf("%v %v %+v\n", p1, p2, p1.b == p2.b)
	history := []Inventory{deep.Deep()}
	deep.Items["shield"] = 1
	history = append(history, deep.Deep())
	for i, h := range history {
		fmt.Println(i, len(h.Items), h.Items)
	}
}
