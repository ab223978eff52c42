// Event handlers wired by naming convention: OnXxx methods handle "xxx".
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Event struct {
	Kind string
	Data string
}

type Bus struct {
	handlers map[string][]func(Event)
}

func (b *Bus) Subscribe(listener any) {
	v := reflect.ValueOf(listener)
	t := v.Type()
	for i := 0; i < t.NumMethod(); i++ {
		name := t.Method(i).Name
		if !strings.HasPrefix(name, "On") {
			continue
		}
		kind := strings.ToLower(name[2:])
		fn, ok := v.Method(i).Interface().(func(Event))
		if !ok {
			fmt.Println("skipping", name)
			continue
		}
		b.handlers[kind] = append(b.handlers[kind], fn)
	}
}

func (b *Bus) Publish(e Event) {
	hs := b.handlers[e.Kind]
	if len(hs) == 0 {
		fmt.Println("nobody handles", e.Kind)
	}
	for _, h := range hs {
		h(e)
	}
}

type Logger struct{ prefix string }

func (l *Logger) OnLogin(e Event)  { fmt.Println(l.prefix, "login:", e.Data) }
func (l *Logger) OnLogout(e Event) { fmt.Println(l.prefix, "logout:", e.Data) }
func (l *Logger) OnBad(n int)      {}

type Counter struct{ n int }

func (c *Counter) OnLogin(Event) { c.n++ }

func main() {
	bus := &Bus{handlers: map[string][]func(Event){}}
	c := &Counter{}
	bus.Subscribe(&Logger{prefix: "[log]"})
	bus.Subscribe(c)
	bus.Publish(Event{"login", "ann"})
	bus.Publish(Event{"login", "bob"})
	bus.Publish(Event{"logout", "ann"})
	bus.Publish(Event{"crash", ""})
	fmt.Println("logins counted:", c.n)
}
