package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Grid [3][3]rune

func (g Grid) String() string {
	s := ""
	for _, row := range g {
		s += string(row[:]) + "\n"
	}
	return s
}

func (g *Grid) Set(p Point, r rune) { g[p.Y][p.X] = r }

type Team struct {
	Name    string
	Members []string
	Scores  [3]int
	Lead    *Point
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == [3]int{1, 2, 3}, a != b)

	var g Grid
	for y := range g {
		for x := range g[y] {
			g[y][x] = '.'
		}
	}
	g2 := g
	g.Set(Point{1, 1}, 'X')
	g2.Set(Point{0, 0}, 'O')
	fmt.Print(g, g2)

	visited := map[Point]bool{{1, 2}: true, {0, 0}: true}
	visited[Point{3, 4}] = true
	fmt.Println(visited[Point{1, 2}], visited[Point{2, 1}], len(visited))
	keys := make([]Point, 0)
	for k := range visited {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].X != keys[j].X {
			return keys[i].X < keys[j].X
		}
		return keys[i].Y < keys[j].Y
	})
	fmt.Println(keys)
	fmt.Println(visited)

	t1 := Team{"red", []string{"ann"}, [3]int{1, 2, 3}, &Point{1, 1}}
	t2 := t1
	t2.Name = "blue"
	t2.Members[0] = "bob"
	t2.Members = append(t2.Members, "cid")
	t2.Scores[0] = 99
	t2.Lead.X = 42
	fmt.Printf("%+v %v\n", t1.Members, t1.Scores)
	fmt.Printf("%v %v %d %d\n", t1.Name, t2.Name, t1.Lead.X, len(t1.Members))

	counts := map[[2]string]int{}
	pairs := [][2]string{{"a", "b"}, {"b", "a"}, {"a", "b"}}
	for _, p := range pairs {
		counts[p]++
	}
	fmt.Println(counts[[2]string{"a", "b"}], counts[[2]string{"b", "a"}], len(counts))
	fmt.Println(counts)

	structs := map[string]Point{"p": {1, 2}}
	p := structs["p"]
	p.X = 10
	fmt.Println(structs["p"], p)
	ptrs := map[string]*Point{"p": {1, 2}}
	ptrs["p"].X = 10
	fmt.Println(*ptrs["p"])

	matrix := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	var transposed [3][2]int
	for i, row := range matrix {
		for j, v := range row {
			transposed[j][i] = v
		}
	}
	fmt.Println(matrix, transposed, len(matrix), len(matrix[0]))
	for _, row := range matrix {
		row[0] = 0
	}
	fmt.Println(matrix)
	for i := range matrix {
		matrix[i][0] = 0
	}
	fmt.Println(matrix)
	sl := matrix[1][:]
	sl[2] = 60
	fmt.Println(matrix, sl)
	type pair struct {
		k string
		v int
	}
	x, y := pair{"a", 1}, pair{"a", 1}
	fmt.Println(x == y, &x == &y, struct{ A int }{1} == struct{ A int }{1})
	arrOfSlices := [2][]int{{1}, {2}}
	cp := arrOfSlices
	cp[0][0] = 9
	fmt.Println(arrOfSlices, cp)
}
