package main

import (
	"fmt"
	"sort"
)

type Player struct {
	Name  string
	Score int
}

func main() {
	byVal := map[string]Player{"ann": {"Ann", 10}, "bob": {"Bob", 20}}
	// byVal["ann"].Score++ would not compile; copy, modify, store back
	p := byVal["ann"]
	p.Score += 5
	fmt.Println(byVal["ann"].Score, p.Score)
	byVal["ann"] = p
	fmt.Println(byVal["ann"].Score)

	byPtr := map[string]*Player{"ann": {"Ann", 10}, "bob": {"Bob", 20}}
	byPtr["ann"].Score++
	q := byPtr["bob"]
	q.Score *= 3
	fmt.Println(byPtr["ann"].Score, byPtr["bob"].Score)

	missing := byVal["zed"]
	fmt.Printf("%+v %q %d\n", missing, missing.Name, missing.Score)
	if mp, ok := byPtr["zed"]; !ok {
		fmt.Println("no zed, pointer is nil:", mp == nil)
	}

	players := []Player{{"c", 3}, {"a", 1}, {"b", 2}}
	for _, pl := range players {
		pl.Score *= 100
	}
	fmt.Println(players)
	for i := range players {
		players[i].Score *= 100
	}
	fmt.Println(players)

	index := map[string]*Player{}
	for i := range players {
		index[players[i].Name] = &players[i]
	}
	index["a"].Score = -1
	sort.Slice(players, func(i, j int) bool { return players[i].Name < players[j].Name })
	fmt.Println(players, *index["a"], *index["c"])

	counts := map[string][]int{}
	counts["x"] = append(counts["x"], 1)
	counts["x"] = append(counts["x"], 2)
	counts["y"] = append(counts["y"], 3)
	fmt.Println(counts["x"], counts["y"], len(counts["nope"]))

	nested := map[string]map[string]int{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b]++
	}
	add("go", "fmt")
	add("go", "fmt")
	add("go", "os")
	add("py", "sys")
	fmt.Println(nested["go"]["fmt"], nested["go"]["os"], nested["py"], len(nested))

	type key struct{ x, y int }
	grid := map[key]string{{0, 0}: "origin", {1, 2}: "a"}
	grid[key{1, 2}] += "b"
	fmt.Println(grid[key{1, 2}], grid[key{0, 0}], len(grid[key{5, 5}]))

	m := map[string]int{"a": 1}
	m2 := m
	m2["b"] = 2
	fmt.Println(len(m), m)
	delete(m, "zzz")
	clear(m2)
	fmt.Println(len(m), m == nil)
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap))
	defer func() { fmt.Println("recovered:", recover()) }()
	nilMap["x"] = 1
}
