package main

import (
	"fmt"
	"sort"
)

type Cell interface {
	Value() int
}

type InputCell interface {
	Cell
	SetValue(int)
}

type Canceler interface{ Cancel() }

type ComputeCell interface {
	Cell
	AddCallback(func(int)) Canceler
}

type Reactor struct {
	cells []*cell
}

type cell struct {
	r         *Reactor
	value     int
	compute   func() int
	callbacks map[int]func(int)
	nextID    int
}

type canceler struct {
	c  *cell
	id int
}

func (c canceler) Cancel() { delete(c.c.callbacks, c.id) }

func (c *cell) Value() int { return c.value }

func (c *cell) SetValue(v int) {
	if v == c.value {
		return
	}
	c.value = v
	c.r.propagate()
}

func (c *cell) AddCallback(f func(int)) Canceler {
	id := c.nextID
	c.nextID++
	c.callbacks[id] = f
	return canceler{c, id}
}

func (r *Reactor) CreateInput(v int) InputCell {
	c := &cell{r: r, value: v}
	r.cells = append(r.cells, c)
	return c
}

func (r *Reactor) CreateCompute1(dep Cell, f func(int) int) ComputeCell {
	return r.newCompute(func() int { return f(dep.Value()) })
}

func (r *Reactor) CreateCompute2(a, b Cell, f func(int, int) int) ComputeCell {
	return r.newCompute(func() int { return f(a.Value(), b.Value()) })
}

func (r *Reactor) newCompute(fn func() int) ComputeCell {
	c := &cell{r: r, compute: fn, callbacks: map[int]func(int){}}
	c.value = fn()
	r.cells = append(r.cells, c)
	return c
}

func (r *Reactor) propagate() {
	for _, c := range r.cells {
		if c.compute == nil {
			continue
		}
		old := c.value
		c.value = c.compute()
		if c.value != old {
			ids := make([]int, 0, len(c.callbacks))
			for id := range c.callbacks {
				ids = append(ids, id)
			}
			sort.Ints(ids)
			for _, id := range ids {
				c.callbacks[id](c.value)
			}
		}
	}
}

func main() {
	r := &Reactor{}
	in := r.CreateInput(1)
	plus1 := r.CreateCompute1(in, func(v int) int { return v + 1 })
	times2 := r.CreateCompute1(in, func(v int) int { return v * 2 })
	sum := r.CreateCompute2(plus1, times2, func(a, b int) int { return a + b })
	fmt.Println(in.Value(), plus1.Value(), times2.Value(), sum.Value())
	var log []string
	c1 := sum.AddCallback(func(v int) { log = append(log, fmt.Sprintf("cb1:%d", v)) })
	sum.AddCallback(func(v int) { log = append(log, fmt.Sprintf("cb2:%d", v)) })
	for _, v := range []int{3, 3, 10, -4} {
		in.SetValue(v)
		fmt.Printf("in=%d sum=%d log=%v\n", in.Value(), sum.Value(), log)
	}
	c1.Cancel()
	c1.Cancel()
	in.SetValue(0)
	fmt.Println(log)
	fmt.Printf("%T %T\n", in, c1)
	parity := r.CreateCompute1(in, func(v int) int { return v % 2 })
	changes := 0
	parity.AddCallback(func(int) { changes++ })
	for i := 0; i < 7; i++ {
		in.SetValue(i * 2)
	}
	fmt.Println("parity changes:", changes, parity.Value())
}
