package kernel_test

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

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

// TestStreamTextSurvivesAnySplit writes random text (multi-byte runes,
// U+2028, quotes, control characters, invalid bytes) to both streams in
// random pieces, some crossing the 1 MB message limit, and checks that
// each stream arrives as the JSON encoding of all its bytes would carry
// it: a sequence split between writes, messages or a stream switch is
// whole, and invalid bytes are U+FFFD.
func TestStreamTextSurvivesAnySplit(t *testing.T) {
	atoms := []string{"a", "xyz", "\n", "€", "𝄞", "é", "\u2028", `"`, `\`, "\t", "\x01", "\xff", "\x80", "\xe2\x82", "\xf0\x9d"}
	for seed := uint64(1); seed <= 4; seed++ {
		r := rand.New(rand.NewPCG(seed, 7))
		want := map[string][]byte{}
		var writes []struct {
			name string
			p    []byte
		}
		for range 400 {
			name := "stdout"
			if r.IntN(4) == 0 {
				name = "stderr"
			}
			var p []byte
			if r.IntN(100) == 0 {
				p = []byte(strings.Repeat("€x", 400_000)) // 1.6 MB: crosses a message limit
			} else {
				for range r.IntN(8) {
					p = append(p, atoms[r.IntN(len(atoms))]...)
				}
			}
			// Split p at random byte positions (inside runes too).
			for len(p) > 0 {
				k := 1 + r.IntN(len(p))
				writes = append(writes, struct {
					name string
					p    []byte
				}{name, p[:k]})
				want[name] = append(want[name], p[:k]...)
				p = p[k:]
			}
		}
		cells := map[string]cellFunc{
			"random": func(ctx context.Context, req engine.Request, out engine.Output) engine.Result {
				for _, w := range writes {
					if w.name == "stderr" {
						out.Stderr().Write(w.p)
					} else {
						out.Stdout().Write(w.p)
					}
				}
				return engine.Result{}
			},
		}
		tk := startKernel(t, cells)
		_, _, ms := tk.execute("random", nil)
		got, _ := streams(t, ms)
		for _, name := range []string{"stdout", "stderr"} {
			b, _ := json.Marshal(string(want[name]))
			var w string
			if err := json.Unmarshal(b, &w); err != nil {
				t.Fatal(err)
			}
			if got[name] != w {
				i := 0
				for i < len(w) && i < len(got[name]) && w[i] == got[name][i] {
					i++
				}
				t.Errorf("seed %d: %s differs from byte %d of %d (got %d bytes): got %q..., want %q...",
					seed, name, i, len(w), len(got[name]), trim(got[name][i:]), trim(w[i:]))
			}
		}
		for _, m := range ms {
			if m.Header.MsgType == "stream" && !utf8.Valid(m.Content) {
				t.Errorf("seed %d: a stream message is not UTF-8", seed)
			}
		}
	}
}

func trim(s string) string { return s[:min(len(s), 20)] }

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
