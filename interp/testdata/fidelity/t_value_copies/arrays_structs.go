package main

import "fmt"

type Matrix [3][3]int

func (m Matrix) Transposed() Matrix {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	return m
}

func (m *Matrix) Scale(k int) {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= k
		}
	}
}

type Player struct {
	Name  string
	Stats [3]int
	Tags  []string
	Meta  map[string]int
}

func bump(p Player) Player {
	p.Stats[0]++
	p.Tags[0] = "changed"
	p.Meta["bumps"]++
	return p
}

func main() {
	m := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	t := m.Transposed()
	fmt.Println(m)
	fmt.Println(t)
	m.Scale(2)
	fmt.Println(m[1], t[1])
	rows := m
	rows[0][0] = 100
	fmt.Println(m[0][0], rows[0][0], m == rows, t == t.Transposed().Transposed())

	p := Player{"ann", [3]int{1, 2, 3}, []string{"new"}, map[string]int{}}
	q := bump(p)
	fmt.Printf("%+v\n%+v\n", p, q)

	team := []Player{p, q}
	for _, pl := range team {
		pl.Stats[1] = 99
	}
	fmt.Println(team[0].Stats, team[1].Stats)
	for i := range team {
		team[i].Stats[1] = 42
	}
	fmt.Println(team[0].Stats, team[1].Stats)

	arr := [4]string{"a", "b", "c", "d"}
	sl := arr[1:3]
	sl[0] = "B"
	sl = append(sl, "X")
	fmt.Println(arr, sl, len(sl), cap(sl))
	sl = append(sl, "Y")
	sl[0] = "again"
	fmt.Println(arr, sl)

	grid := [2][]int{{1}, {2}}
	g2 := grid
	g2[0][0] = 10
	g2[1] = []int{20}
	fmt.Println(grid, g2)

	pa := &arr
	for i, v := range pa {
		if i == 0 {
			pa[3] = "changed"
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, v := range arr {
		if i == 0 {
			arr[3] = "again"
		}
		fmt.Print(v, " ")
	}
	fmt.Println(arr[3])
	type pair struct{ a, b int }
	ps := map[string]pair{"x": {1, 2}}
	pp := ps["x"]
	pp.a = 9
	fmt.Println(ps, pp)
}
