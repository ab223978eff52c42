package main

import (
	"fmt"
	"hash/crc32"
	"strings"
	"sync"
)

type task struct {
	index int
	path  string
	data  string
}

type outcome struct {
	index    int
	path     string
	checksum uint32
	lines    int
	err      error
}

func process(t task) outcome {
	if t.data == "" {
		return outcome{index: t.index, path: t.path, err: fmt.Errorf("%s: empty file", t.path)}
	}
	return outcome{
		index:    t.index,
		path:     t.path,
		checksum: crc32.ChecksumIEEE([]byte(t.data)),
		lines:    strings.Count(t.data, "\n") + 1,
	}
}

func runPool(tasks []task, n int) []outcome {
	in := make(chan task)
	out := make(chan outcome, len(tasks))
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range in {
				out <- process(t)
			}
		}()
	}
	for _, t := range tasks {
		in <- t
	}
	close(in)
	wg.Wait()
	close(out)

	ordered := make([]outcome, len(tasks))
	for o := range out {
		ordered[o.index] = o
	}
	return ordered
}

func main() {
	files := []struct{ path, body string }{
		{"main.go", "package main\n\nfunc main() {}"},
		{"README.md", "# Title\nSome text"},
		{"empty.txt", ""},
		{"go.mod", "module example.com/x\n\ngo 1.22"},
		{"data.csv", "a,b\n1,2\n3,4\n5,6"},
		{"LICENSE", "MIT"},
	}
	tasks := make([]task, len(files))
	for i, f := range files {
		tasks[i] = task{i, f.path, f.body}
	}
	for _, workers := range []int{1, 3, 8} {
		res := runPool(tasks, workers)
		fmt.Printf("workers=%d\n", workers)
		totalLines := 0
		var failed []string
		for _, r := range res {
			if r.err != nil {
				failed = append(failed, r.err.Error())
				continue
			}
			totalLines += r.lines
			fmt.Printf("  %-10s %08x %2d lines\n", r.path, r.checksum, r.lines)
		}
		fmt.Printf("  total lines %d, failures %q\n", totalLines, failed)
	}

	// results slice written by index: no channel needed
	squares := make([]int, 16)
	var wg sync.WaitGroup
	for i := range squares {
		wg.Add(1)
		go func() {
			defer wg.Done()
			squares[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(squares)
}
