package main

import (
	"errors"
	"fmt"
	"math/rand"
	"sort"
)

type Stats struct {
	HP, Attack, Defense int
}

type Character struct {
	Name string
	Stats
	Inventory map[string]int
	Level     int
}

type Monster struct {
	Kind string
	Stats
	Loot []string
}

type Combatant interface {
	Label() string
	Hit(dmg int) bool
	Power() int
	Armor() int
}

func (c *Character) Label() string { return fmt.Sprintf("%s(L%d)", c.Name, c.Level) }
func (m *Monster) Label() string   { return m.Kind }

func (s *Stats) Hit(dmg int) bool {
	s.HP -= dmg
	if s.HP < 0 {
		s.HP = 0
	}
	return s.HP == 0
}
func (s Stats) Power() int { return s.Attack }
func (s Stats) Armor() int { return s.Defense }

var ErrNoItem = errors.New("item not in inventory")

func (c *Character) Use(item string) error {
	if c.Inventory[item] == 0 {
		return fmt.Errorf("use %s: %w", item, ErrNoItem)
	}
	c.Inventory[item]--
	switch item {
	case "potion":
		c.HP += 15
	case "elixir":
		c.Attack += 2
	}
	return nil
}

func fight(r *rand.Rand, a, b Combatant) Combatant {
	for round := 1; ; round++ {
		dmg := max(1, a.Power()+r.Intn(4)-b.Armor())
		if b.Hit(dmg) {
			fmt.Printf("  r%d %s deals %d, %s falls\n", round, a.Label(), dmg, b.Label())
			return a
		}
		fmt.Printf("  r%d %s deals %d to %s\n", round, a.Label(), dmg, b.Label())
		a, b = b, a
	}
}

func main() {
	r := rand.New(rand.NewSource(11))
	hero := &Character{Name: "Ayla", Stats: Stats{HP: 30, Attack: 6, Defense: 2}, Inventory: map[string]int{"potion": 2}, Level: 1}
	monsters := []*Monster{
		{"slime", Stats{10, 3, 0}, []string{"goo"}},
		{"goblin", Stats{18, 5, 1}, []string{"potion", "dagger"}},
		{"troll", Stats{35, 8, 3}, []string{"elixir", "club"}},
	}
	for _, m := range monsters {
		fmt.Printf("%s (HP %d) meets %s (HP %d)\n", hero.Label(), hero.HP, m.Kind, m.HP)
		winner := fight(r, hero, m)
		if winner != Combatant(hero) {
			fmt.Println("hero was defeated by", m.Kind)
			break
		}
		hero.Level++
		for _, l := range m.Loot {
			hero.Inventory[l]++
		}
		if hero.HP < 15 {
			if err := hero.Use("potion"); err != nil {
				fmt.Println("  ", err, errors.Is(err, ErrNoItem))
			} else {
				fmt.Println("  drank a potion, HP now", hero.HP)
			}
		}
		if err := hero.Use("elixir"); err == nil {
			fmt.Println("  elixir! attack now", hero.Attack)
		}
	}
	keys := make([]string, 0)
	for k, v := range hero.Inventory {
		if v > 0 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	fmt.Printf("final: %s HP=%d ATK=%d items=%v\n", hero.Label(), hero.HP, hero.Attack, keys)
	fmt.Printf("%+v\n", hero.Stats)
}
