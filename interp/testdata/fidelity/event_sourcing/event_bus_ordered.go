package main

import (
	"fmt"
	"sync"
)

type Event struct {
	Seq   int
	Topic string
	Body  string
}

type Subscriber struct {
	name string
	ch   chan Event
	got  []string
}

type Broker struct {
	subs []*Subscriber
	seq  int
}

func (b *Broker) Subscribe(name string) *Subscriber {
	s := &Subscriber{name: name, ch: make(chan Event, 8)}
	b.subs = append(b.subs, s)
	return s
}

func (b *Broker) Publish(topic, body string) {
	b.seq++
	for _, s := range b.subs {
		s.ch <- Event{b.seq, topic, body}
	}
}

func (b *Broker) Close() {
	for _, s := range b.subs {
		close(s.ch)
	}
}

func main() {
	var b Broker
	a := b.Subscribe("audit")
	m := b.Subscribe("metrics")

	var wg sync.WaitGroup
	for _, s := range []*Subscriber{a, m} {
		wg.Add(1)
		go func(s *Subscriber) {
			defer wg.Done()
			for e := range s.ch {
				if s.name == "metrics" && e.Topic != "order" {
					continue
				}
				s.got = append(s.got, fmt.Sprintf("%d:%s/%s", e.Seq, e.Topic, e.Body))
			}
		}(s)
	}

	b.Publish("order", "created")
	b.Publish("user", "login")
	b.Publish("order", "paid")
	b.Publish("order", "shipped")
	b.Close()
	wg.Wait()

	fmt.Println(a.name, a.got)
	fmt.Println(m.name, m.got)
}
