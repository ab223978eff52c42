package main

import (
	"fmt"
	"sort"
	"sync"
)

type Result struct {
	ID  int
	Val int
	Err string
}

func safeGo(wg *sync.WaitGroup, id int, out chan<- Result, f func() int) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				out <- Result{ID: id, Err: fmt.Sprint(r)}
			}
		}()
		out <- Result{ID: id, Val: f()}
	}()
}

func main() {
	out := make(chan Result, 10)
	var wg sync.WaitGroup
	data := []int{10, 0, 5, 0, 2}
	for i, d := range data {
		safeGo(&wg, i, out, func() int { return 100 / d })
	}
	safeGo(&wg, 9, out, func() int {
		var m map[int][]int
		return len(m[1]) + m[2][0]
	})
	wg.Wait()
	close(out)
	var rs []Result
	for r := range out {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].ID < rs[j].ID })
	for _, r := range rs {
		fmt.Printf("%+v\n", r)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() { fmt.Println("inner recovered:", recover()) }()
		var arr []string
		fmt.Println(arr[len(data)])
	}()
	<-done
	never := make(chan int)
	go func() {
		panic(fmt.Errorf("worker %d exploded", 3))
	}()
	fmt.Println("not reached", <-never)
}
