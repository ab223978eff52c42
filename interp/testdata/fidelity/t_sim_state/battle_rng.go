package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
)

type Unit struct {
	Name   string
	HP     int
	Attack int
	Armor  int
	Kills  int
}

func (u *Unit) Alive() bool { return u.HP > 0 }

func (u Unit) String() string {
	bar := strings.Repeat("=", max(u.HP, 0)/5)
	return fmt.Sprintf("%-7s %3d [%-10s]", u.Name, u.HP, bar)
}

type Arena struct {
	rng   *rand.Rand
	units []*Unit
	round int
}

func (a *Arena) living() []*Unit {
	var out []*Unit
	for _, u := range a.units {
		if u.Alive() {
			out = append(out, u)
		}
	}
	return out
}

func (a *Arena) Round() []string {
	a.round++
	var events []string
	order := a.living()
	a.rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	for _, att := range order {
		if !att.Alive() {
			continue
		}
		targets := a.living()
		targets = slicesDelete(targets, att)
		if len(targets) == 0 {
			break
		}
		def := targets[a.rng.IntN(len(targets))]
		roll := a.rng.IntN(6) + 1
		dmg := max(att.Attack+roll-def.Armor, 1)
		def.HP -= dmg
		ev := fmt.Sprintf("r%d %s hits %s for %d (roll %d)", a.round, att.Name, def.Name, dmg, roll)
		if !def.Alive() {
			att.Kills++
			ev += " - " + def.Name + " falls"
		}
		events = append(events, ev)
	}
	return events
}

func slicesDelete(us []*Unit, x *Unit) []*Unit {
	out := us[:0]
	for _, u := range us {
		if u != x {
			out = append(out, u)
		}
	}
	return out
}

func main() {
	a := &Arena{rng: rand.New(rand.NewPCG(7, 11))}
	a.units = []*Unit{
		{Name: "Knight", HP: 40, Attack: 6, Armor: 3},
		{Name: "Archer", HP: 28, Attack: 8, Armor: 1},
		{Name: "Ogre", HP: 50, Attack: 5, Armor: 2},
		{Name: "Rogue", HP: 30, Attack: 7, Armor: 2},
	}
	for len(a.living()) > 1 && a.round < 50 {
		for _, e := range a.Round() {
			fmt.Println(e)
		}
	}
	sort.SliceStable(a.units, func(i, j int) bool {
		if a.units[i].Kills != a.units[j].Kills {
			return a.units[i].Kills > a.units[j].Kills
		}
		return a.units[i].HP > a.units[j].HP
	})
	fmt.Println("after", a.round, "rounds:")
	for _, u := range a.units {
		fmt.Println(u, "kills:", u.Kills)
	}
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.IntN(100), r.Float64() < 1, r.Perm(5))
}
