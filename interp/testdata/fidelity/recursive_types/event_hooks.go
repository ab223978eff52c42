package main

import (
	"fmt"
	"sort"
	"strings"
)

type Event struct {
	Name string
	Data map[string]int
}

// Bus keeps, for each event name, the hooks to run; a hook can emit more events on the same bus.
type Bus struct {
	hooks   map[string][]func(b *Bus, e Event)
	log     []string
	emitted int
}

func NewBus() *Bus { return &Bus{hooks: make(map[string][]func(*Bus, Event))} }

func (b *Bus) On(name string, h func(*Bus, Event)) {
	b.hooks[name] = append(b.hooks[name], h)
}

func (b *Bus) Emit(e Event) {
	b.emitted++
	hs := b.hooks[e.Name]
	if len(hs) == 0 {
		b.log = append(b.log, "unhandled "+e.Name)
		return
	}
	for i, h := range hs {
		b.log = append(b.log, fmt.Sprintf("%s#%d", e.Name, i))
		h(b, e)
	}
}

func main() {
	bus := NewBus()
	stock := map[string]int{"apple": 2, "pear": 0}

	bus.On("order", func(b *Bus, e Event) {
		for item, n := range e.Data {
			if stock[fruitName(item)] < n {
				b.Emit(Event{Name: "backorder", Data: map[string]int{item: n}})
				continue
			}
			stock[fruitName(item)] -= n
		}
	})
	bus.On("order", func(b *Bus, e Event) {
		total := 0
		for _, n := range e.Data {
			total += n
		}
		b.Emit(Event{Name: "invoice", Data: map[string]int{"items": total}})
	})
	bus.On("backorder", func(b *Bus, e Event) {
		keys := make([]string, 0, len(e.Data))
		for k := range e.Data {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Println("backorder:", strings.Join(keys, ","))
	})
	bus.On("invoice", func(b *Bus, e Event) {
		fmt.Println("invoice for", e.Data["items"], "items")
	})

	bus.Emit(Event{Name: "order", Data: map[string]int{"apple": 1}})
	bus.Emit(Event{Name: "order", Data: map[string]int{"pear": 3}})
	bus.Emit(Event{Name: "refund"})

	fmt.Println(bus.emitted, "events")
	for _, l := range bus.log {
		fmt.Println(" ", l)
	}
	fmt.Println(stock)
	fmt.Printf("%T %d\n", bus.hooks["order"], len(bus.hooks["order"]))
}

func fruitName(s string) string { return strings.ToLower(s) }
