package main

import "fmt"

type Notifier interface{ Notify() string }

type Email struct{ To string }

func (e *Email) Notify() string { return "email to " + e.To }

type SMS struct{ Num string }

func (s SMS) Notify() string { return "sms to " + s.Num }

func send(ns ...Notifier) {
	for _, n := range ns {
		fmt.Println(n.Notify())
	}
}

func main() {
	send(&Email{"a@b.c"}, SMS{"555"}, &SMS{"777"})
	var x any = Email{"x"}
	_, ok := x.(Notifier)
	fmt.Println("Email value is Notifier:", ok)

	x = &Email{"y"}
	_, ok = x.(Notifier)
	fmt.Println("*Email is Notifier:", ok)
}
