package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

const access = `10.0.0.1 GET /index.html 200 512
10.0.0.2 GET /about.html 200 1024
10.0.0.1 POST /login 302 0
10.0.0.3 GET /index.html 404 128
10.0.0.1 GET /index.html 200 512
10.0.0.2 GET /missing 404 128
10.0.0.4 GET /index.html 500 64
10.0.0.3 GET /about.html 200 1024
10.0.0.1 GET /index.html 200 512`

type filter func([]string) []string

func lines(s string) []string {
	var out []string
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

func field(n int) filter {
	return func(in []string) []string {
		out := make([]string, 0, len(in))
		for _, l := range in {
			f := strings.Fields(l)
			if n < len(f) {
				out = append(out, f[n])
			}
		}
		return out
	}
}

func sortLines(in []string) []string {
	out := append([]string(nil), in...)
	sort.Strings(out)
	return out
}

func uniqCount(in []string) []string {
	var out []string
	for i := 0; i < len(in); {
		j := i
		for j < len(in) && in[j] == in[i] {
			j++
		}
		out = append(out, fmt.Sprintf("%7d %s", j-i, in[i]))
		i = j
	}
	return out
}

func sortNumericReverse(in []string) []string {
	out := append([]string(nil), in...)
	sort.SliceStable(out, func(a, b int) bool {
		var x, y int
		fmt.Sscan(out[a], &x)
		fmt.Sscan(out[b], &y)
		return x > y
	})
	return out
}

func head(n int) filter {
	return func(in []string) []string {
		if len(in) > n {
			return in[:n]
		}
		return in
	}
}

func grepv(sub string) filter {
	return func(in []string) []string {
		var out []string
		for _, l := range in {
			if !strings.Contains(l, sub) {
				out = append(out, l)
			}
		}
		return out
	}
}

func pipe(in []string, fs ...filter) []string {
	for _, f := range fs {
		in = f(in)
	}
	return in
}

func show(title string, ls []string) {
	fmt.Println("##", title)
	for _, l := range ls {
		fmt.Println(l)
	}
}

func main() {
	all := lines(access)
	show("top ips", pipe(all, field(0), sortLines, uniqCount, sortNumericReverse, head(3)))
	show("paths", pipe(all, field(2), sortLines, uniqCount))
	show("non-200", pipe(all, grepv(" 200 "), field(3), sortLines, uniqCount))
	var bytes int
	for _, b := range pipe(all, field(4)) {
		var n int
		fmt.Sscanf(b, "%d", &n)
		bytes += n
	}
	fmt.Printf("total bytes: %d (%.2f KiB)\n", bytes, float64(bytes)/1024)
	var ip, method, path string
	var code, size int
	n, err := fmt.Sscanf(all[2], "%s %s %s %d %d", &ip, &method, &path, &code, &size)
	fmt.Println(n, err, ip, method, path, code, size)
	n, err = fmt.Sscanf("x 1", "%d %d", &code, &size)
	fmt.Println(n, err)
}
