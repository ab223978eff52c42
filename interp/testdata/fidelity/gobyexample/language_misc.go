package main

import (
	"bufio"
	"bytes"
	"fmt"
	"math"
	"math/bits"
	"os"
	"strconv"
	"strings"
	"text/template"
	"unicode"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

type Item struct {
	Name  string
	Price float64
	Tags  []string
}

func (i Item) Discounted(pct float64) float64 { return i.Price * (1 - pct/100) }
func (i Item) Upper() string                  { return strings.ToUpper(i.Name) }

type Matrix [3][3]int

func (m Matrix) Transpose() Matrix {
	var t Matrix
	for i := range m {
		for j := range m[i] {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func classify(r rune) string {
	switch {
	case unicode.IsDigit(r):
		return "digit"
	case unicode.IsUpper(r):
		return "upper"
	case unicode.IsLetter(r):
		return "letter"
	case unicode.IsSpace(r):
		return "space"
	}
	return "other"
}

func grade(score int) string {
	switch score / 10 {
	case 10, 9:
		return "A"
	case 8:
		return "B"
	case 7:
		fallthrough
	case 6:
		return "C"
	default:
		return "F"
	}
}

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday, KB, MB, GB)

	var m Matrix
	n := 1
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			m[i][j] = n
			n++
		}
	}
	t := m.Transpose()
	fmt.Println(m, t, m == t, m == t.Transpose())
	arr := [3]int{1, 2, 3}
	cp := arr
	cp[0] = 99
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(arr, cp)

	s := []int{1, 2, 3, 4, 5}
	a := s[1:3]
	b := append(a, 10)
	fmt.Println(s, a, b, len(a), cap(a))
	c := make([]int, 2, 10)
	copy(c, s)
	fmt.Println(c, copy(c, []int{7}), c)

	counts := map[string]int{}
	for _, r := range "Hello World 42!" {
		counts[classify(r)]++
	}
	fmt.Println(counts)
	for _, sc := range []int{100, 95, 85, 72, 65, 10} {
		fmt.Print(grade(sc), " ")
	}
	fmt.Println()

	var x uint8 = 200
	x += 100
	var y int8 = -128
	y--
	fmt.Println(x, y, -7/2, -7%2, 7>>1, -7>>1, bits.OnesCount(255), bits.Len(1024), bits.TrailingZeros(8))
	fmt.Println(math.Floor(-2.5), math.Round(2.5), math.Trunc(-2.7), math.Mod(7, 3), math.Inf(-1), math.NaN() == math.NaN())
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatInt(-255, 16), strconv.Quote("tab\there"))
	fmt.Printf("|%*d|%-*d|%6.2f|%-8s|%08b|%x|%X|%o|%U|%c|\n", 5, 42, 4, 7, math.Pi, "go", 5, "hi", 255, 8, 0x1F600, 'G')
	fmt.Printf("%v %+v %#v %T\n", Item{"pen", 1.5, nil}, &Item{Name: "ink"}, []string{"a"}, map[string]int{})

	sc := bufio.NewScanner(strings.NewReader("alpha beta\ngamma\n\ndelta epsilon zeta"))
	sc.Split(bufio.ScanWords)
	words := 0
	for sc.Scan() {
		words++
	}
	fmt.Println("words:", words)
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	fmt.Fprintf(w, "%s=%d;", "k", 1)
	w.Flush()
	fmt.Println(buf.String(), buf.Len())

	tmpl2 := template.Must(template.New("t2").Funcs(template.FuncMap{"join": strings.Join}).Parse(
		"{{range .}}{{.Name}} ${{printf \"%.2f\" .Price}} -> {{.Discounted 10 | printf \"%.2f\"}} {{.Upper}}{{if .Tags}} [{{join .Tags \",\"}}]{{end}}\n{{end}}"))
	err := tmpl2.Execute(os.Stdout, []Item{{"pen", 1.5, []string{"office"}}, {"mug", 8, nil}})
	fmt.Println(err)

	i := 0
loop:
	if i < 3 {
		fmt.Print("goto", i, " ")
		i++
		goto loop
	}
	fmt.Println()
	rs := []rune("héllo")
	rs[1] = 'e'
	bs := []byte("abc")
	bs[0] = 'X'
	fmt.Println(string(rs), string(bs), string(rune(65)), strings.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "hello"))
}
