package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("buffer empty")

type RingBuffer struct {
	data        []int
	head, count int
}

func NewRing(n int) *RingBuffer { return &RingBuffer{data: make([]int, n)} }

func (r *RingBuffer) Push(v int) (overwritten bool) {
	idx := (r.head + r.count) % len(r.data)
	r.data[idx] = v
	if r.count == len(r.data) {
		r.head = (r.head + 1) % len(r.data)
		return true
	}
	r.count++
	return false
}

func (r *RingBuffer) Pop() (int, error) {
	if r.count == 0 {
		return 0, ErrEmpty
	}
	v := r.data[r.head]
	r.head = (r.head + 1) % len(r.data)
	r.count--
	return v, nil
}

func (r *RingBuffer) Items() []int {
	out := make([]int, r.count)
	for i := range out {
		out[i] = r.data[(r.head+i)%len(r.data)]
	}
	return out
}

type Deque[T any] struct {
	buf        []T
	head, size int
}

func (d *Deque[T]) grow() {
	nb := make([]T, max(4, 2*len(d.buf)))
	for i := 0; i < d.size; i++ {
		nb[i] = d.buf[(d.head+i)%len(d.buf)]
	}
	d.buf, d.head = nb, 0
}

func (d *Deque[T]) PushBack(v T) {
	if d.size == len(d.buf) {
		d.grow()
	}
	d.buf[(d.head+d.size)%len(d.buf)] = v
	d.size++
}

func (d *Deque[T]) PushFront(v T) {
	if d.size == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = v
	d.size++
}

func (d *Deque[T]) PopFront() (T, bool) {
	var zero T
	if d.size == 0 {
		return zero, false
	}
	v := d.buf[d.head]
	d.buf[d.head] = zero
	d.head = (d.head + 1) % len(d.buf)
	d.size--
	return v, true
}

func (d *Deque[T]) PopBack() (T, bool) {
	var zero T
	if d.size == 0 {
		return zero, false
	}
	i := (d.head + d.size - 1) % len(d.buf)
	v := d.buf[i]
	d.size--
	return v, true
}

func (d *Deque[T]) Len() int { return d.size }

func slidingMax(nums []int, k int) []int {
	var dq Deque[int]
	var res []int
	for i, n := range nums {
		for dq.Len() > 0 {
			j, _ := dq.PopBack()
			if nums[j] > n {
				dq.PushBack(j)
				break
			}
		}
		dq.PushBack(i)
		if f, _ := dq.PopFront(); f > i-k {
			dq.PushFront(f)
		}
		if i >= k-1 {
			f, _ := dq.PopFront()
			dq.PushFront(f)
			res = append(res, nums[f])
		}
	}
	return res
}

func main() {
	r := NewRing(4)
	for i := 1; i <= 6; i++ {
		over := r.Push(i * 10)
		fmt.Printf("push %d overwrote=%v items=%v\n", i*10, over, r.Items())
	}
	for {
		v, err := r.Pop()
		if err != nil {
			fmt.Println("pop:", err)
			break
		}
		fmt.Println("pop:", v)
	}
	var d Deque[string]
	for _, s := range []string{"c", "d", "e"} {
		d.PushBack(s)
	}
	d.PushFront("b")
	d.PushFront("a")
	d.PushBack("f")
	fmt.Println("len", d.Len(), "cap", len(d.buf))
	for d.Len() > 0 {
		f, _ := d.PopFront()
		b, ok := d.PopBack()
		fmt.Println(f, b, ok)
	}
	fmt.Println(slidingMax([]int{1, 3, -1, -3, 5, 3, 6, 7}, 3))
}
