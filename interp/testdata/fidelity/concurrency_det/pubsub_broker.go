package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Broker struct {
	mu     sync.RWMutex
	subs   map[string][]chan string
	closed bool
}

func NewBroker() *Broker { return &Broker{subs: make(map[string][]chan string)} }

func (b *Broker) Subscribe(topic string, buf int) <-chan string {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan string, buf)
	b.subs[topic] = append(b.subs[topic], ch)
	return ch
}

func (b *Broker) Publish(topic, msg string) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	if b.closed {
		return 0
	}
	for _, ch := range b.subs[topic] {
		ch <- msg
	}
	return len(b.subs[topic])
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return
	}
	b.closed = true
	for _, chans := range b.subs {
		for _, ch := range chans {
			close(ch)
		}
	}
}

func collect(name string, ch <-chan string, wg *sync.WaitGroup, out *sync.Map) {
	defer wg.Done()
	var got []string
	for m := range ch {
		got = append(got, m)
	}
	out.Store(name, got)
}

func main() {
	b := NewBroker()
	var wg sync.WaitGroup
	var results sync.Map
	subs := map[string]<-chan string{
		"news-1":   b.Subscribe("news", 10),
		"news-2":   b.Subscribe("news", 10),
		"sports-1": b.Subscribe("sports", 10),
	}
	for name, ch := range subs {
		wg.Add(1)
		go collect(name, ch, &wg, &results)
	}
	fmt.Println(b.Publish("news", "election results"))
	fmt.Println(b.Publish("sports", "final score 2-1"))
	fmt.Println(b.Publish("news", "weather: sunny"))
	fmt.Println(b.Publish("tech", "nobody listens"))
	b.Close()
	b.Close()
	fmt.Println(b.Publish("news", "after close"))
	wg.Wait()

	var names []string
	results.Range(func(k, v any) bool {
		names = append(names, k.(string))
		return true
	})
	sort.Strings(names)
	for _, n := range names {
		v, _ := results.Load(n)
		msgs := v.([]string)
		fmt.Printf("%-9s %d [%s]\n", n, len(msgs), strings.Join(msgs, "; "))
	}
}
