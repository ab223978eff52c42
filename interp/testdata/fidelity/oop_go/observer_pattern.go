package main

import (
	"fmt"
	"sort"
	"strings"
)

type Observer interface {
	Notify(topic string, data any)
	ID() string
}

type Subject struct {
	observers map[string][]Observer
}

func (s *Subject) Attach(topic string, o Observer) {
	if s.observers == nil {
		s.observers = make(map[string][]Observer)
	}
	s.observers[topic] = append(s.observers[topic], o)
}

func (s *Subject) Detach(topic string, id string) {
	obs := s.observers[topic]
	for i, o := range obs {
		if o.ID() == id {
			s.observers[topic] = append(obs[:i], obs[i+1:]...)
			return
		}
	}
}

func (s *Subject) Emit(topic string, data any) int {
	n := 0
	for _, o := range s.observers[topic] {
		o.Notify(topic, data)
		n++
	}
	return n
}

type Logger struct {
	name  string
	lines []string
}

func (l *Logger) ID() string { return l.name }
func (l *Logger) Notify(topic string, data any) {
	l.lines = append(l.lines, fmt.Sprintf("[%s] %s: %v", l.name, topic, data))
}

type Counter struct {
	id     string
	counts map[string]int
}

func (c Counter) ID() string { return c.id }
func (c Counter) Notify(topic string, _ any) {
	c.counts[topic]++
}

type Thermostat struct {
	Subject
	temp float64
}

func (t *Thermostat) Set(v float64) {
	old := t.temp
	t.temp = v
	t.Emit("temp", v)
	if (old < 25) != (v < 25) {
		t.Emit("alarm", map[bool]string{true: "HOT", false: "ok"}[v >= 25])
	}
}

func main() {
	th := &Thermostat{temp: 20}
	log := &Logger{name: "log"}
	audit := &Logger{name: "audit"}
	cnt := Counter{"cnt", map[string]int{}}
	th.Attach("temp", log)
	th.Attach("temp", cnt)
	th.Attach("alarm", audit)
	th.Attach("alarm", cnt)
	th.Attach("alarm", log)
	for _, v := range []float64{21.5, 26, 27.25, 24, 30} {
		th.Set(v)
	}
	th.Detach("temp", "log")
	th.Set(18)
	fmt.Println(strings.Join(log.lines, "\n"))
	fmt.Println(strings.Join(audit.lines, "\n"))
	keys := make([]string, 0)
	for k := range cnt.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, cnt.counts[k])
	}
	fmt.Println(th.Emit("nothing", nil), len(th.observers["temp"]), th.temp)
}
