package main

import (
	"fmt"
	"strings"
	"sync"
)

type Config struct {
	values map[string]string
	loads  int
}

var (
	instance *Config
	once     sync.Once
	loads    int
)

func GetConfig() *Config {
	once.Do(func() {
		loads++
		instance = &Config{values: map[string]string{"env": "prod", "region": "eu"}, loads: loads}
	})
	return instance
}

type Conn struct {
	ID    int
	inUse bool
}

type Pool struct {
	mu     sync.Mutex
	free   []*Conn
	all    []*Conn
	nextID int
	max    int
}

func (p *Pool) Get() (*Conn, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if n := len(p.free); n > 0 {
		c := p.free[n-1]
		p.free = p.free[:n-1]
		c.inUse = true
		return c, nil
	}
	if len(p.all) >= p.max {
		return nil, fmt.Errorf("pool exhausted (%d conns)", p.max)
	}
	p.nextID++
	c := &Conn{ID: p.nextID, inUse: true}
	p.all = append(p.all, c)
	return c, nil
}

func (p *Pool) Put(c *Conn) {
	p.mu.Lock()
	defer p.mu.Unlock()
	c.inUse = false
	p.free = append(p.free, c)
}

func (p *Pool) String() string {
	var sb strings.Builder
	for _, c := range p.all {
		mark := "."
		if c.inUse {
			mark = "#"
		}
		sb.WriteString(fmt.Sprintf("%d%s ", c.ID, mark))
	}
	return strings.TrimSpace(sb.String())
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = GetConfig()
		}()
	}
	wg.Wait()
	c := GetConfig()
	fmt.Println(c.values["env"], c.values["region"], c.loads, loads, c == GetConfig())

	p := &Pool{max: 3}
	a, _ := p.Get()
	b, _ := p.Get()
	fmt.Println(p)
	p.Put(a)
	fmt.Println(p)
	x, _ := p.Get()
	fmt.Println(x.ID == a.ID, p)
	d, _ := p.Get()
	_, err := p.Get()
	fmt.Println(d.ID, err)
	p.Put(b)
	p.Put(d)
	fmt.Printf("%v | free=%d\n", p, len(p.free))
}
