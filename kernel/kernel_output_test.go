package kernel_test

import (
	"context"
	"strings"
	"testing"

	"github.com/gopad/gopad/kernel/engine"
)

// A rune split across two stdout writes, with a stderr write in between
// (a bufio.Writer flushing at a 4096-byte boundary, then a log line), must
// reach the frontend intact on stdout, and stderr must not receive its bytes.
func TestSplitRuneAcrossStreamSwitch(t *testing.T) {
	cells := map[string]cellFunc{
		"mixed": func(ctx context.Context, req engine.Request, out engine.Output) engine.Result {
			euro := []byte("€")
			out.Stdout().Write(append([]byte("cost "), euro[:2]...))
			out.Stderr().Write([]byte("log line\n"))
			out.Stdout().Write(append(euro[2:], '\n'))
			return engine.Result{}
		},
	}
	tk := startKernel(t, cells)
	_, _, ms := tk.execute("mixed", nil)
	text, seq := streams(t, ms)
	if text["stderr"] != "log line\n" {
		t.Errorf("stderr = %q, want %q (messages %q)", text["stderr"], "log line\n", seq)
	}
	if strings.ContainsRune(text["stdout"], '\uFFFD') || !strings.HasPrefix(text["stdout"], "cost ") {
		t.Errorf("stdout = %q (messages %q)", text["stdout"], seq)
	}
}

// BenchmarkStreamOutput measures what a cell's output costs between the
// engine and the client: 10 MB written at once, and in 100-byte lines,
// until the client has every byte and the idle status (MB/s per op).
func BenchmarkStreamOutput(b *testing.B) {
	const total = 10 << 20
	line := []byte(strings.Repeat("x", 99) + "\n")
	big := []byte(strings.Repeat(string(line), total/len(line)))
	cells := map[string]cellFunc{
		"big": func(ctx context.Context, req engine.Request, out engine.Output) engine.Result {
			out.Stdout().Write(big)
			return engine.Result{}
		},
		"lines": func(ctx context.Context, req engine.Request, out engine.Output) engine.Result {
			for i := 0; i < len(big)/len(line); i++ {
				out.Stdout().Write(line)
			}
			return engine.Result{}
		},
	}
	tk := startKernel(b, cells)
	for _, name := range []string{"big", "lines"} {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(big)))
			for b.Loop() {
				_, _, ms := tk.execute(name, nil)
				if text, _ := streams(b, ms); len(text["stdout"]) != len(big) {
					b.Fatalf("got %d bytes, want %d", len(text["stdout"]), len(big))
				}
			}
		})
	}
}
