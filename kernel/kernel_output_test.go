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
