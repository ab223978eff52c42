package main

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Bus struct {
	handlers map[reflect.Type][]func(any) error
	seen     map[string]int
	dead     []any
}

func NewBus() *Bus {
	return &Bus{handlers: map[reflect.Type][]func(any) error{}, seen: map[string]int{}}
}

func Subscribe[T any](b *Bus, h func(T) error) {
	t := reflect.TypeFor[T]()
	b.handlers[t] = append(b.handlers[t], func(v any) error { return h(v.(T)) })
}

type HandlerError struct {
	Event string
	Index int
	Err   error
}

func (e *HandlerError) Error() string {
	return fmt.Sprintf("handler %d for %s: %v", e.Index, e.Event, e.Err)
}
func (e *HandlerError) Unwrap() error { return e.Err }

func (b *Bus) Publish(ev any) error {
	t := reflect.TypeOf(ev)
	b.seen[t.String()]++
	hs := b.handlers[t]
	if len(hs) == 0 {
		b.dead = append(b.dead, ev)
		return nil
	}
	var errs []error
	for i, h := range hs {
		func() {
			defer func() {
				if r := recover(); r != nil {
					errs = append(errs, &HandlerError{t.String(), i, fmt.Errorf("panic: %v", r)})
				}
			}()
			if err := h(ev); err != nil {
				errs = append(errs, &HandlerError{t.String(), i, err})
			}
		}()
	}
	return errors.Join(errs...)
}

type UserSignedUp struct {
	Email string
	Plan  string
}

type PaymentFailed struct {
	Email  string
	Amount int
}

type Tick int

var ErrBlocked = errors.New("blocked domain")

type Mailer struct{ sent []string }

func (m *Mailer) Welcome(e UserSignedUp) error {
	if strings.HasSuffix(e.Email, "@spam.test") {
		return fmt.Errorf("welcome %s: %w", e.Email, ErrBlocked)
	}
	m.sent = append(m.sent, "welcome:"+e.Email)
	return nil
}

func main() {
	bus := NewBus()
	mail := &Mailer{}
	plans := map[string]int{}
	Subscribe(bus, mail.Welcome)
	Subscribe(bus, func(e UserSignedUp) error { plans[e.Plan]++; return nil })
	Subscribe(bus, func(e PaymentFailed) error {
		if e.Amount <= 0 {
			panic(fmt.Sprintf("bad amount %d", e.Amount))
		}
		mail.sent = append(mail.sent, fmt.Sprintf("dunning:%s:%d", e.Email, e.Amount))
		return nil
	})
	ticks := 0
	Subscribe(bus, func(t Tick) error { ticks += int(t); return nil })
	events := []any{
		UserSignedUp{"a@x.test", "pro"},
		UserSignedUp{"b@spam.test", "free"},
		Tick(3),
		PaymentFailed{"a@x.test", 1200},
		PaymentFailed{"c@x.test", 0},
		"a plain string",
		Tick(4),
		UserSignedUp{"d@x.test", "pro"},
		&UserSignedUp{"ptr@x.test", "pro"},
		3.5,
	}
	for _, ev := range events {
		err := bus.Publish(ev)
		if err == nil {
			continue
		}
		var he *HandlerError
		errors.As(err, &he)
		fmt.Printf("%-32v -> %v (blocked=%t idx=%d)\n", ev, err, errors.Is(err, ErrBlocked), he.Index)
	}
	fmt.Println("sent:", mail.sent)
	fmt.Println("plans:", plans, "ticks:", ticks)
	fmt.Printf("dead letters: %d\n", len(bus.dead))
	for _, d := range bus.dead {
		fmt.Printf("  %T %v\n", d, d)
	}
	types := make([]string, 0, len(bus.seen))
	for k, v := range bus.seen {
		types = append(types, fmt.Sprintf("%s=%d", k, v))
	}
	sort.Strings(types)
	fmt.Println(types)
	fmt.Println(reflect.TypeFor[Tick]().Kind(), reflect.TypeOf(events[8]).Elem().Name(), len(bus.handlers))
}
