package main

import "fmt"

type Board [3][3]rune

func (b Board) With(r, c int, v rune) Board {
	b[r][c] = v
	return b
}

func (b *Board) Set(r, c int, v rune) { b[r][c] = v }

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			s += string(c)
		}
		s += "\n"
	}
	return s
}

type Player struct {
	Name   string
	Scores []int
	Stats  [2]int
	Meta   map[string]string
}

func bump(p Player) {
	p.Name = "changed"
	p.Scores[0] = 99
	p.Stats[0] = 99
	p.Meta["k"] = "changed"
}

func main() {
	var b Board
	b2 := b.With(1, 1, 'X')
	b.Set(0, 0, 'O')
	fmt.Print(b, "--\n", b2)
	arr := [3]int{1, 2, 3}
	cp := arr
	cp[0] = 100
	fmt.Println(arr, cp, arr == [3]int{1, 2, 3})
	sl := arr[:]
	sl[1] = 200
	fmt.Println(arr, sl)

	p := Player{"ann", []int{1, 2}, [2]int{3, 4}, map[string]string{"k": "v"}}
	bump(p)
	fmt.Printf("%+v\n", p)
	q := p
	q.Scores = append(q.Scores, 5)
	q.Scores[1] = 77
	fmt.Println(p.Scores, q.Scores)

	players := []Player{{Name: "a"}, {Name: "b"}}
	for _, pl := range players {
		pl.Name = "x"
	}
	for i := range players {
		players[i].Stats[1] = i + 10
	}
	fmt.Println(players[0].Name, players[1].Stats)
	m := map[string]Player{"z": {Name: "z"}}
	tmp := m["z"]
	tmp.Stats[0] = 5
	fmt.Println(m["z"].Stats, tmp.Stats)
	m["z"] = tmp
	fmt.Println(m["z"].Stats)
	grid := [2][2]int{{1, 2}, {3, 4}}
	rowCopy := grid[0]
	rowCopy[0] = 9
	fmt.Println(grid, rowCopy)
	ptr := &grid[1]
	ptr[1] = 40
	fmt.Println(grid, len(grid), cap(grid[0][:1]))
	type pair struct{ a, b int }
	ps := [2]pair{{1, 2}, {3, 4}}
	ps2 := ps
	ps2[0].a = 100
	fmt.Println(ps, ps2, ps == ps2)
}
