package main

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
)

func main() {
	m := map[string]int{"a": 1}
	maps.Insert(m, maps.All(map[string]int{"b": 2, "c": 3}))
	fmt.Println(m)

	keys := slices.Collect(maps.Keys(m))
	slices.Sort(keys)
	fmt.Println(keys)

	var seed [32]byte
	copy(seed[:], "deterministic seed for chacha8!!")
	r := rand.New(rand.NewChaCha8(seed))
	fmt.Println(r.IntN(1000), r.IntN(1000), r.Uint64()%100)

	idx := slices.IndexFunc(keys, func(k string) bool { return k > "a" })
	fmt.Println(idx)
}
