package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

func Bytes(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}

func Commas(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var out []byte
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	if neg {
		return "-" + string(out)
	}
	return string(out)
}

func Ago(d time.Duration) string {
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return fmt.Sprintf("%d minutes ago", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%d hours ago", int(d.Hours()))
	}
	return fmt.Sprintf("%d days ago", int(d.Hours()/24))
}

func Ordinal(n int) string {
	suffix := "th"
	switch n % 10 {
	case 1:
		suffix = "st"
	case 2:
		suffix = "nd"
	case 3:
		suffix = "rd"
	}
	if n%100 >= 11 && n%100 <= 13 {
		suffix = "th"
	}
	return strconv.Itoa(n) + suffix
}

func main() {
	for _, n := range []int64{0, 999, 1024, 1536, 1 << 20, 5 << 30, math.MaxInt64} {
		fmt.Printf("%20d -> %10s | %s\n", n, Bytes(n), Commas(n))
	}
	fmt.Println(Commas(-1234567), Commas(12))
	for _, d := range []time.Duration{30 * time.Second, 5 * time.Minute, 3*time.Hour + 20*time.Minute, 50 * time.Hour, 1000 * time.Hour} {
		fmt.Printf("%-12v %s\n", d, Ago(d))
	}
	var ords []string
	for _, n := range []int{1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 1003} {
		ords = append(ords, Ordinal(n))
	}
	fmt.Println(strings.Join(ords, ", "))
	fmt.Println(strconv.FormatFloat(1234.5678, 'e', 3, 64), strconv.FormatFloat(0.000012, 'g', -1, 64), strconv.FormatFloat(1e21, 'f', 0, 64))
	fmt.Printf("%e %E %.3g %08.3f %+d %x %X %o %O %b %U %c %q\n", 123456.789, 0.00042, math.Pi, -3.14159, 42, 255, 3054, 8, 8, 5, 'é', 0x1F600, 'x')
	fmt.Printf("%6.2f%% |%-8s|%8s|%x|% x|%#x\n", 45.678, "left", "right", "hi", "hi", 1234)
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%5t|%-5t|%05d|%x|%X\n", false, true, -42, -255, []byte{1, 171})
}
