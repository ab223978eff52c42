package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

var created atomic.Int32

var bufPool = sync.Pool{
	New: func() any {
		created.Add(1)
		return new(bytes.Buffer)
	},
}

func render(name string, fields map[string]string, order []string) string {
	buf := bufPool.Get().(*bytes.Buffer)
	defer func() {
		buf.Reset()
		bufPool.Put(buf)
	}()
	buf.WriteString(name)
	buf.WriteByte('{')
	for i, k := range order {
		if i > 0 {
			buf.WriteString(", ")
		}
		fmt.Fprintf(buf, "%s=%q", k, fields[k])
	}
	buf.WriteByte('}')
	return buf.String()
}

type Matrix struct {
	data [16]float64
}

type matrixPool struct {
	p    sync.Pool
	gets atomic.Int64
}

func (mp *matrixPool) get() *Matrix {
	mp.gets.Add(1)
	if m, ok := mp.p.Get().(*Matrix); ok {
		return m
	}
	return &Matrix{}
}

func (mp *matrixPool) put(m *Matrix) {
	*m = Matrix{}
	mp.p.Put(m)
}

func main() {
	out := render("user", map[string]string{"name": "ann", "role": "admin"}, []string{"name", "role"})
	fmt.Println(out)
	fmt.Println(render("empty", nil, nil))

	var wg sync.WaitGroup
	results := make([]string, 8)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = render(fmt.Sprintf("item%d", i), map[string]string{"n": strings.Repeat("*", i)}, []string{"n"})
		}(i)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
	c := created.Load()
	fmt.Println("buffers created at least one:", c >= 1)

	var mp matrixPool
	m := mp.get()
	for i := range m.data {
		m.data[i] = float64(i)
	}
	sum := 0.0
	for _, v := range m.data {
		sum += v
	}
	mp.put(m)
	m2 := mp.get()
	fmt.Println("sum", sum, "reset:", m2.data[5] == 0, "gets:", mp.gets.Load())

	var p sync.Pool
	fmt.Println("empty pool:", p.Get())
	p.Put("hello")
	v := p.Get()
	fmt.Println("got back string or nil:", v == "hello" || v == nil)
}
