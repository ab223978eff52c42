package main

import (
	"fmt"
	"runtime"
	"strings"
)

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func catch(f func()) (msg string) {
	defer func() {
		r := recover()
		if err, ok := r.(runtime.Error); ok {
			msg = "runtime.Error: " + err.Error()
			return
		}
		msg = fmt.Sprintf("other: %v", r)
	}()
	f()
	return "no panic"
}

func main() {
	s := []int{1, 2, 3}
	i, j := 4, 1
	var m map[string][]int
	var sh Shape
	var a any = Sq{2}
	var ip *int
	str := "héllo"
	n := -1
	results := []string{
		catch(func() { _ = s[i] }),
		catch(func() { _ = s[j:i] }),
		catch(func() { _ = s[2:j] }),
		catch(func() { _ = str[10] }),
		catch(func() { m["k"] = append(m["k"], 1) }),
		catch(func() { _ = sh.Area() }),
		catch(func() { _ = a.(fmt.Stringer) }),
		catch(func() { _ = a.(*Sq) }),
		catch(func() { _ = *ip }),
		catch(func() { _ = make([]int, n) }),
		catch(func() { var arr [3]int; _ = arr[i%4] }),
		catch(func() { x := 0; _ = 5 % x }),
		catch(func() { panic(fmt.Sprintf("%d items", len(s))) }),
	}
	for k, r := range results {
		fmt.Printf("%2d %s\n", k, r)
	}
	fmt.Println(strings.Count(strings.Join(results, "\n"), "runtime.Error"))
}
