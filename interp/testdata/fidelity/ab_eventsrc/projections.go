package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Envelope struct {
	Seq    int
	At     time.Time
	Stream string
	Data   any
}

type ItemAdded struct {
	SKU   string
	Qty   int
	Price float64
}
type ItemRemoved struct{ SKU string }
type CheckedOut struct{ Coupon string }

type Projection interface {
	Handle(e Envelope)
	Report() string
}

type CartTotals struct {
	lines map[string]map[string]ItemAdded
	done  map[string]bool
}

func (p *CartTotals) Handle(e Envelope) {
	if p.lines == nil {
		p.lines, p.done = map[string]map[string]ItemAdded{}, map[string]bool{}
	}
	switch d := e.Data.(type) {
	case ItemAdded:
		if p.lines[e.Stream] == nil {
			p.lines[e.Stream] = map[string]ItemAdded{}
		}
		cur := p.lines[e.Stream][d.SKU]
		cur.SKU, cur.Price = d.SKU, d.Price
		cur.Qty += d.Qty
		p.lines[e.Stream][d.SKU] = cur
	case ItemRemoved:
		delete(p.lines[e.Stream], d.SKU)
	case CheckedOut:
		p.done[e.Stream] = true
	}
}

func (p *CartTotals) Report() string {
	var carts []string
	for c := range p.lines {
		carts = append(carts, c)
	}
	sort.Strings(carts)
	var b strings.Builder
	for _, c := range carts {
		total := 0.0
		for _, l := range p.lines[c] {
			total += float64(l.Qty) * l.Price
		}
		fmt.Fprintf(&b, "%-6s items=%d total=%7.2f done=%t\n", c, len(p.lines[c]), total, p.done[c])
	}
	return b.String()
}

type Popularity map[string]int

func (p Popularity) Handle(e Envelope) {
	if a, ok := e.Data.(ItemAdded); ok {
		p[a.SKU] += a.Qty
	}
}

func (p Popularity) Report() string {
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range p {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v == kvs[j].v {
			return kvs[i].k < kvs[j].k
		}
		return kvs[i].v > kvs[j].v
	})
	return fmt.Sprint(kvs)
}

type HourlyCheckouts struct{ byHour [24]int }

func (h *HourlyCheckouts) Handle(e Envelope) {
	if _, ok := e.Data.(CheckedOut); ok {
		h.byHour[e.At.Hour()]++
	}
}

func (h *HourlyCheckouts) Report() string {
	var parts []string
	for hr, n := range h.byHour {
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%02dh:%s", hr, strings.Repeat("#", n)))
		}
	}
	return strings.Join(parts, " ")
}

func main() {
	t0 := time.Date(2024, 5, 4, 9, 0, 0, 0, time.UTC)
	raw := []struct {
		mins   int
		stream string
		data   any
	}{
		{0, "c1", ItemAdded{"tea", 2, 4.5}}, {3, "c2", ItemAdded{"mug", 1, 12}},
		{5, "c1", ItemAdded{"tea", 1, 4.5}}, {9, "c1", ItemAdded{"honey", 1, 7.25}},
		{40, "c2", ItemAdded{"tea", 3, 4.5}}, {61, "c1", ItemRemoved{"honey"}},
		{62, "c1", CheckedOut{}}, {75, "c3", ItemAdded{"mug", 2, 12}},
		{130, "c2", CheckedOut{"SAVE5"}}, {131, "c3", ItemAdded{"spoon", 4, 1.1}},
		{190, "c3", CheckedOut{}}, {200, "c4", ItemAdded{"honey", 1, 7.25}},
	}
	var log []Envelope
	for i, r := range raw {
		log = append(log, Envelope{i + 1, t0.Add(time.Duration(r.mins) * time.Minute), r.stream, r.data})
	}
	projs := []Projection{&CartTotals{}, Popularity{}, &HourlyCheckouts{}}
	for _, e := range log {
		for _, p := range projs {
			p.Handle(e)
		}
	}
	for _, p := range projs {
		fmt.Printf("== %T\n%s\n", p, strings.TrimRight(p.Report(), "\n"))
	}
	// replay a prefix into a fresh projection
	fresh := &CartTotals{}
	for _, e := range log[:6] {
		fresh.Handle(e)
	}
	fmt.Print(fresh.Report())
	fmt.Printf("%v\n%+v\n", log[6], log[4])
}
