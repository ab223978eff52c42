package main

import "fmt"

type IntList struct {
	Val  int
	Tail *IntList
}

func (l *IntList) Sum() int {
	if l == nil {
		return 0
	}
	return l.Val + l.Tail.Sum()
}

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func main() {
	l := &IntList{1, &IntList{2, &IntList{3, nil}}}
	fmt.Println(l.Sum())
	var empty *IntList
	fmt.Println(empty.Sum())

	err := mayFail(false)
	fmt.Println(err == nil)
	fmt.Printf("%T\n", err)

	var m map[string]int
	fmt.Println(m["x"], len(m), m == nil)
	var s []string
	fmt.Println(len(s), s == nil, s)
	s = append(s, "ok")
	fmt.Println(s)
	var f func()
	fmt.Println(f == nil)
	var ch chan int
	select {
	case v := <-ch:
		fmt.Println(v)
	default:
		fmt.Println("nil channel never ready")
	}
}
