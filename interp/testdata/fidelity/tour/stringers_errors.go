package main

import (
	"fmt"
	"time"
)

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string {
	return fmt.Sprintf("%v (%v years)", p.Name, p.Age)
}

type IPAddr [4]byte

func (ip IPAddr) String() string {
	return fmt.Sprintf("%v.%v.%v.%v", ip[0], ip[1], ip[2], ip[3])
}

type MyError struct {
	When time.Time
	What string
}

func (e *MyError) Error() string {
	return fmt.Sprintf("at %v, %s", e.When.Format("2006-01-02 15:04"), e.What)
}

func run() error {
	return &MyError{
		time.Date(2023, 5, 1, 10, 30, 0, 0, time.UTC),
		"it didn't work",
	}
}

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprintf("cannot Sqrt negative number: %v", float64(e))
}

func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	z := 1.0
	for i := 0; i < 10; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z, nil
}

func main() {
	a := Person{"Arthur Dent", 42}
	z := Person{"Zaphod Beeblebrox", 9001}
	fmt.Println(a, z)

	hosts := map[string]IPAddr{
		"loopback":  {127, 0, 0, 1},
		"googleDNS": {8, 8, 8, 8},
	}
	for _, name := range []string{"googleDNS", "loopback"} {
		fmt.Printf("%v: %v\n", name, hosts[name])
	}
	fmt.Println(hosts["loopback"])
	fmt.Printf("%s|%v|%d\n", hosts["googleDNS"], []IPAddr{{1, 2, 3, 4}}, hosts["loopback"])

	if err := run(); err != nil {
		fmt.Println(err)
	}

	fmt.Println(Sqrt(2))
	fmt.Println(Sqrt(-2))
	v, err := Sqrt(-9)
	if err != nil {
		fmt.Println("error:", err, "value:", v)
	}
	if e, ok := err.(ErrNegativeSqrt); ok {
		fmt.Println("negative by", float64(e))
	}

	var s fmt.Stringer = a
	fmt.Println("stringer:", s.String(), s)
	people := []Person{a, z}
	fmt.Println(people)
	fmt.Printf("%v %s\n", &a, people[1])
}
