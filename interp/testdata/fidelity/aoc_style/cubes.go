package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = `Game 1: 3 blue, 4 red; 1 red, 2 green, 6 blue; 2 green
Game 2: 1 blue, 2 green; 3 green, 4 blue, 1 red; 1 green, 1 blue
Game 3: 8 green, 6 blue, 20 red; 5 blue, 4 red, 13 green; 5 green, 1 red
Game 4: 1 green, 3 red, 6 blue; 3 green, 6 red; 3 green, 15 blue, 14 red
Game 5: 6 red, 1 blue, 3 green; 2 blue, 1 red, 2 green`

type Draw map[string]int

type Game struct {
	ID    int
	Draws []Draw
}

func parseGame(line string) (Game, error) {
	head, rest, ok := strings.Cut(line, ": ")
	if !ok {
		return Game{}, fmt.Errorf("bad line %q", line)
	}
	id, err := strconv.Atoi(strings.TrimPrefix(head, "Game "))
	if err != nil {
		return Game{}, fmt.Errorf("game id: %w", err)
	}
	g := Game{ID: id}
	for _, part := range strings.Split(rest, "; ") {
		d := Draw{}
		for _, item := range strings.Split(part, ", ") {
			var n int
			var color string
			if _, err := fmt.Sscanf(item, "%d %s", &n, &color); err != nil {
				return Game{}, err
			}
			d[color] += n
		}
		g.Draws = append(g.Draws, d)
	}
	return g, nil
}

func (g Game) possible(limit Draw) bool {
	for _, d := range g.Draws {
		for c, n := range d {
			if n > limit[c] {
				return false
			}
		}
	}
	return true
}

func (g Game) power() int {
	need := map[string]int{}
	for _, d := range g.Draws {
		for c, n := range d {
			need[c] = max(need[c], n)
		}
	}
	return need["red"] * need["green"] * need["blue"]
}

func main() {
	limit := Draw{"red": 12, "green": 13, "blue": 14}
	sumIDs, sumPower := 0, 0
	for _, line := range strings.Split(input, "\n") {
		g, err := parseGame(line)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		ok := g.possible(limit)
		fmt.Printf("game %d: %d draws, possible=%t, power=%d\n", g.ID, len(g.Draws), ok, g.power())
		if ok {
			sumIDs += g.ID
		}
		sumPower += g.power()
	}
	fmt.Println("part1:", sumIDs)
	fmt.Println("part2:", sumPower)
	_, err := parseGame("Game x: 1 red")
	fmt.Println("bad:", err)
}
