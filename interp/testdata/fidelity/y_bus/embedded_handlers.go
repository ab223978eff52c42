package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Counter struct{ n map[string]int }

func (c *Counter) Inc(k string) int {
	if c.n == nil {
		c.n = map[string]int{}
	}
	c.n[k]++
	return c.n[k]
}

type Listener interface {
	Name() string
	On(event string, payload any)
}

type Base struct {
	*Logger
	Counter
	name string
}

func (b *Base) Name() string { return b.name }
func (b *Base) On(event string, payload any) {
	b.Logf("%s got %s (#%d)", b.name, event, b.Inc(event))
}

type Mailer struct {
	Base
	sent []string
}

func (m *Mailer) On(event string, payload any) {
	m.Base.On(event, payload)
	if addr, ok := payload.(string); ok && strings.Contains(addr, "@") {
		m.sent = append(m.sent, addr)
	}
}

type Metrics struct {
	Base
	sum float64
}

func (m *Metrics) On(event string, payload any) {
	m.Base.On(event, payload)
	switch v := payload.(type) {
	case int:
		m.sum += float64(v)
	case float64:
		m.sum += v
	}
}

type Dispatcher struct {
	ls []Listener
}

func (d *Dispatcher) Emit(event string, payload any) {
	for _, l := range d.ls {
		l.On(event, payload)
	}
}

func main() {
	log := &Logger{prefix: "> "}
	mail := &Mailer{Base: Base{Logger: log, name: "mailer"}}
	met := &Metrics{Base: Base{Logger: log, name: "metrics"}}
	plain := &Base{Logger: log, name: "plain"}
	d := &Dispatcher{ls: []Listener{mail, met, plain}}
	d.Emit("signup", "ann@example.com")
	d.Emit("purchase", 42)
	d.Emit("purchase", 7.5)
	d.Emit("signup", "not-an-address")
	for _, l := range log.lines {
		fmt.Println(l)
	}
	fmt.Println(mail.sent, met.sum, met.n, plain.Counter.n["signup"])
	for _, l := range d.ls {
		fmt.Printf("%s %T\n", l.Name(), l)
	}
	fmt.Println(mail.Name(), mail.Base.Name(), mail.prefix, mail.Inc("x"), mail.Counter.n["x"])
	var l Listener = met
	if b, ok := l.(interface{ Inc(string) int }); ok {
		fmt.Println("metrics counts", b.Inc("purchase"))
	}
}
