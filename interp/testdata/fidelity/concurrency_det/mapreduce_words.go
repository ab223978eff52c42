package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

type KV struct {
	Key   string
	Value int
}

func mapper(doc string, out chan<- KV) {
	words := strings.FieldsFunc(doc, func(r rune) bool { return !unicode.IsLetter(r) })
	for _, w := range words {
		out <- KV{strings.ToLower(w), 1}
	}
}

func shuffle(in <-chan KV, parts int) []map[string][]int {
	buckets := make([]map[string][]int, parts)
	for i := range buckets {
		buckets[i] = map[string][]int{}
	}
	for kv := range in {
		h := 0
		for _, c := range kv.Key {
			h = (h*31 + int(c)) % parts
		}
		buckets[h][kv.Key] = append(buckets[h][kv.Key], kv.Value)
	}
	return buckets
}

func reducer(bucket map[string][]int, out chan<- KV, wg *sync.WaitGroup) {
	defer wg.Done()
	for k, vs := range bucket {
		sum := 0
		for _, v := range vs {
			sum += v
		}
		out <- KV{k, sum}
	}
}

func main() {
	docs := []string{
		"The cat sat on the mat.",
		"The dog sat on the log!",
		"Cats and dogs: the eternal rivalry.",
		"A mat, a log, a cat.",
	}
	mapped := make(chan KV, 16)
	var mwg sync.WaitGroup
	for _, d := range docs {
		mwg.Add(1)
		go func(d string) {
			defer mwg.Done()
			mapper(d, mapped)
		}(d)
	}
	go func() {
		mwg.Wait()
		close(mapped)
	}()
	buckets := shuffle(mapped, 3)
	sizes := make([]int, len(buckets))
	total := 0
	for i, b := range buckets {
		sizes[i] = len(b)
		total += len(b)
	}
	fmt.Println("distinct words:", total)

	reduced := make(chan KV)
	var rwg sync.WaitGroup
	for _, b := range buckets {
		rwg.Add(1)
		go reducer(b, reduced, &rwg)
	}
	go func() {
		rwg.Wait()
		close(reduced)
	}()
	var results []KV
	for kv := range reduced {
		results = append(results, kv)
	}
	sort.Slice(results, func(i, j int) bool {
		if results[i].Value != results[j].Value {
			return results[i].Value > results[j].Value
		}
		return results[i].Key < results[j].Key
	})
	for _, kv := range results[:6] {
		fmt.Printf("%-6s %d\n", kv.Key, kv.Value)
	}
	fmt.Println(len(results), results[len(results)-1])
}
