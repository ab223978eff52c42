package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Matrix [][]int

func NewMatrix(s string) (Matrix, error) {
	var m Matrix
	for i, line := range strings.Split(s, "\n") {
		var row []int
		for _, f := range strings.Fields(line) {
			n, err := strconv.Atoi(f)
			if err != nil {
				return nil, fmt.Errorf("row %d: %w", i, err)
			}
			row = append(row, n)
		}
		if len(m) > 0 && len(row) != len(m[0]) {
			return nil, errors.New("uneven rows")
		}
		m = append(m, row)
	}
	return m, nil
}

func (m Matrix) Rows() [][]int {
	out := make([][]int, len(m))
	for i, r := range m {
		out[i] = append([]int(nil), r...)
	}
	return out
}

func (m Matrix) Cols() [][]int {
	out := make([][]int, len(m[0]))
	for _, r := range m {
		for j, v := range r {
			out[j] = append(out[j], v)
		}
	}
	return out
}

func (m Matrix) Set(r, c, v int) bool {
	if r < 0 || r >= len(m) || c < 0 || c >= len(m[0]) {
		return false
	}
	m[r][c] = v
	return true
}

type Garden map[string][]string

var plantNames = map[byte]string{'G': "grass", 'C': "clover", 'R': "radishes", 'V': "violets"}

func NewGarden(diagram string, children []string) (*Garden, error) {
	rows := strings.Split(diagram, "\n")
	if len(rows) != 3 || rows[0] != "" {
		return nil, errors.New("diagram must start with newline and have two rows")
	}
	kids := append([]string(nil), children...)
	sort.Strings(kids)
	g := Garden{}
	for i, k := range kids {
		if _, dup := g[k]; dup {
			return nil, fmt.Errorf("duplicate child %q", k)
		}
		for _, row := range rows[1:] {
			for _, c := range []byte(row[2*i : 2*i+2]) {
				name, ok := plantNames[c]
				if !ok {
					return nil, fmt.Errorf("bad plant %q", c)
				}
				g[k] = append(g[k], name)
			}
		}
	}
	return &g, nil
}

func (g *Garden) Plants(child string) ([]string, bool) {
	p, ok := (*g)[child]
	return p, ok
}

func main() {
	m, err := NewMatrix("1 2 3\n4 5 6\n7 8 9\n 8 7 6")
	fmt.Println(m, err)
	fmt.Println("rows:", m.Rows(), "cols:", m.Cols())
	rows := m.Rows()
	rows[0][0] = 99
	fmt.Println("after mutating copy:", m[0][0], m.Set(1, 1, -5), m.Set(9, 0, 1), m)
	_, err = NewMatrix("1 2\n3 x")
	fmt.Println("error:", err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num)
	_, err = NewMatrix("1 2\n3")
	fmt.Println("error:", err)

	kids := []string{"Alice", "Bob", "Charlie", "David", "Eve", "Fred", "Ginny", "Harriet", "Ileana", "Joseph", "Kincaid", "Larry"}
	g, err := NewGarden("\nVRCGVVRVCGGCCGVRGCVCGCGV\nVRCCCGCRRGVCGCRVVCVGCGCV", kids)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, k := range kids {
		p, _ := g.Plants(k)
		fmt.Printf("%-8s %v\n", k, p)
	}
	_, ok := g.Plants("Zed")
	fmt.Println("Zed?", ok)
	_, err = NewGarden("\nRC\nGG", []string{"Alice", "Alice"})
	fmt.Println(err)
	_, err = NewGarden("RC\nGG", []string{"A"})
	fmt.Println(err)
}
