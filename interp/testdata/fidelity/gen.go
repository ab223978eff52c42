//go:build ignore

// Gen records what `go run` shows for every program of the fidelity corpus
// (<category>/<name>.go → <category>/<name>.out): stdout and stderr as one
// stream, as a terminal shows them, and go run's own "exit status N" line
// when the program exits non-zero. After a panic or fatal error only the
// panic's lines and the exit status stay (see cutTraces).
//
// Run from the repository root:
//
//	go run ./interp/testdata/fidelity/gen.go [category/name ...]
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

func main() {
	log.SetFlags(0)
	flag.Parse()
	dir := "interp/testdata/fidelity"
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.go"))
	if err != nil {
		log.Fatal(err)
	}
	if len(files) == 0 {
		log.Fatalf("no programs under %s: run from the repository root", dir)
	}
	if flag.NArg() > 0 {
		var only []string
		for _, a := range flag.Args() {
			only = append(only, filepath.Join(dir, a+".go"))
		}
		files = only
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	failed := false
	var mu sync.Mutex
	for _, f := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			if err := record(f); err != nil {
				mu.Lock()
				failed = true
				log.Printf("%s: %v", f, err)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if failed {
		os.Exit(1)
	}
	log.Printf("recorded %d programs", len(files))
}

// record runs one program with go run and writes its .out file.
func record(file string) error {
	abs, err := filepath.Abs(file)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "fidelity-gen-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", "run", abs)
	cmd.Dir = tmp
	cmd.Env = append(os.Environ(), "GOTOOLCHAIN=local")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		if _, ok := err.(*exec.ExitError); !ok || ctx.Err() != nil {
			return fmt.Errorf("go run: %v\n%s", err, out.String())
		}
	}
	text := cutTraces(out.String())
	if strings.Contains(text, "# command-line-arguments") {
		return fmt.Errorf("does not compile:\n%s", text)
	}
	return os.WriteFile(strings.TrimSuffix(file, ".go")+".out", []byte(text), 0o644)
}

// cutTraces drops what follows a panic or fatal error except the panic
// lines themselves and go run's "exit status" line (goroutine traces carry
// addresses and file paths), and the runtime's own diagnostic lines
// ("runtime: ...", with stack addresses) before a fatal error.
func cutTraces(s string) string {
	fatal := strings.Contains(s, "\nfatal error: ") || strings.HasPrefix(s, "fatal error: ")
	var keep []string
	inPanic := false
	for _, l := range strings.SplitAfter(s, "\n") {
		isPanic := strings.HasPrefix(l, "panic: ") || strings.HasPrefix(l, "\tpanic: ") ||
			strings.HasPrefix(l, "fatal error: ")
		switch {
		case isPanic:
			inPanic = true
		case strings.HasPrefix(l, "exit status "):
		case inPanic:
			continue
		case fatal && strings.HasPrefix(l, "runtime: "):
			continue
		}
		keep = append(keep, l)
	}
	return strings.Join(keep, "")
}
