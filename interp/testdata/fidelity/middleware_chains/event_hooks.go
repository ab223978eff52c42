package main

import (
	"fmt"
	"sort"
)

type Hook func(event string, data map[string]any) error

type Bus struct {
	hooks map[string][]Hook
	order []string
}

func (b *Bus) On(event string, h Hook) {
	if b.hooks == nil {
		b.hooks = map[string][]Hook{}
	}
	if _, ok := b.hooks[event]; !ok {
		b.order = append(b.order, event)
	}
	b.hooks[event] = append(b.hooks[event], h)
}

func (b *Bus) Emit(event string, data map[string]any) (errs []error) {
	for i, h := range b.hooks[event] {
		if err := h(event, data); err != nil {
			errs = append(errs, fmt.Errorf("hook %d for %s: %w", i, event, err))
		}
	}
	return errs
}

func main() {
	var bus Bus
	audit := []string{}

	bus.On("user.created", func(e string, d map[string]any) error {
		audit = append(audit, fmt.Sprintf("%s:%v", e, d["name"]))
		return nil
	})
	bus.On("user.created", func(e string, d map[string]any) error {
		if d["email"] == nil {
			return fmt.Errorf("no email for %v", d["name"])
		}
		return nil
	})
	bus.On("user.deleted", func(e string, d map[string]any) error {
		audit = append(audit, e)
		return nil
	})

	fmt.Println(bus.Emit("user.created", map[string]any{"name": "ann", "email": "a@x"}))
	fmt.Println(bus.Emit("user.created", map[string]any{"name": "bob"}))
	fmt.Println(bus.Emit("user.deleted", nil), bus.Emit("unknown", nil) == nil)

	fmt.Println(audit)
	events := append([]string(nil), bus.order...)
	sort.Strings(events)
	fmt.Println(events, len(bus.hooks["user.created"]))
}
