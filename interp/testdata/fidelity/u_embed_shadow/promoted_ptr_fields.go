package main

import "fmt"

type Position struct{ X, Y int }

func (p *Position) Move(dx, dy int) { p.X += dx; p.Y += dy }
func (p Position) Dist() int        { return abs(p.X) + abs(p.Y) }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

type Health struct{ HP, Max int }

func (h *Health) Hit(n int) bool {
	h.HP = max(0, h.HP-n)
	return h.HP == 0
}
func (h Health) String() string { return fmt.Sprintf("%d/%d", h.HP, h.Max) }

type Entity struct {
	Name string
	*Position
	Health
}

type Mover interface{ Move(dx, dy int) }

func main() {
	hero := Entity{"hero", &Position{0, 0}, Health{10, 10}}
	orc := Entity{"orc", &Position{5, 5}, Health{6, 6}}
	shared := hero // copies the pointer to Position and the Health value
	shared.Move(1, 1)
	shared.Hit(3)
	fmt.Println(hero.X, hero.Y, hero.Health, shared.Health)
	fmt.Println(hero.Dist(), orc.Dist())

	var movers []Mover = []Mover{hero, &orc, hero.Position}
	for i, m := range movers {
		m.Move(i, -i)
	}
	fmt.Println(*hero.Position, *orc.Position)
	entities := []Entity{hero, orc}
	for _, e := range entities {
		e.Hit(4) // hits a copy
	}
	fmt.Println(entities[0].Health, entities[1].Health)
	for i := range entities {
		dead := entities[i].Hit(4)
		fmt.Println(entities[i].Name, entities[i].Health, dead)
	}
	fmt.Println(entities[0].String(), fmt.Sprint(entities[1].Health))
	fmt.Printf("%v %s\n", entities[0].Health, &entities[1].Health)
	var nobody Entity
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(nobody.Dist())
	}()
	fmt.Println(nobody.Health, nobody.Position == nil)
}
