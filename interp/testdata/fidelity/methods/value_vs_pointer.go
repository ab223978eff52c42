package main

import "fmt"

type Player struct {
	Name  string
	Score int
}

func (p Player) AddValue(n int)    { p.Score += n }
func (p *Player) AddPointer(n int) { p.Score += n }

func main() {
	p := Player{"ann", 0}
	p.AddValue(10)
	fmt.Println(p.Score)

	p.AddPointer(10)
	fmt.Println(p.Score)

	players := []Player{{"a", 1}, {"b", 2}}
	for _, pl := range players {
		pl.AddPointer(100)
	}
	fmt.Println(players)

	for i := range players {
		players[i].AddPointer(100)
	}
	fmt.Println(players)

	m := map[string]*Player{"c": {"c", 5}}
	m["c"].AddPointer(1)
	fmt.Println(*m["c"])
}
