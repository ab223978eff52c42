package main

import (
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
)

type Sale struct {
	Region  string
	Product string
	Month   int
	Units   int
	Price   float64
}

type Agg interface {
	Add(s Sale)
	Result() float64
	Name() string
}

type sumAgg struct {
	f   func(Sale) float64
	sum float64
	nm  string
}

func (a *sumAgg) Add(s Sale)      { a.sum += a.f(s) }
func (a *sumAgg) Result() float64 { return a.sum }
func (a *sumAgg) Name() string    { return a.nm }

type avgAgg struct {
	sumAgg
	n int
}

func (a *avgAgg) Add(s Sale) { a.sumAgg.Add(s); a.n++ }
func (a *avgAgg) Result() float64 {
	if a.n == 0 {
		return math.NaN()
	}
	return a.sum / float64(a.n)
}

type maxAgg struct {
	f  func(Sale) float64
	mx float64
	nm string
}

func (a *maxAgg) Add(s Sale) {
	if v := a.f(s); v > a.mx {
		a.mx = v
	}
}
func (a *maxAgg) Result() float64 { return a.mx }
func (a *maxAgg) Name() string    { return a.nm }

type Key struct {
	Region  string
	Product string
}

func (k Key) String() string { return k.Region + "/" + k.Product }

func revenue(s Sale) float64 { return float64(s.Units) * s.Price }
func units(s Sale) float64   { return float64(s.Units) }

func groupBy[K comparable](sales []Sale, key func(Sale) K, mk func() []Agg) map[K][]Agg {
	groups := map[K][]Agg{}
	for _, s := range sales {
		k := key(s)
		aggs, ok := groups[k]
		if !ok {
			aggs = mk()
			groups[k] = aggs
		}
		for _, a := range aggs {
			a.Add(s)
		}
	}
	return groups
}

func main() {
	var sales []Sale
	regions := []string{"north", "south", "east"}
	products := []string{"widget", "gadget"}
	for m := 1; m <= 4; m++ {
		for i, r := range regions {
			for j, p := range products {
				u := (m*7+i*3+j*5)%11 + 1
				sales = append(sales, Sale{r, p, m, u, 2.5 + float64(j)*1.25 + float64(i)/4})
			}
		}
	}
	mk := func() []Agg {
		return []Agg{
			&sumAgg{f: revenue, nm: "revenue"},
			&avgAgg{sumAgg: sumAgg{f: units, nm: "avg_units"}},
			&maxAgg{f: units, nm: "max_units"},
		}
	}
	g := groupBy(sales, func(s Sale) Key { return Key{s.Region, s.Product} }, mk)
	keys := make([]Key, 0, len(g))
	for k := range g {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b Key) int {
		ra, rb := g[a][0].Result(), g[b][0].Result()
		if ra != rb {
			if ra > rb {
				return -1
			}
			return 1
		}
		return strings.Compare(a.String(), b.String())
	})
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprint(tw, "group")
	for _, a := range mk() {
		fmt.Fprintf(tw, "\t%s", a.Name())
	}
	fmt.Fprintln(tw)
	for _, k := range keys {
		fmt.Fprintf(tw, "%v", k)
		for _, a := range g[k] {
			fmt.Fprintf(tw, "\t%8.3f", a.Result())
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	byMonth := groupBy(sales, func(s Sale) int { return s.Month }, func() []Agg {
		return []Agg{&sumAgg{f: revenue, nm: "rev"}}
	})
	for m := 1; m <= 4; m++ {
		fmt.Printf("month %d|%9.2f\n", m, byMonth[m][0].Result())
	}
	empty := &avgAgg{}
	fmt.Println(empty.Result(), math.IsNaN(empty.Result()))
	fmt.Printf("%v %+v\n", keys[0], keys[len(keys)-1])
}
