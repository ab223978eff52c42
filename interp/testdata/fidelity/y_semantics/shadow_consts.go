package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

type Size uint64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
	TB
)

func (s Size) String() string {
	switch {
	case s >= TB:
		return fmt.Sprintf("%.1fT", float64(s)/float64(TB))
	case s >= GB:
		return fmt.Sprintf("%.1fG", float64(s)/float64(GB))
	case s >= MB:
		return fmt.Sprintf("%.1fM", float64(s)/float64(MB))
	case s >= KB:
		return fmt.Sprintf("%.1fK", float64(s)/float64(KB))
	}
	return strconv.FormatUint(uint64(s), 10) + "B"
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = iota * 10
	Saturday
)

const (
	big            = 1 << 100
	small          = big >> 98
	ratio          = 2.0 / 3
	typedF float32 = 1.0 / 3
	mask           = ^uint8(0) &^ 0x0f
)

var errX = errors.New("outer")

func find(vals []string) (int, error) {
	total := 0
	var err error
	for _, v := range vals {
		n, err := strconv.Atoi(v) // shadows the outer err
		if err != nil {
			continue
		}
		total += n
	}
	return total, err
}

func main() {
	fmt.Println(KB, MB, GB, TB, Size(1536), Size(5*GB/2), Size(999))
	fmt.Println(Sunday, Monday, Tuesday, Thursday, Friday, Saturday)
	fmt.Println(small, ratio, typedF, mask, big/(big>>3))
	fmt.Printf("%T %T %v %08b\n", ratio, typedF, float64(typedF) == 1.0/3, mask)
	n, err := find([]string{"1", "x", "3"})
	fmt.Println(n, err)
	x := 1
	{
		x := x + 1
		x++
		fmt.Println("inner x", x)
	}
	if x := "str"; len(x) > 2 {
		fmt.Println("if x", x)
	} else if y := x + "!"; true {
		fmt.Println(y)
	}
	fmt.Println("outer x", x)
	err = errX
	if true {
		err := fmt.Errorf("wrap: %w", err)
		fmt.Println(err, errors.Is(err, errX))
	}
	fmt.Println(err)
	const local = math.MaxInt8 + 1
	var i8 int8 = local - 1
	i8++
	u := uint32(math.MaxUint32)
	u++
	fmt.Println(local, i8, math.MaxUint32, u)
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	type int = string
	var weird int = "aliased"
	fmt.Println(weird, min(3, 1, 2), max(2.5, 1), min("b", "a"))
}
