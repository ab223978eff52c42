package main

import (
	"fmt"
	"strings"
)

// Deque of indices, a ring buffer that grows.
type Deque struct {
	buf        []int
	head, size int
}

func (d *Deque) grow() {
	nb := make([]int, max(4, 2*len(d.buf)))
	for i := 0; i < d.size; i++ {
		nb[i] = d.buf[(d.head+i)%len(d.buf)]
	}
	d.buf, d.head = nb, 0
}

func (d *Deque) PushBack(v int) {
	if d.size == len(d.buf) {
		d.grow()
	}
	d.buf[(d.head+d.size)%len(d.buf)] = v
	d.size++
}

func (d *Deque) PopBack() int {
	d.size--
	return d.buf[(d.head+d.size)%len(d.buf)]
}

func (d *Deque) PopFront() int {
	v := d.buf[d.head]
	d.head = (d.head + 1) % len(d.buf)
	d.size--
	return v
}

func (d *Deque) Front() int { return d.buf[d.head] }
func (d *Deque) Back() int  { return d.buf[(d.head+d.size-1)%len(d.buf)] }
func (d *Deque) Len() int   { return d.size }

func maxSlidingWindow(nums []int, k int) []int {
	var dq Deque
	res := make([]int, 0, len(nums)-k+1)
	for i, n := range nums {
		if dq.Len() > 0 && dq.Front() <= i-k {
			dq.PopFront()
		}
		for dq.Len() > 0 && nums[dq.Back()] <= n {
			dq.PopBack()
		}
		dq.PushBack(i)
		if i >= k-1 {
			res = append(res, nums[dq.Front()])
		}
	}
	return res
}

func show(nums []int, k int) {
	out := maxSlidingWindow(nums, k)
	fmt.Printf("k=%d nums=%v\n", k, nums)
	for i, m := range out {
		fmt.Printf("  %s%v max=%d\n", strings.Repeat("   ", i), nums[i:i+k], m)
	}
}

func main() {
	show([]int{1, 3, -1, -3, 5, 3, 6, 7}, 3)
	show([]int{1}, 1)
	show([]int{9, 8, 7, 6, 5, 4, 3, 2, 1, 0}, 4)
	var d Deque
	for i := 0; i < 10; i++ {
		d.PushBack(i * i)
		if i%3 == 0 {
			d.PopFront()
		}
	}
	fmt.Println("deque len", d.Len(), "front", d.Front(), "back", d.Back(), "cap", len(d.buf))
}
