package main

import (
	"errors"
	"fmt"
	"strings"
)

type Resetter interface{ Reset() }

type Pool[T Resetter] struct {
	free    []T
	newFn   func() T
	created int
	reused  int
	max     int
	inUse   int
}

var ErrExhausted = errors.New("pool exhausted")

func NewPool[T Resetter](max int, newFn func() T) *Pool[T] {
	return &Pool[T]{newFn: newFn, max: max}
}

func (p *Pool[T]) Get() (T, error) {
	if n := len(p.free); n > 0 {
		x := p.free[n-1]
		p.free = p.free[:n-1]
		p.reused++
		p.inUse++
		return x, nil
	}
	if p.created >= p.max {
		var zero T
		return zero, fmt.Errorf("get (%d in use): %w", p.inUse, ErrExhausted)
	}
	p.created++
	p.inUse++
	return p.newFn(), nil
}

func (p *Pool[T]) Put(x T) {
	x.Reset()
	p.inUse--
	p.free = append(p.free, x)
}

func (p *Pool[T]) Stats() string {
	return fmt.Sprintf("created=%d reused=%d free=%d inUse=%d", p.created, p.reused, len(p.free), p.inUse)
}

type Buffer struct {
	id int
	sb strings.Builder
}

func (b *Buffer) Reset() { b.sb.Reset() }

type Conn struct {
	Addr  string
	Reads int
}

func (c *Conn) Reset() { c.Reads = 0 }

func With[T Resetter](p *Pool[T], f func(T) error) error {
	x, err := p.Get()
	if err != nil {
		return err
	}
	defer p.Put(x)
	return f(x)
}

func main() {
	ids := 0
	bp := NewPool(2, func() *Buffer { ids++; return &Buffer{id: ids} })
	for i, word := range []string{"alpha", "beta", "gamma"} {
		err := With(bp, func(b *Buffer) error {
			fmt.Fprintf(&b.sb, "%d:%s@buf%d", i, strings.ToUpper(word), b.id)
			fmt.Println(b.sb.String())
			return nil
		})
		if err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println(bp.Stats())

	b1, _ := bp.Get()
	b2, _ := bp.Get()
	_, err := bp.Get()
	fmt.Println(err, errors.Is(err, ErrExhausted), b1.id, b2.id)
	bp.Put(b2)
	bp.Put(b1)
	fmt.Println(bp.Stats())

	cp := NewPool(1, func() *Conn { return &Conn{Addr: "10.0.0.1:5432"} })
	err = With(cp, func(c *Conn) error {
		c.Reads += 3
		return With(cp, func(*Conn) error { return nil })
	})
	fmt.Println("nested:", err)
	c, _ := cp.Get()
	fmt.Printf("%+v %s\n", *c, cp.Stats())
}
