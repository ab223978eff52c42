package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Expense struct {
	Employee string  `json:"employee"`
	Category string  `json:"category"`
	Amount   float64 `json:"amount"`
	Receipt  bool    `json:"receipt"`
	Note     string  `json:"note,omitempty"`
}

const data = `[
 {"employee":"kim","category":"travel","amount":412.30,"receipt":true},
 {"employee":"lee","category":"meals","amount":58.10,"receipt":true},
 {"employee":"kim","category":"meals","amount":95.00,"receipt":false,"note":"client dinner"},
 {"employee":"ana","category":"software","amount":19.99,"receipt":true},
 {"employee":"lee","category":"travel","amount":1210.00,"receipt":true},
 {"employee":"ana","category":"meals","amount":12.75,"receipt":true},
 {"employee":"kim","category":"office","amount":33.40,"receipt":true},
 {"employee":"lee","category":"meals","amount":140.00,"receipt":false}
]`

type Policy struct {
	Limits          map[string]float64
	ReceiptRequired float64
}

type Violation struct {
	Exp    Expense
	Reason string
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func SumBy[T any](xs []T, f func(T) float64) float64 {
	var s float64
	for _, x := range xs {
		s += f(x)
	}
	return s
}

func check(p Policy, e Expense) []Violation {
	var v []Violation
	if lim, ok := p.Limits[e.Category]; ok && e.Amount > lim {
		v = append(v, Violation{e, fmt.Sprintf("over %s limit %.2f", e.Category, lim)})
	}
	if !e.Receipt && e.Amount >= p.ReceiptRequired {
		v = append(v, Violation{e, "missing receipt"})
	}
	return v
}

func main() {
	var exps []Expense
	if err := json.Unmarshal([]byte(data), &exps); err != nil {
		fmt.Println("decode:", err)
		return
	}
	amount := func(e Expense) float64 { return e.Amount }

	byEmp := GroupBy(exps, func(e Expense) string { return e.Employee })
	for _, name := range slices.Sorted(maps.Keys(byEmp)) {
		list := byEmp[name]
		slices.SortFunc(list, func(a, b Expense) int { return cmp.Compare(b.Amount, a.Amount) })
		cats := make([]string, len(list))
		for i, e := range list {
			cats[i] = e.Category
		}
		fmt.Printf("%-4s %3d items %9.2f  [%s]\n", name, len(list), SumBy(list, amount), strings.Join(cats, ","))
	}

	byCat := GroupBy(exps, func(e Expense) string { return e.Category })
	type catTotal struct {
		Cat   string
		Total float64
	}
	var ct []catTotal
	for c, l := range byCat {
		ct = append(ct, catTotal{c, SumBy(l, amount)})
	}
	slices.SortFunc(ct, func(a, b catTotal) int {
		return cmp.Or(cmp.Compare(b.Total, a.Total), strings.Compare(a.Cat, b.Cat))
	})
	grand := SumBy(exps, amount)
	for _, c := range ct {
		bar := strings.Repeat("#", int(c.Total/grand*40))
		fmt.Printf("%-9s %8.2f %5.1f%% %s\n", c.Cat, c.Total, c.Total/grand*100, bar)
	}

	pol := Policy{Limits: map[string]float64{"meals": 100, "travel": 1000}, ReceiptRequired: 75}
	var all []Violation
	for _, e := range exps {
		all = append(all, check(pol, e)...)
	}
	fmt.Printf("%d policy violations:\n", len(all))
	for _, v := range all {
		fmt.Printf("  %s %s %.2f: %s\n", v.Exp.Employee, v.Exp.Category, v.Exp.Amount, v.Reason)
	}
	flagged, _ := json.MarshalIndent(all[0].Exp, "", "  ")
	fmt.Println(string(flagged))
	idx := slices.IndexFunc(exps, func(e Expense) bool { return e.Note != "" })
	fmt.Println("first with note:", idx, exps[idx].Note)
}
