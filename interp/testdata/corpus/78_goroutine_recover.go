package main

import (
	"fmt"
	"sync"
)

func safeGo(wg *sync.WaitGroup, errs chan<- string, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs <- fmt.Sprint("recovered: ", r)
			}
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	errs := make(chan string, 3)
	safeGo(&wg, errs, func() { panic("task one failed") })
	wg.Wait()
	safeGo(&wg, errs, func() {})
	wg.Wait()
	safeGo(&wg, errs, func() { panic(fmt.Errorf("task %d failed", 3)) })
	wg.Wait()
	close(errs)
	for e := range errs {
		fmt.Println(e)
	}
}
