package main

import (
	"fmt"
	"sort"
	"sync"
)

type Handler interface{ Handle(string) string }

type Upper struct{}
type Echo struct{ Prefix string }

func (Upper) Handle(s string) string  { return fmt.Sprintf("UPPER(%s)", s) }
func (e Echo) Handle(s string) string { return e.Prefix + s }

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

var registry = sync.OnceValue(func() map[string]Handler {
	fmt.Println("init registry")
	return map[string]Handler{"up": Upper{}, "echo": Echo{"> "}}
})

func main() {
	r := registry()
	keys := make([]string, 0, len(r))
	for k := range r {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, registry()[k].Handle("hi"))
	}
	box := sync.OnceValue(func() Box[int] { return Box[int]{42} })
	fmt.Println(box().Get(), box())
	var once sync.Once
	cleanup := sync.OnceFunc(func() { fmt.Println("cleanup", len(registry())) })
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
		cleanup()
	}
}
