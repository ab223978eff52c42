package main

import (
	"fmt"
	"strings"
	"sync"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

func (l *Logger) Dump() string { return strings.Join(l.lines, "\n") }

type Counter struct {
	sync.Mutex
	counts map[string]int
}

func (c *Counter) Inc(k string) int {
	c.Lock()
	defer c.Unlock()
	c.counts[k]++
	return c.counts[k]
}

type Service struct {
	*Logger
	Counter
	Name string
}

func NewService(name string) *Service {
	return &Service{Logger: &Logger{prefix: "[" + name + "] "}, Counter: Counter{counts: map[string]int{}}, Name: name}
}

func (s *Service) Handle(req string) {
	n := s.Inc(req)
	s.Logf("handled %s (#%d)", req, n)
}

type Audited struct {
	Service
	audit []string
}

// Logf shadows the promoted Logger.Logf and also records into audit.
func (a *Audited) Logf(format string, args ...any) {
	a.audit = append(a.audit, format)
	a.Service.Logf("AUDIT "+format, args...)
}

type Logf interface {
	Logf(string, ...any)
}

func logTwice(l Logf, msg string) {
	l.Logf("%s", msg)
	l.Logf("%s again", msg)
}

func main() {
	s := NewService("api")
	for _, r := range []string{"/a", "/b", "/a"} {
		s.Handle(r)
	}
	fmt.Println(s.Dump())
	fmt.Println(s.counts["/a"], s.Counter.counts["/b"], s.prefix)

	a := &Audited{Service: *NewService("adm")}
	a.Handle("/x")
	logTwice(a, "hello")
	logTwice(a.Logger, "direct")
	fmt.Println(a.Dump())
	fmt.Println(a.audit)

	var wg sync.WaitGroup
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Inc(fmt.Sprint("k", i%3))
		}()
	}
	wg.Wait()
	fmt.Println(s.counts["k0"], s.counts["k1"], s.counts["k2"])
	fmt.Printf("%v\n", s.Logger.prefix == a.Logger.prefix)
	fmt.Printf("%+v\n", Logger{prefix: "p", lines: []string{"x"}})
}
