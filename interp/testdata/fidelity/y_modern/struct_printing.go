package main

import (
	"errors"
	"fmt"
	"time"
)

type Status int

const (
	Active Status = iota + 1
	Suspended
)

func (s Status) String() string {
	if s == Active {
		return "active"
	}
	return "suspended"
}

type Address struct {
	City string
	Zip  *string
}

type Account struct {
	ID       int
	Owner    string
	Status   Status
	Addr     *Address
	Tags     []string
	Meta     map[string]any
	Err      error
	Created  time.Duration
	next     *Account
	Balances [2]float64
}

func main() {
	zip := "10001"
	a := Account{ID: 1, Owner: "ann", Status: Active, Addr: &Address{"NYC", &zip}, Tags: []string{"vip"},
		Meta: map[string]any{"age": 30, "score": 9.5, "nick": nil}, Err: errors.New("overdrawn"), Created: 90 * time.Minute,
		Balances: [2]float64{1.5, -2}}
	b := Account{ID: 2, Status: Suspended}
	a.next = &b
	fmt.Printf("%v\n", b)
	fmt.Printf("%+v\n", b)
	fmt.Println(a.Status, a.Addr.City, *a.Addr.Zip, a.Meta, a.Err, a.Created, a.Balances)
	fmt.Printf("%v|%+v|%s\n", a.Tags, a.Meta["nick"], a.Err)
	fmt.Printf("%v %d %s %q\n", []Status{Active, Suspended}, []Status{Active}, Status(2), Active)
	fmt.Printf("%+v\n", *a.Addr == Address{"NYC", &zip})
	type view struct {
		Name   string
		Status Status
		Err    error
		When   time.Duration
	}
	fmt.Printf("%v\n%+v\n", view{a.Owner, a.Status, a.Err, a.Created}, view{"x", Suspended, nil, 0})
	vs := []view{{"p", Active, nil, time.Second}, {"q", Suspended, errors.New("e"), -time.Millisecond}}
	fmt.Println(vs)
	fmt.Printf("%+v\n", vs)
	mp := map[Status]view{Active: {"m", Active, nil, 1}}
	fmt.Println(mp)
	var np *Account
	fmt.Println(np == nil, fmt.Sprint(np), fmt.Sprintf("%+v", []*Address{nil}))
	fmt.Printf("%5v|%-8v|%08.3f|%x\n", Active, Suspended, 3.14159, "hi")
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	fmt.Printf("%v\n", struct {
		A []int
		B map[string]int
		C *int
	}{})
}
