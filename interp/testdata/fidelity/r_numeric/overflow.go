package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

var ErrOverflow = errors.New("integer overflow")

func addInt32(a, b int32) (int32, error) {
	c := a + b
	if (c > a) != (b > 0) {
		return c, ErrOverflow
	}
	return c, nil
}

func mulChecked(a, b int64) (int64, error) {
	if a == 0 || b == 0 {
		return 0, nil
	}
	c := a * b
	if c/b != a || (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64) {
		return c, fmt.Errorf("mul %d*%d: %w", a, b, ErrOverflow)
	}
	return c, nil
}

type Celsius int16

func main() {
	var u8 uint8 = 250
	for i := 0; i < 10; i++ {
		u8++
	}
	fmt.Println("uint8 wrap:", u8)
	var i8 int8 = 127
	i8++
	fmt.Println("int8 wrap:", i8, -i8)
	var mn int64 = math.MinInt64
	fmt.Println(mn, -mn, mn/-1 == mn, mn%-1)

	fmt.Println(addInt32(math.MaxInt32, 1))
	fmt.Println(addInt32(100, 200))
	fmt.Println(mulChecked(1<<40, 1<<30))
	fmt.Println(mulChecked(-1, math.MinInt64))
	fmt.Println(mulChecked(123456, 654321))

	f := 3.99
	fmt.Println(int(f), int(-f), uint8(int(f*100)&0xff), int64(float32(16777217)))
	big := 1e10
	fmt.Println(int32(int64(big)), uint16(int32(big)&0xffff), int8(200-256))
	var x uint32 = 1 << 31
	fmt.Println(int32(x), int64(int32(x)), uint64(int32(x)))
	c := Celsius(-40)
	fmt.Printf("%d %v %T %x %o %b\n", c, c, c, uint16(c), 8, 5)

	for _, s := range []string{"127", "128", "-129", "255", "0x7f", "0b101", "0o17", "1_000"} {
		v8, err := strconv.ParseInt(s, 0, 8)
		fmt.Printf("ParseInt(%q,0,8) = %d, %v\n", s, v8, err)
	}
	u, err := strconv.ParseUint("18446744073709551616", 10, 64)
	fmt.Println(u, err)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println("func:", ne.Func, "num:", ne.Num, "err:", ne.Err, errors.Is(err, strconv.ErrRange))
	}
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatUint(math.MaxUint64, 36), strconv.Itoa(math.MinInt32))
	fmt.Println(strconv.Quote("héllo\n\x00"), strconv.QuoteToASCII("日本"), strconv.QuoteRune('☺'))
	n, err := strconv.Atoi("42abc")
	fmt.Println(n, err)
	const huge = 1 << 100
	fmt.Println(huge>>98, float64(huge))
	fmt.Println(7/2, -7/2, 7%-2, -7%2, 7>>1, -7>>1, ^0, 5&^3)
}
