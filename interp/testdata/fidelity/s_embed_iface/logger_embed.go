package main

import (
	"fmt"
	"io"
	"strings"
	"sync"
)

type Logger interface {
	Logf(format string, args ...any)
}

type prefixLogger struct {
	prefix string
	w      io.Writer
}

func (p *prefixLogger) Logf(format string, args ...any) {
	fmt.Fprintf(p.w, p.prefix+format+"\n", args...)
}

type Counter struct {
	sync.Mutex
	counts map[string]int
}

func (c *Counter) Inc(k string) int {
	c.Lock()
	defer c.Unlock()
	if c.counts == nil {
		c.counts = map[string]int{}
	}
	c.counts[k]++
	return c.counts[k]
}

// Service embeds an interface and a struct pointer: both promote methods.
type Service struct {
	Logger
	*Counter
	Name string
}

func (s Service) Handle(req string) {
	n := s.Inc(req)
	s.Logf("%s handled %q (#%d)", s.Name, req, n)
}

// quietService overrides Logf but still reaches the embedded one.
type quietService struct {
	Service
	dropped int
}

func (q *quietService) Logf(format string, args ...any) {
	if strings.Contains(format, "handled") {
		q.dropped++
		return
	}
	q.Service.Logf(format, args...)
}

func main() {
	var sb strings.Builder
	base := &prefixLogger{"[svc] ", &sb}
	s := Service{Logger: base, Counter: &Counter{}, Name: "api"}
	for _, r := range []string{"/a", "/b", "/a"} {
		s.Handle(r)
	}
	q := &quietService{Service: s}
	q.Handle("/c")
	q.Logf("direct %d", 42)
	var l Logger = q
	l.Logf("via iface handled")
	l.Logf("via iface kept")
	fmt.Print(sb.String())
	fmt.Println("dropped:", q.dropped, "counts:", s.counts["/a"], q.counts["/c"], q.Counter == s.Counter)
	_, isPL := s.Logger.(*prefixLogger)
	_, isQ := l.(*quietService)
	fmt.Println(isPL, isQ)
}
