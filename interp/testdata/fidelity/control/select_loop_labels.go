package main

import "fmt"

func main() {
	data := make(chan int)
	quit := make(chan struct{})
	go func() {
		for i := 1; i <= 5; i++ {
			data <- i
		}
		close(quit)
	}()
	sum := 0
loop:
	for {
		select {
		case v := <-data:
			if v == 2 {
				continue loop
			}
			sum += v
		case <-quit:
			break loop
		}
	}
	fmt.Println("sum without 2:", sum)
}
