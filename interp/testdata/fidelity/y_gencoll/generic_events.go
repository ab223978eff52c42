package main

import (
	"fmt"
	"iter"
	"slices"
	"sort"
	"strings"
)

type Event interface {
	Topic() string
}

type Payload[T any] struct {
	topic string
	Data  T
}

func (p Payload[T]) Topic() string  { return p.topic }
func (p Payload[T]) String() string { return fmt.Sprintf("%s<%v>", p.topic, p.Data) }

type Bus struct {
	handlers map[string][]func(Event)
	log      []Event
}

func Subscribe[T any](b *Bus, topic string, f func(T)) {
	b.handlers[topic] = append(b.handlers[topic], func(e Event) {
		if p, ok := e.(Payload[T]); ok {
			f(p.Data)
		}
	})
}

func Publish[T any](b *Bus, topic string, data T) {
	e := Payload[T]{topic, data}
	b.log = append(b.log, e)
	for _, h := range b.handlers[topic] {
		h(e)
	}
}

func (b *Bus) Topics() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		keys := make([]string, 0, len(b.handlers))
		for k := range b.handlers {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if !yield(k, len(b.handlers[k])) {
				return
			}
		}
	}
}

type Order struct {
	ID    int
	Total float64
}

func main() {
	b := &Bus{handlers: map[string][]func(Event){}}
	var got []string
	Subscribe(b, "order", func(o Order) { got = append(got, fmt.Sprintf("order %d %.2f", o.ID, o.Total)) })
	Subscribe(b, "order", func(o Order) {
		if o.Total > 100 {
			got = append(got, fmt.Sprint("big order ", o.ID))
		}
	})
	Subscribe(b, "note", func(s string) { got = append(got, "note: "+strings.ToUpper(s)) })
	Subscribe(b, "note", func(n int) { got = append(got, fmt.Sprint("never ", n)) })
	Publish(b, "order", Order{1, 50})
	Publish(b, "note", "hello")
	Publish(b, "order", Order{2, 250.5})
	Publish(b, "note", 42)
	Publish(b, "unknown", []int{1})
	fmt.Println(strings.Join(got, "\n"))
	for t, n := range b.Topics() {
		fmt.Println(t, n)
	}
	fmt.Println(b.log)
	fmt.Printf("%v|%T|%T\n", b.log[0], b.log[1], b.log[4])
	idx := slices.IndexFunc(b.log, func(e Event) bool {
		_, ok := e.(Payload[int])
		return ok
	})
	fmt.Println(idx, b.log[idx])
	switch e := b.log[4].(type) {
	case Payload[string]:
		fmt.Println("string", e.Data)
	case Payload[[]int]:
		fmt.Println("ints", e.Data, len(e.Data))
	}
}
