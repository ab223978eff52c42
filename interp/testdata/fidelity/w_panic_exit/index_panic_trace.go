package main

import (
	"errors"
	"fmt"
	"runtime"
)

type Ring struct {
	buf  []int
	head int
}

func (r *Ring) At(i int) int { return r.buf[(r.head+i)%len(r.buf)] }

func try(name string, f func()) {
	defer func() {
		r := recover()
		var re runtime.Error
		if err, ok := r.(error); ok && errors.As(err, &re) {
			fmt.Printf("%-8s runtime error: %v\n", name, re)
			return
		}
		fmt.Printf("%-8s other: %v (%T)\n", name, r, r)
	}()
	f()
}

func main() {
	r := &Ring{buf: []int{1, 2, 3}, head: 1}
	fmt.Println(r.At(0), r.At(2), r.At(5))
	try("empty", func() { _ = (&Ring{}).At(0) })
	try("index", func() {
		s := []int{1, 2}
		i := 5
		_ = s[i]
	})
	try("slice", func() {
		s := "hello"
		lo, hi := 3, 1
		_ = s[lo:hi]
	})
	try("nilmap", func() {
		var m map[string]int
		m["a"] = 1
	})
	try("assert", func() {
		var x any = "str"
		_ = x.(int)
	})
	try("custom", func() { panic(fmt.Sprintf("bad %d", 42)) })
	try("errval", func() { panic(errors.New("plain error")) })
	try("nilptr", func() {
		var rp *Ring
		_ = rp.head
	})
	var arr [4]int
	idx := len(r.buf) + 2
	fmt.Println("about to fail")
	arr[idx%8] = 1
}
