package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Room struct {
	Name  string
	Desc  string
	Exits map[string]string
	Items []string
	Lock  string
}

type Game struct {
	rooms     map[string]*Room
	current   *Room
	inventory map[string]bool
	moves     int
}

var errUnknown = errors.New("I don't understand that")

func (g *Game) Do(line string) (string, error) {
	words := strings.Fields(strings.ToLower(line))
	if len(words) == 0 {
		return "", errUnknown
	}
	g.moves++
	verb, rest := words[0], strings.Join(words[1:], " ")
	switch verb {
	case "look", "l":
		return g.describe(), nil
	case "go", "n", "s", "e", "w":
		dir := rest
		if verb != "go" {
			dir = map[string]string{"n": "north", "s": "south", "e": "east", "w": "west"}[verb]
		}
		dest, ok := g.current.Exits[dir]
		if !ok {
			return "", fmt.Errorf("you can't go %s from the %s", dir, g.current.Name)
		}
		next := g.rooms[dest]
		if next.Lock != "" && !g.inventory[next.Lock] {
			return "", fmt.Errorf("the %s is locked; you need the %s", next.Name, next.Lock)
		}
		g.current = next
		return g.describe(), nil
	case "take", "get":
		for i, it := range g.current.Items {
			if it == rest {
				g.current.Items = append(g.current.Items[:i], g.current.Items[i+1:]...)
				g.inventory[it] = true
				return "Taken: " + it, nil
			}
		}
		return "", fmt.Errorf("there is no %q here", rest)
	case "inventory", "i":
		var items []string
		for k := range g.inventory {
			items = append(items, k)
		}
		sort.Strings(items)
		if len(items) == 0 {
			return "You carry nothing.", nil
		}
		return "You carry: " + strings.Join(items, ", "), nil
	}
	return "", fmt.Errorf("%w: %q", errUnknown, verb)
}

func (g *Game) describe() string {
	r := g.current
	var exits []string
	for d := range r.Exits {
		exits = append(exits, d)
	}
	sort.Strings(exits)
	s := fmt.Sprintf("== %s ==\n%s\nExits: %s", strings.Title(r.Name), r.Desc, strings.Join(exits, " "))
	if len(r.Items) > 0 {
		s += "\nYou see: " + strings.Join(r.Items, ", ")
	}
	return s
}

func main() {
	rooms := map[string]*Room{
		"hall":    {Name: "hall", Desc: "A dusty hall.", Exits: map[string]string{"north": "library", "east": "kitchen"}},
		"library": {Name: "library", Desc: "Shelves of old books.", Exits: map[string]string{"south": "hall"}, Items: []string{"brass key", "candle"}},
		"kitchen": {Name: "kitchen", Desc: "Smells of bread.", Exits: map[string]string{"west": "hall", "down": "cellar"}, Items: []string{"bread"}},
		"cellar":  {Name: "cellar", Desc: "Dark and damp. You found the treasure!", Exits: map[string]string{"up": "kitchen"}, Lock: "brass key"},
	}
	g := &Game{rooms: rooms, current: rooms["hall"], inventory: map[string]bool{}}
	script := []string{"look", "go down", "e", "go down", "take bread", "w", "n", "take brass key", "take sword", "i", "dance", "s", "e", "go down", ""}
	for _, cmd := range script {
		fmt.Printf("> %s\n", cmd)
		out, err := g.Do(cmd)
		if errors.Is(err, errUnknown) {
			fmt.Println("??", err)
			continue
		}
		if err != nil {
			fmt.Println("!!", err)
			continue
		}
		fmt.Println(out)
	}
	fmt.Printf("Finished in %d moves in the %s.\n", g.moves, g.current.Name)
}
