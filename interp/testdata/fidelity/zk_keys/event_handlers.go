package main

import (
	"fmt"
	"sort"
)

type Signal int

const (
	SigStart Signal = iota + 1
	SigStop
)

func (s Signal) String() string { return [...]string{"", "START", "STOP"}[s] }

type Topic string

type Bus struct {
	handlers map[any][]func(payload string)
}

func (b *Bus) On(ev any, f func(string)) { b.handlers[ev] = append(b.handlers[ev], f) }

func (b *Bus) Emit(ev any, payload string) int {
	hs := b.handlers[ev]
	for _, h := range hs {
		h(payload)
	}
	return len(hs)
}

func main() {
	b := &Bus{handlers: map[any][]func(string){}}
	var log []string
	b.On(SigStart, func(p string) { log = append(log, "start:"+p) })
	b.On(SigStart, func(p string) { log = append(log, "also start:"+p) })
	b.On(Topic("orders"), func(p string) { log = append(log, "order "+p) })
	b.On(SigStop, func(p string) { log = append(log, "stop:"+p) })
	fmt.Println(b.Emit(SigStart, "a"), b.Emit(Topic("orders"), "#1"), b.Emit("orders", "#2"), b.Emit(1, "int"), b.Emit(SigStop, "z"))
	for _, l := range log {
		fmt.Println(l)
	}
	var evs []string
	for ev, hs := range b.handlers {
		evs = append(evs, fmt.Sprintf("%v/%T/%d", ev, ev, len(hs)))
	}
	sort.Strings(evs)
	fmt.Println(evs)
}
