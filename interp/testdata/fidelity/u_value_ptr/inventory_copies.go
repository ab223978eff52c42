package main

import "fmt"

type Item struct {
	SKU   string
	Qty   int
	Tags  []string
	Attrs map[string]string
}

type Warehouse struct {
	Name  string
	Items [3]Item
	Index map[string]Item
	Ptrs  map[string]*Item
}

func restockValue(it Item, n int) { it.Qty += n; it.Tags = append(it.Tags, "restocked") }
func restockPtr(it *Item, n int)  { it.Qty += n; it.Tags = append(it.Tags, "restocked") }

func main() {
	w := Warehouse{Name: "main", Index: map[string]Item{}, Ptrs: map[string]*Item{}}
	w.Items[0] = Item{"A1", 5, []string{"red"}, map[string]string{"size": "S"}}
	w.Items[1] = Item{"B2", 0, make([]string, 1, 4), nil}
	w.Items[2] = Item{SKU: "C3", Qty: 9}

	for _, it := range w.Items {
		it.Qty *= 100 // modifies the copy only
	}
	fmt.Println(w.Items[0].Qty, w.Items[1].Qty, w.Items[2].Qty)
	for i := range w.Items {
		w.Items[i].Qty++
	}
	fmt.Println(w.Items[0].Qty, w.Items[1].Qty, w.Items[2].Qty)

	// Arrays are values: copying the warehouse copies the array.
	w2 := w
	w2.Items[0].Qty = -1
	w2.Items[0].Tags[0] = "blue"     // shared backing array
	w2.Items[0].Attrs["size"] = "XL" // shared map
	fmt.Println(w.Items[0].Qty, w.Items[0].Tags, w.Items[0].Attrs["size"])

	restockValue(w.Items[1], 3)
	fmt.Println(w.Items[1].Qty, len(w.Items[1].Tags), w.Items[1].Tags[:cap(w.Items[1].Tags)])
	restockPtr(&w.Items[1], 3)
	fmt.Println(w.Items[1].Qty, w.Items[1].Tags)

	for _, it := range w.Items {
		w.Index[it.SKU] = it
		p := it
		w.Ptrs[it.SKU] = &p
	}
	// Map values are not addressable: reassign the whole struct.
	a := w.Index["A1"]
	a.Qty = 42
	fmt.Println(w.Index["A1"].Qty)
	w.Index["A1"] = a
	fmt.Println(w.Index["A1"].Qty)
	w.Ptrs["C3"].Qty = 77
	fmt.Println(w.Ptrs["C3"].Qty, w.Items[2].Qty, w.Index["C3"].Qty)

	arr := w.Items
	parr := &w.Items
	parr[2].SKU = "C3x"
	fmt.Println(arr[2].SKU, w.Items[2].SKU)
	sl := w.Items[:]
	sl[0].SKU = "A1x"
	fmt.Println(w.Items[0].SKU, arr[0].SKU)
	fmt.Println(arr[1].SKU == w.Items[1].SKU, len(arr))
	type pair struct{ a, b [2]int }
	p1 := pair{[2]int{1, 2}, [2]int{3, 4}}
	p2 := p1
	p2.b[1] = 9
	fmt.Println(p1, p2, p1 == p2)
	fmt.Printf("%v\n%+v\n", w.Items[2], w.Items[1])
}
