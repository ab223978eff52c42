// Checks at run time which optional methods a plugin provides, and
// compares method sets with an interface type's.
package main

import (
	"fmt"
	"reflect"
)

type Plugin interface {
	Name() string
}

type Closer interface {
	Close() error
}

type Cache struct{ entries int }

func (c *Cache) Name() string { return "cache" }
func (c *Cache) Close() error { fmt.Println("cache closed"); return nil }
func (c *Cache) Flush() int   { n := c.entries; c.entries = 0; return n }

type Metrics struct{}

func (Metrics) Name() string { return "metrics" }

func main() {
	plugins := []Plugin{&Cache{entries: 3}, Metrics{}}
	closer := reflect.TypeOf((*Closer)(nil)).Elem()
	for _, p := range plugins {
		t := reflect.TypeOf(p)
		fmt.Printf("%s: %d methods, closer=%v\n", p.Name(), t.NumMethod(), t.Implements(closer))
		if m, ok := t.MethodByName("Flush"); ok {
			out := m.Func.Call([]reflect.Value{reflect.ValueOf(p)})
			fmt.Println("  flushed", out[0].Int())
		}
		if c, ok := p.(Closer); ok {
			c.Close()
		}
	}
	fmt.Println("Closer has", closer.NumMethod(), "method:", closer.Method(0).Name)
}
