package main

import (
	"fmt"
	"sort"
	"sync"
)

type Request struct {
	args       []int
	f          func([]int) int
	resultChan chan int
}

func sum(a []int) (s int) {
	for _, v := range a {
		s += v
	}
	return
}

func handle(queue chan *Request, wg *sync.WaitGroup) {
	defer wg.Done()
	for req := range queue {
		req.resultChan <- req.f(req.args)
	}
}

type Vector []float64

func (v Vector) DoSome(i, n int, u Vector, c chan int) {
	for ; i < n; i++ {
		v[i] += u[i] * 2
	}
	c <- 1
}

const numCPU = 4

func (v Vector) DoAll(u Vector) {
	c := make(chan int, numCPU)
	for i := 0; i < numCPU; i++ {
		go v.DoSome(i*len(v)/numCPU, (i+1)*len(v)/numCPU, u, c)
	}
	for i := 0; i < numCPU; i++ {
		<-c
	}
}

func main() {
	queue := make(chan *Request, 10)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go handle(queue, &wg)
	}
	var reqs []*Request
	for i := 1; i <= 5; i++ {
		args := make([]int, i)
		for j := range args {
			args[j] = j * i
		}
		r := &Request{args, sum, make(chan int, 1)}
		reqs = append(reqs, r)
		queue <- r
	}
	close(queue)
	var results []string
	for _, r := range reqs {
		results = append(results, fmt.Sprintf("%v=%d", r.args, <-r.resultChan))
	}
	wg.Wait()
	sort.Strings(results)
	fmt.Println(results)
	v := make(Vector, 8)
	u := Vector{1, 2, 3, 4, 5, 6, 7, 8}
	v.DoAll(u)
	fmt.Println(v)
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	maxActive, active := 0, 0
	var wg2 sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			maxActive = max(maxActive, active)
			mu.Unlock()
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg2.Wait()
	fmt.Println("max concurrent <= 2:", maxActive <= 2, cap(sem), len(sem))
}
