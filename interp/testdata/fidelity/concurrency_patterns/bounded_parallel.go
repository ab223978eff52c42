package main

import (
	"crypto/sha256"
	"fmt"
	"sort"
	"sync"
)

type hashResult struct {
	path string
	sum  [sha256.Size]byte
}

func digestAll(files map[string]string, workers int) map[string][sha256.Size]byte {
	paths := make(chan string)
	c := make(chan hashResult)
	var wg sync.WaitGroup
	wg.Add(workers)
	for i := 0; i < workers; i++ {
		go func() {
			for p := range paths {
				c <- hashResult{p, sha256.Sum256([]byte(files[p]))}
			}
			wg.Done()
		}()
	}
	go func() {
		keys := make([]string, 0, len(files))
		for k := range files {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			paths <- k
		}
		close(paths)
	}()
	go func() {
		wg.Wait()
		close(c)
	}()
	m := make(map[string][sha256.Size]byte)
	for r := range c {
		m[r.path] = r.sum
	}
	return m
}

func main() {
	files := map[string]string{
		"README.md": "# project\n",
		"main.go":   "package main\n\nfunc main() {}\n",
		"go.mod":    "module example.com/x\n",
		"LICENSE":   "BSD",
		"empty.txt": "",
		"dup1.txt":  "same content",
		"dup2.txt":  "same content",
		"docs/a.md": "alpha",
		"docs/b.md": "beta",
	}
	m := digestAll(files, 3)
	var paths []string
	for p := range m {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		sum := m[p]
		fmt.Printf("%x  %s\n", sum[:8], p)
	}
	groups := map[[sha256.Size]byte][]string{}
	for _, p := range paths {
		groups[m[p]] = append(groups[m[p]], p)
	}
	var dups [][]string
	for _, g := range groups {
		if len(g) > 1 {
			dups = append(dups, g)
		}
	}
	fmt.Println("duplicates:", dups)
	fmt.Println("files hashed:", len(m))
}
