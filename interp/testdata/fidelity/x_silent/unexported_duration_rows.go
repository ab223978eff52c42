package main

import (
	"fmt"
	"math/big"
	"strings"
	"time"
)

type job struct {
	name    string
	timeout time.Duration
}

type account struct {
	id  int
	bal *big.Int
}

type Stamp struct {
	at  time.Time
	Dur time.Duration
}

func main() {
	jobs := []job{{"a", 2 * time.Second}, {"b", time.Minute}}
	var x any = jobs
	fmt.Println(x)
	fmt.Printf("%v|%+v\n", x, x)
	fmt.Println([]any{jobs}...)
	var y any = map[string]job{"z": {"c", time.Millisecond}}
	fmt.Println(y)
	var a any = [1]account{{1, big.NewInt(42)}}
	s := fmt.Sprint(a)
	fmt.Println(len(s) > 0, s[:4])
	var st any = []Stamp{{time.Time{}, time.Second}}
	fmt.Printf("%v\n", st)
	fmt.Println([]any{&jobs[0]}...)
	p := fmt.Sprintf("%+v", []any{&jobs[1]})
	fmt.Println(strings.HasPrefix(p, "[0x"), strings.Contains(p, "timeout"))
}
