package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Msg interface {
	Kind() string
}

type Text struct{ Body string }
type Ping struct{ Seq int }
type Batch struct{ Items []Msg }

func (Text) Kind() string    { return "text" }
func (*Ping) Kind() string   { return "ping" }
func (b Batch) Kind() string { return fmt.Sprintf("batch(%d)", len(b.Items)) }

type Stats struct {
	mu     sync.Mutex
	counts map[string]int
	last   map[string]Msg
}

func (s *Stats) Record(m Msg) {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := m.Kind()
	if b, ok := m.(Batch); ok {
		for _, it := range b.Items {
			s.counts[it.Kind()]++
			s.last[it.Kind()] = it
		}
		k = "batch"
	}
	s.counts[k]++
	s.last[k] = m
}

func main() {
	in := make(chan Msg)
	st := &Stats{counts: map[string]int{}, last: map[string]Msg{}}
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for m := range in {
				st.Record(m)
			}
		}()
	}
	msgs := []Msg{Text{"hi"}, &Ping{1}, Batch{[]Msg{Text{"a"}, Text{"b"}}}, &Ping{2}, Text{"bye"}}
	for _, m := range msgs {
		in <- m
	}
	close(in)
	wg.Wait()
	keys := make([]string, 0, len(st.counts))
	for k := range st.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-5s %d\n", k, st.counts[k])
	}
	if b, ok := st.last["batch"].(Batch); ok {
		var parts []string
		for _, it := range b.Items {
			parts = append(parts, it.(Text).Body)
		}
		fmt.Println("batch bodies:", strings.Join(parts, "+"))
	}
	results := make(chan Msg, len(msgs))
	for i, m := range msgs {
		go func() {
			if p, ok := m.(*Ping); ok {
				results <- &Ping{p.Seq * 10}
				return
			}
			results <- Text{fmt.Sprint(i, ":", m.Kind())}
		}()
	}
	var out []string
	for range msgs {
		switch r := (<-results).(type) {
		case *Ping:
			out = append(out, fmt.Sprint("ping", r.Seq))
		case Text:
			out = append(out, r.Body)
		}
	}
	sort.Strings(out)
	fmt.Println(out)
	fmt.Println(msgs[0] == Text{"hi"}, msgs[1] == msgs[1], msgs[1] == Msg(&Ping{1}))
}
