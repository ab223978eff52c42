package main

import "fmt"

type Point struct{ X, Y int }

type Grid struct {
	Cells [3][3]rune
	Name  string
	Tags  []string
}

func mark(g Grid, r, c int) Grid {
	g.Cells[r][c] = 'X'
	g.Tags = append(g.Tags, "marked")
	if len(g.Tags) > 0 {
		g.Tags[0] = "changed"
	}
	return g
}

func double(arr [4]int) {
	for i := range arr {
		arr[i] *= 2
	}
}
func doublePtr(arr *[4]int) {
	for i := range arr {
		arr[i] *= 2
	}
}

func (g Grid) String() string {
	s := g.Name + ":"
	for _, row := range g.Cells {
		s += " "
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			s += string(c)
		}
	}
	return s
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == b, a == [4]int{1, 2, 3, 4})
	double(a)
	fmt.Println(a)
	doublePtr(&a)
	fmt.Println(a)

	g := Grid{Name: "g", Tags: []string{"orig"}}
	g2 := mark(g, 1, 1)
	fmt.Println(g, "|", g2)
	fmt.Println(g.Tags, g2.Tags)

	p1 := Point{1, 2}
	p2 := p1
	p2.X = 9
	fmt.Println(p1, p2, p1 == Point{1, 2}, p1 != p2)

	pts := [2]Point{{1, 1}, {2, 2}}
	for _, p := range pts {
		p.X = 0
	}
	fmt.Println(pts)
	pp := &pts
	pp[1].Y = 42
	fmt.Println(pts, len(pp))

	arrOfSlices := [2][]int{{1}, {2}}
	cp := arrOfSlices
	cp[0][0] = 111
	cp[1] = []int{222}
	fmt.Println(arrOfSlices, cp)

	type pair struct {
		a [2]string
		n int
	}
	seen := map[pair]bool{}
	seen[pair{[2]string{"x", "y"}, 1}] = true
	fmt.Println(seen[pair{[2]string{"x", "y"}, 1}], seen[pair{[2]string{"y", "x"}, 1}])

	s := a[:]
	s[3] = -1
	fmt.Println(a, len(s), cap(s))
	arr2 := [...]string{2: "c", 0: "a"}
	fmt.Println(len(arr2), arr2, fmt.Sprintf("%q", arr2))
	var zeroG Grid
	fmt.Println(zeroG.String() == ":"+" ..."+" ..."+" ...", zeroG.Tags == nil)
	matrix := [2][2]int{{1, 2}, {3, 4}}
	t := matrix
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			t[i][j] = matrix[j][i]
		}
	}
	fmt.Println(matrix, t)
}
