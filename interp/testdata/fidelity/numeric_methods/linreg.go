package main

import (
	"fmt"
	"math"
	"strings"
)

type Point struct{ X, Y float64 }

type Fit struct {
	Slope, Intercept float64
	R2               float64
	N                int
}

func (f Fit) Predict(x float64) float64 { return f.Slope*x + f.Intercept }

func (f Fit) String() string {
	sign := "+"
	b := f.Intercept
	if b < 0 {
		sign, b = "-", -b
	}
	return fmt.Sprintf("y = %.4fx %s %.4f (R²=%.4f, n=%d)", f.Slope, sign, b, f.R2, f.N)
}

func LeastSquares(pts []Point) (Fit, error) {
	n := float64(len(pts))
	if len(pts) < 2 {
		return Fit{}, fmt.Errorf("need at least 2 points, got %d", len(pts))
	}
	var sx, sy, sxx, sxy float64
	for _, p := range pts {
		sx += p.X
		sy += p.Y
		sxx += p.X * p.X
		sxy += p.X * p.Y
	}
	den := n*sxx - sx*sx
	if den == 0 {
		return Fit{}, fmt.Errorf("all x equal (%v)", pts[0].X)
	}
	f := Fit{N: len(pts)}
	f.Slope = (n*sxy - sx*sy) / den
	f.Intercept = (sy - f.Slope*sx) / n
	mean := sy / n
	var ssTot, ssRes float64
	for _, p := range pts {
		ssTot += (p.Y - mean) * (p.Y - mean)
		r := p.Y - f.Predict(p.X)
		ssRes += r * r
	}
	f.R2 = 1 - ssRes/ssTot
	return f, nil
}

func plot(pts []Point, f Fit, w, h int) {
	minX, maxX, minY, maxY := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	for _, p := range pts {
		minX, maxX = math.Min(minX, p.X), math.Max(maxX, p.X)
		minY, maxY = math.Min(minY, p.Y), math.Max(maxY, p.Y)
	}
	grid := make([][]byte, h)
	for i := range grid {
		grid[i] = []byte(strings.Repeat(" ", w))
	}
	toCell := func(x, y float64) (int, int) {
		c := int(math.Round((x - minX) / (maxX - minX) * float64(w-1)))
		r := h - 1 - int(math.Round((y-minY)/(maxY-minY)*float64(h-1)))
		return r, c
	}
	for c := 0; c < w; c++ {
		x := minX + float64(c)/float64(w-1)*(maxX-minX)
		if r, cc := toCell(x, f.Predict(x)); r >= 0 && r < h {
			grid[r][cc] = '.'
		}
	}
	for _, p := range pts {
		r, c := toCell(p.X, p.Y)
		grid[r][c] = '*'
	}
	for _, row := range grid {
		fmt.Printf("|%s|\n", row)
	}
}

func main() {
	data := []Point{{1, 2.1}, {2, 3.9}, {3, 6.2}, {4, 7.8}, {5, 10.1}, {6, 12.2}, {7, 13.8}, {8, 16.1}}
	f, err := LeastSquares(data)
	fmt.Println(f, err)
	for _, x := range []float64{0, 4.5, 10} {
		fmt.Printf("predict(%4.1f) = %7.3f\n", x, f.Predict(x))
	}
	plot(data, f, 40, 10)
	for _, p := range data {
		res := p.Y - f.Predict(p.X)
		fmt.Printf("%v residual %+.3f %s\n", p, res, strings.Repeat("#", int(math.Abs(res)*20)))
	}
	_, err = LeastSquares([]Point{{1, 1}})
	fmt.Println("error:", err)
	_, err = LeastSquares([]Point{{2, 1}, {2, 5}})
	fmt.Println("error:", err)
	noisy := []Point{{0, 5}, {1, 1}, {2, 6}, {3, 2}, {4, 7}, {5, 3}}
	g, _ := LeastSquares(noisy)
	fmt.Printf("%v\n%+v\n", g, g)
	fmt.Printf("%s|%.2f\n", g, g.R2)
}
