package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

var ErrShape = errors.New("shape mismatch")

func New(rows, cols int) *Matrix {
	return &Matrix{rows, cols, make([]float64, rows*cols)}
}

func Parse(s string) (*Matrix, error) {
	var rows [][]float64
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		var row []float64
		for _, f := range strings.Fields(line) {
			v, err := strconv.ParseFloat(f, 64)
			if err != nil {
				return nil, fmt.Errorf("parse matrix: %w", err)
			}
			row = append(row, v)
		}
		if len(rows) > 0 && len(row) != len(rows[0]) {
			return nil, fmt.Errorf("row %d has %d columns, want %d: %w", len(rows)+1, len(row), len(rows[0]), ErrShape)
		}
		rows = append(rows, row)
	}
	m := New(len(rows), len(rows[0]))
	for i, r := range rows {
		copy(m.data[i*m.cols:], r)
	}
	return m, nil
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	r := New(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s float64
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r, nil
}

func (m *Matrix) String() string {
	var sb strings.Builder
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			fmt.Fprintf(&sb, "%8.3f", m.At(i, j))
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func (m *Matrix) ColumnStats() (means, stds []float64) {
	for j := 0; j < m.cols; j++ {
		var s, ss float64
		for i := 0; i < m.rows; i++ {
			v := m.At(i, j)
			s += v
			ss += v * v
		}
		mean := s / float64(m.rows)
		means = append(means, mean)
		stds = append(stds, math.Sqrt(ss/float64(m.rows)-mean*mean))
	}
	return
}

func main() {
	a, err := Parse(`
1 2 3
4 5 6`)
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := Parse("7 8\n9 10\n11 12")
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	_, err = Parse("1 2\n3")
	fmt.Println(err)
	_, err = Parse("1 x")
	fmt.Println(err)
	means, stds := b.ColumnStats()
	fmt.Printf("means=%v stds=%.4f\n", means, stds)
	fmt.Printf("%v %.3e %g %08.3f %+d %x %X %o %b\n", math.Pi, 123456.789, 1e21, -3.14159, 7, 255, 3054, 8, 5)
	fmt.Printf("%6.2f%% |%-8.1f| |%8s| %t %v\n", 12.3456, 2.25, "r", true, []float64{0.1 + 0.2, 1.0 / 3})
	fmt.Println(math.Round(2.5), math.Floor(-1.5), math.Trunc(-1.5), math.Mod(7, 3), math.Hypot(3, 4), math.Inf(1), -math.MaxFloat64)
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', -1, 64), strconv.FormatFloat(1e6, 'e', 2, 64), strconv.FormatInt(-255, 16), strconv.Quote("tab\there"))
}
