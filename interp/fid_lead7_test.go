package interp

import (
	"os"
	"strings"
	"testing"
)

// lead7Programs are the lead's class programs of stop 27, each run whole
// and split. Split, main is cut at every blank line, after its defers
// too: a deferred release of a value the session keeps (a context's
// cancel, a temporary directory's removal, a channel's close, an
// iter.Pull's stop, a ticker's Stop, a file's Close) must not run when its
// cell ends, under the later cells that use the value.
var lead7Programs = []fidProgram{
	{name: "deferred_cancel", cutDefers: true, src: `package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func fetch(ctx context.Context, id int, cost time.Duration) (string, error) {
	select {
	case <-time.After(cost):
		return fmt.Sprintf("item-%d", id), nil
	case <-ctx.Done():
		return "", fmt.Errorf("fetch %d: %w", id, ctx.Err())
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()

	item, err := fetch(ctx, 1, 10*time.Millisecond)
	fmt.Println(item, err)

	_, err = fetch(ctx, 2, 2*time.Second)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))

	parent, stop := context.WithCancelCause(context.Background())
	defer stop(nil)

	fmt.Println(parent.Err(), context.Cause(parent))
	stop(errors.New("shutting down"))
	fmt.Println(parent.Err(), context.Cause(parent))
}
`, want: "item-1 <nil>\nfetch 2: context deadline exceeded true\n<nil> <nil>\ncontext canceled shutting down\n"},
	{name: "deferred_remove_close", cutDefers: true, src: `package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "notes")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)

	index, err := os.Create(filepath.Join(dir, "index.txt"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer index.Close()

	for i, name := range []string{"beta", "alpha", "gamma"} {
		p := filepath.Join(dir, name+".md")
		os.WriteFile(p, []byte(strings.Repeat(name+"\n", i+1)), 0o644)
		fmt.Fprintln(index, name)
	}

	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	fmt.Println(names)

	f, _ := os.Open(filepath.Join(dir, "gamma.md"))
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
	}
	f.Close()
	fmt.Println("gamma lines:", n)

	data, _ := os.ReadFile(filepath.Join(dir, "index.txt"))
	fmt.Printf("%q\n", data)
}
`, want: "[alpha.md beta.md gamma.md index.txt]\ngamma lines: 3\n\"beta\\nalpha\\ngamma\\n\"\n"},
	{name: "deferred_close_done", cutDefers: true, src: `package main

import "fmt"

func squares(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i * i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	defer close(done)

	sq := squares(done)
	fmt.Println(<-sq, <-sq, <-sq)

	sum := 0
	for range 4 {
		sum += <-sq
	}
	fmt.Println("next four sum to", sum)
}
`, want: "1 4 9\nnext four sum to 126\n"},
	{name: "deferred_pull_stop", cutDefers: true, src: `package main

import (
	"fmt"
	"iter"
)

func fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func main() {
	next, stop := iter.Pull(fib())
	defer stop()

	for range 5 {
		v, ok := next()
		fmt.Print(v, " ", ok, "; ")
	}
	fmt.Println()

	v, ok := next()
	fmt.Println("sixth:", v, ok)
}
`, want: "0 true; 1 true; 1 true; 2 true; 3 true; \nsixth: 5 true\n"},
	{name: "deferred_ticker_stop", cutDefers: true, src: `package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(20 * time.Millisecond)
	defer ticker.Stop()

	ticks := 0
	deadline := time.After(time.Second)
loop:
	for ticks < 3 {
		select {
		case <-ticker.C:
			ticks++
		case <-deadline:
			break loop
		}
	}
	fmt.Println("ticks:", ticks)

	select {
	case <-ticker.C:
		fmt.Println("still ticking")
	case <-time.After(time.Second):
		fmt.Println("stopped")
	}
}
`, want: "ticks: 3\nstill ticking\n"},
}

func TestFidelityLead7(t *testing.T) { runFidPrograms(t, lead7Programs) }

// TestKeptReleaseRunsAtClose: a release a cell kept runs when the session
// closes, so a temporary directory a cell made and deferred the removal
// of is gone then, and not before.
func TestKeptReleaseRunsAtClose(t *testing.T) {
	s := newSession(t)
	run(t, s, `import ("fmt"; "os")`)
	res, rec := run(t, s, "dir, _ := os.MkdirTemp(\"\", \"gopad-kept\")\ndefer os.RemoveAll(dir)\nfmt.Println(dir)")
	if res.Err != nil {
		t.Fatalf("cell failed: %s", res.Err.Value)
	}
	dir := strings.TrimSpace(rec.out())
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("the directory is gone before the session ends: %v", err)
	}
	s.Close()
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		os.RemoveAll(dir)
		t.Fatalf("the directory is still there after Close (%v)", err)
	}
}
