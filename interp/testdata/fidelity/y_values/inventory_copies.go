package main

import (
	"fmt"
	"sort"
)

type Item struct {
	SKU   string
	Qty   int
	Tags  [2]string
	Attrs map[string]string
}

type Warehouse struct {
	Name  string
	Items []Item
	Index map[string]Item
	Bins  [3]Item
}

func (w Warehouse) Restock(sku string, n int) {
	for i := range w.Items {
		if w.Items[i].SKU == sku {
			w.Items[i].Qty += n // shares the slice's array
		}
	}
	it := w.Index[sku]
	it.Qty += n // a copy: the map keeps its value
	w.Bins[0].Qty = 999
}

func (w *Warehouse) Reindex() {
	w.Index = make(map[string]Item, len(w.Items))
	for _, it := range w.Items {
		w.Index[it.SKU] = it
	}
}

func main() {
	w := Warehouse{Name: "east", Items: []Item{
		{"bolt", 10, [2]string{"metal", "small"}, map[string]string{"size": "M6"}},
		{"nut", 4, [2]string{"metal"}, nil},
	}}
	w.Reindex()
	w.Bins[0] = w.Items[0]
	w.Restock("bolt", 5)
	fmt.Println(w.Items[0].Qty, w.Index["bolt"].Qty, w.Bins[0].Qty)

	for _, it := range w.Items {
		it.Qty = 0
		it.Tags[0] = "changed"
		if it.Attrs != nil {
			it.Attrs["size"] = "M8"
		}
	}
	fmt.Println(w.Items[0].Qty, w.Items[0].Tags, w.Items[0].Attrs)

	copyW := w
	copyW.Items = append(copyW.Items, Item{SKU: "washer"})
	copyW.Items[0].Qty = -1
	copyW.Bins[1].SKU = "bin"
	fmt.Println(len(w.Items), w.Items[0].Qty, w.Bins[1].SKU == "", copyW.Bins[1].SKU)

	arr := [2]Item{{SKU: "a"}, {SKU: "b"}}
	arr2 := arr
	arr2[0].SKU = "z"
	pa := &arr[1]
	pa.Qty = 7
	fmt.Println(arr[0].SKU, arr2[0].SKU, arr[1].Qty)

	m := map[string][2]int{"x": {1, 2}}
	v := m["x"]
	v[0] = 100
	fmt.Println(m["x"], v)
	structs := map[string]*Item{"p": {SKU: "p"}}
	structs["p"].Qty++
	fmt.Println(*structs["p"])

	keys := make([]string, 0, len(w.Index))
	for k := range w.Index {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s:%+v\n", k, w.Index[k])
	}
	fmt.Println(w.Items[0].Tags == [2]string{"metal", "small"}, arr[0].Tags == arr2[1].Tags)
}
