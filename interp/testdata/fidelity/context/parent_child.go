package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	parent, cancelParent := context.WithCancel(context.Background())
	child, cancelChild := context.WithTimeout(parent, time.Hour)
	defer cancelChild()
	sibling := context.WithoutCancel(parent)
	cancelParent()
	<-child.Done()
	fmt.Println("child:", child.Err())
	fmt.Println("sibling:", sibling.Err())

	_, hasDeadline := child.Deadline()
	_, siblingDeadline := sibling.Deadline()
	fmt.Println(hasDeadline, siblingDeadline)

	select {
	case <-sibling.Done():
		fmt.Println("sibling done?")
	default:
		fmt.Println("sibling still alive")
	}
}
