package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

type Size uint8

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

type Flags uint

const (
	FlagRead Flags = 1 << iota
	FlagWrite
	FlagExec
)

func (f Flags) String() string {
	s := ""
	for i, n := range []string{"r", "w", "x"} {
		if f&(1<<uint(i)) != 0 {
			s += n
		} else {
			s += "-"
		}
	}
	return s
}

func (d Weekday) String() string {
	names := [...]string{"Sun", "Mon", "Tue", "Wed", "Thu"}
	if int(d) < len(names) {
		return names[d]
	}
	return fmt.Sprintf("Weekday(%d)", int(d))
}

const big = 1 << 100
const huge = big >> 98

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday, Weekday(9))
	fmt.Printf("%d %v %s %q\n", Thursday, Thursday, Tuesday, Monday)
	fmt.Println(KB, MB, GB)
	fmt.Println(A, B, C, D, E, F)
	perm := FlagRead | FlagExec
	fmt.Println(perm, FlagWrite, perm|FlagWrite, perm&^FlagRead, Flags(0))
	fmt.Printf("%v %d %08b\n", perm, perm, perm)
	fmt.Println(huge, big/big)
	const typed int8 = 100
	x := typed
	x += 100
	fmt.Println(x)
	var f float64 = 1 / 2
	g := 1 / 2.0
	fmt.Println(f, g, 7/2, -7/2, 7.0/2)
	const s = "const" + "ant"
	fmt.Println(s, len(s))
	days := map[Weekday]int{Monday: 1, Thursday: 4}
	fmt.Println(days)
	type Level int
	const (
		Debug Level = iota - 1
		Info
		Warn
	)
	fmt.Println(Debug, Info, Warn)
}
