package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Message struct {
	Topic string
	Body  string
}

type Broker struct {
	mu     sync.RWMutex
	subs   map[string][]chan Message
	closed bool
}

func NewBroker() *Broker { return &Broker{subs: map[string][]chan Message{}} }

func (b *Broker) Subscribe(topic string) <-chan Message {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan Message, 8)
	b.subs[topic] = append(b.subs[topic], ch)
	return ch
}

func (b *Broker) Publish(m Message) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	if b.closed {
		return 0
	}
	for _, ch := range b.subs[m.Topic] {
		ch <- m
	}
	return len(b.subs[m.Topic])
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	for _, chs := range b.subs {
		for _, ch := range chs {
			close(ch)
		}
	}
}

func consume(ctx context.Context, name string, a, b <-chan Message, out *[]string, mu *sync.Mutex) {
	for a != nil || b != nil {
		select {
		case <-ctx.Done():
			return
		case m, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			mu.Lock()
			*out = append(*out, name+"<"+m.Topic+":"+m.Body)
			mu.Unlock()
		case m, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			mu.Lock()
			*out = append(*out, name+"<"+m.Topic+":"+strings.ToUpper(m.Body))
			mu.Unlock()
		}
	}
}

func main() {
	br := NewBroker()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var got []string
	var mu sync.Mutex
	var wg sync.WaitGroup
	news1, sport1 := br.Subscribe("news"), br.Subscribe("sport")
	news2, tech2 := br.Subscribe("news"), br.Subscribe("tech")
	wg.Add(2)
	go func() { defer wg.Done(); consume(ctx, "s1", news1, sport1, &got, &mu) }()
	go func() { defer wg.Done(); consume(ctx, "s2", news2, tech2, &got, &mu) }()

	for _, m := range []Message{{"news", "election"}, {"sport", "final"}, {"tech", "release"}, {"weather", "rain"}, {"news", "budget"}} {
		fmt.Printf("%s/%s delivered to %d\n", m.Topic, m.Body, br.Publish(m))
	}
	br.Close()
	wg.Wait()
	fmt.Println("after close:", br.Publish(Message{"news", "late"}))
	sort.Strings(got)
	for _, g := range got {
		fmt.Println(g)
	}

	results := make(chan int)
	quit := make(chan struct{})
	go func() {
		defer close(results)
		for i := 0; ; i++ {
			select {
			case results <- i * i:
			case <-quit:
				return
			}
		}
	}()
	total := 0
	for v := range results {
		total += v
		if v >= 49 {
			close(quit)
			break
		}
	}
	fmt.Println("total", total)
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}
}
