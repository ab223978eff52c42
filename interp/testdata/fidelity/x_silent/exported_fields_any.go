package main

import (
	"fmt"
	"math/big"
	"net"
	"time"
)

type Job struct {
	Name    string
	Timeout time.Duration
}

type Account struct {
	ID      int
	Balance *big.Int
}

type Host struct {
	Addr net.IP
	TTL  time.Duration
}

func main() {
	jobs := []Job{{"a", 2 * time.Second}, {"b", time.Minute}}
	var x any = jobs
	fmt.Println(x)
	fmt.Printf("%v|%+v\n", x, x)
	var y any = map[string]Account{"z": {1, big.NewInt(42)}}
	fmt.Println(y)
	hosts := [2]Host{{net.IPv4(10, 0, 0, 1), time.Hour}}
	var z any = hosts
	fmt.Println(z)
	fmt.Println([]any{jobs[0], &jobs[1]}[0])
	var w any = Job{"c", 3 * time.Millisecond}
	fmt.Printf("%v %+v\n", w, w)
	when := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	type ev struct {
		At   time.Time
		Took time.Duration
	}
	var e any = []ev{{when, time.Second}}
	fmt.Println(e)
}
