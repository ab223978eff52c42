package interp

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"reflect"
	"runtime"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/gopad/gopad/kernel/engine"
)

// Magics are lines that start with % (or %% for the whole cell) and shell
// lines that start with !, as in IPython. They are handled by the kernel, not
// the interpreter. Each magic is one entry of a table (its name, its help
// lines and its handler); %help and %lsmagic print help generated from the
// tables.

// helpLine is one line of %help: how a magic is written and what it does
// (lines after the first continue under the text).
type helpLine struct{ usage, text string }

// magicCall is a magic line as the cell holds it.
type magicCall struct {
	name   string // after the %
	arg    string // the argument, trimmed
	rawArg string // the argument as written
	line   string // the whole line, trimmed
	lineNo int    // 1-based line in the cell
}

// lineMagic is a magic of one line (%name ARG).
type lineMagic struct {
	names []string // the first is the magic's name, the others aliases
	help  []helpLine
	run   func(s *Session, ctx context.Context, c magicCall, out engine.Output) (reflect.Value, *engine.Error)
}

// cellMagic is a magic that stands on a cell's first line (%%name) and
// applies to the rest of the cell.
type cellMagic struct {
	name string
	help []helpLine
	run  func(s *Session, ctx context.Context, body string, out engine.Output) (reflect.Value, *engine.Error)
}

// cellMagics lists the cell magics, in the order of %help.
func cellMagics() []cellMagic {
	return []cellMagic{
		{name: "time", help: []helpLine{{"%%time", "run the cell and print its wall and CPU time"}}, run: (*Session).timeCell},
	}
}

// lineMagics lists the line magics, in the order of %help.
func lineMagics() []lineMagic {
	return []lineMagic{
		{names: []string{"time"}, help: []helpLine{{"%time STMT", "run one line of Go and print its times"}}, run: (*Session).timeMagic},
		{names: []string{"env"}, help: []helpLine{
			{"%env", "list environment variables"},
			{"%env NAME", "print one variable"},
			{"%env NAME=VALUE", "set a variable for this session (and programs it starts)"},
		}, run: (*Session).envMagic},
		{names: []string{"who"}, help: []helpLine{{"%who", "list the names cells declared, with their kinds"}}, run: (*Session).whoMagic},
		{names: []string{"reset"}, help: []helpLine{{"%reset", "start a fresh Go session: forget all declarations and values"}}, run: (*Session).resetMagic},
		{names: []string{"cd"}, help: []helpLine{{"%cd [DIR]", "change (or print) the working directory"}}, run: (*Session).cdMagic},
		{names: []string{"go"}, help: []helpLine{
			{"%go get MOD[@V]", "fetch a module (or package) for cells to import"},
			{"%go list", "modules the session uses, with versions"},
			{"%go mod", "print the session's go.mod"},
			{"%go write [DIR]", "write go.mod/go.sum next to the notebook"},
		}, run: func(s *Session, ctx context.Context, c magicCall, out engine.Output) (reflect.Value, *engine.Error) {
			return reflect.Value{}, s.goMagic(ctx, c.arg, out)
		}},
		{names: []string{"help", "lsmagic"}, help: []helpLine{{"%help, %lsmagic", "this text"}}, run: helpMagic},
	}
}

// syntaxHelp describes the lines that are not magics but that the kernel
// also handles itself.
var syntaxHelp = []helpLine{
	{"!COMMAND", "run COMMAND in a shell; its output is shown as it comes"},
	{"NAME?", "show the signature and documentation of NAME (as Shift+Tab),\nalso of a method or field: s.Warm?, strings.NewReader(\"x\").Len?"},
	{"?", "this text"},
}

// magicHelp returns the text of %help and %lsmagic, generated from the
// magic tables.
func magicHelp() string {
	var b strings.Builder
	b.WriteString("gopad magics (lines starting with %, or %% at the top of a cell):\n\n")
	for _, m := range cellMagics() {
		writeHelp(&b, m.help)
	}
	for _, m := range lineMagics() {
		writeHelp(&b, m.help)
	}
	b.WriteString("\n")
	writeHelp(&b, syntaxHelp)
	return b.String()
}

func writeHelp(b *strings.Builder, lines []helpLine) {
	const indent = 2 + 15 + 1 // "  ", the usage column, a space
	for _, h := range lines {
		text := strings.ReplaceAll(h.text, "\n", "\n"+strings.Repeat(" ", indent))
		fmt.Fprintf(b, "  %-15s %s\n", h.usage, text)
	}
}

func helpMagic(s *Session, ctx context.Context, c magicCall, out engine.Output) (reflect.Value, *engine.Error) {
	io.WriteString(out.Stdout(), magicHelp())
	return reflect.Value{}, nil
}

// segment is a part of a cell: Go code, a magic line or a shell line.
type segment struct {
	kind string // "go", "magic", "shell"
	text string
	line int // 1-based line where the segment starts
}

// splitMagics cuts a cell into Go code and magic or shell lines. Go segments
// keep their position: they are padded with blank lines so that errors point
// at the cell's own lines.
func splitMagics(code string) []segment {
	lines := strings.Split(code, "\n")
	var segs []segment
	var goLines []string
	goStart := 1
	flush := func(next int) {
		if len(goLines) > 0 && strings.TrimSpace(strings.Join(goLines, "")) != "" {
			segs = append(segs, segment{"go", strings.Repeat("\n", goStart-1) + strings.Join(goLines, "\n"), goStart})
		}
		goLines, goStart = nil, next
	}
	depth := 0
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if depth == 0 && (strings.HasPrefix(t, "%") || strings.HasPrefix(t, "!")) && l == strings.TrimLeft(l, " \t") {
			flush(i + 2)
			kind := "magic"
			if strings.HasPrefix(t, "!") {
				kind = "shell"
			}
			segs = append(segs, segment{kind, t, i + 1})
			continue
		}
		goLines = append(goLines, l)
		depth += strings.Count(l, "`") % 2 // a raw string spanning lines
		depth %= 2
	}
	flush(len(lines) + 1)
	return segs
}

// hasMagic reports whether code needs magic handling.
func hasMagic(code string) bool {
	for _, l := range strings.Split(code, "\n") {
		t := strings.TrimSpace(l)
		if (strings.HasPrefix(t, "%") || strings.HasPrefix(t, "!")) && l == strings.TrimLeft(l, " \t") {
			return true
		}
	}
	t := strings.TrimSpace(code)
	return strings.HasSuffix(t, "?") && !strings.Contains(t, "\n") || isExit(t)
}

// isExit reports whether a cell asks to leave, as exit and quit do in
// IPython (jupyter console then quits).
func isExit(t string) bool {
	switch t {
	case "exit", "quit", "exit()", "quit()":
		return true
	}
	return false
}

// runMagics executes a cell that holds magics.
func (s *Session) runMagics(ctx context.Context, code string, out engine.Output, res *engine.Result) (reflect.Value, *engine.Error) {
	t := strings.TrimSpace(code)
	if isExit(t) {
		if _, declared := s.names[strings.TrimSuffix(t, "()")]; !declared {
			res.Payloads = append(res.Payloads, map[string]any{"source": "ask_exit", "keepkernel": false})
			return reflect.Value{}, nil
		}
		return s.run(ctx, code)
	}
	if name, ok := strings.CutSuffix(t, "?"); ok && !strings.Contains(t, "\n") && !strings.HasPrefix(t, "%") && !strings.HasPrefix(t, "!") {
		return reflect.Value{}, s.pageHelp(strings.TrimSpace(strings.TrimSuffix(name, "?")), out, res)
	}
	first, rest, _ := strings.Cut(code, "\n")
	if name, ok := strings.CutPrefix(strings.TrimSpace(first), "%%"); ok {
		for _, m := range cellMagics() {
			if m.name == name {
				return m.run(s, ctx, "\n"+rest, out)
			}
		}
		return reflect.Value{}, unknownMagic(strings.TrimSpace(first))
	}
	return s.runSegments(ctx, code, out)
}

// pageHelp answers NAME? (or ?, alone) with a page: what inspection shows
// of NAME, or the magics' help.
func (s *Session) pageHelp(name string, out engine.Output, res *engine.Result) *engine.Error {
	if name == "" {
		// A bare ? is a request for help, as in IPython.
		io.WriteString(out.Stdout(), magicHelp())
		return nil
	}
	in := inspectLocked(s, name, len([]rune(name)), 1)
	if !in.Found {
		return engine.NewError(engine.ErrName, "nothing known about "+name)
	}
	res.Payloads = append(res.Payloads, map[string]any{"source": "page", "data": in.Data, "start": 0})
	return nil
}

// timeCell runs body, the rest of a %%time cell, and prints its times.
func (s *Session) timeCell(ctx context.Context, body string, out engine.Output) (reflect.Value, *engine.Error) {
	start := time.Now()
	cpu0 := cpuTime()
	v, err := s.runSegments(ctx, body, out)
	printTimes(out.Stdout(), start, cpu0)
	return v, err
}

// printTimes prints the CPU time (when the platform measures it) and the
// wall time since start.
func printTimes(w io.Writer, start time.Time, cpu0 time.Duration) {
	wall := time.Since(start)
	if cpu := cpuTime() - cpu0; cpu0 >= 0 && cpu >= 0 {
		fmt.Fprintf(w, "CPU time: %v\n", round(cpu))
	}
	fmt.Fprintf(w, "Wall time: %v\n", round(wall))
}

func round(d time.Duration) time.Duration {
	switch {
	case d > time.Second:
		return d.Round(time.Millisecond)
	case d > time.Millisecond:
		return d.Round(time.Microsecond)
	}
	return d
}

func unknownMagic(m string) *engine.Error {
	msg := fmt.Sprintf("unknown magic %s (see %%help)", strings.Fields(m)[0])
	return engine.NewError(engine.ErrUnknownMagic, msg)
}

func (s *Session) runSegments(ctx context.Context, code string, out engine.Output) (reflect.Value, *engine.Error) {
	var last reflect.Value
	for _, seg := range splitMagics(code) {
		if s.resetRest != nil {
			// After a %reset that asks for a new process: the code from
			// the line after it on, padded to keep its line numbers.
			lines := strings.Split(code, "\n")
			rest := strings.Repeat("\n", seg.line-1) + strings.Join(lines[seg.line-1:], "\n")
			s.resetRest = &rest
			return reflect.Value{}, nil
		}
		last = reflect.Value{}
		var err *engine.Error
		switch seg.kind {
		case "go":
			last, err = s.run(ctx, seg.text)
		case "shell":
			err = shell(ctx, strings.TrimPrefix(seg.text, "!"), out)
		case "magic":
			last, err = s.runLineMagic(ctx, seg.text, seg.line, out)
		}
		if err != nil {
			return reflect.Value{}, err
		}
	}
	return last, nil
}

// runLineMagic runs one magic line; lineNo is its 1-based line in the cell.
func (s *Session) runLineMagic(ctx context.Context, line string, lineNo int, out engine.Output) (reflect.Value, *engine.Error) {
	name, rawArg, _ := strings.Cut(strings.TrimPrefix(line, "%"), " ")
	c := magicCall{name: name, arg: strings.TrimSpace(rawArg), rawArg: rawArg, line: line, lineNo: lineNo}
	for _, m := range lineMagics() {
		if slices.Contains(m.names, name) {
			return m.run(s, ctx, c, out)
		}
	}
	return reflect.Value{}, unknownMagic(line)
}

// envMagic lists the environment, prints a variable or sets one.
func (s *Session) envMagic(ctx context.Context, c magicCall, out engine.Output) (reflect.Value, *engine.Error) {
	w := out.Stdout()
	switch {
	case c.arg == "":
		env := os.Environ()
		sort.Strings(env)
		for _, kv := range env {
			fmt.Fprintln(w, kv)
		}
	case strings.Contains(c.arg, "="):
		k, v, _ := strings.Cut(c.arg, "=")
		if err := os.Setenv(strings.TrimSpace(k), strings.TrimSpace(v)); err != nil {
			return reflect.Value{}, engine.NewError(engine.ErrEnv, err.Error())
		}
		fmt.Fprintf(w, "env: %s=%s\n", strings.TrimSpace(k), strings.TrimSpace(v))
	default:
		fmt.Fprintln(w, os.Getenv(c.arg))
	}
	return reflect.Value{}, nil
}

// whoMagic lists the names cells declared, with their kinds.
func (s *Session) whoMagic(ctx context.Context, c magicCall, out engine.Output) (reflect.Value, *engine.Error) {
	w := out.Stdout()
	names := make([]string, 0, len(s.names))
	for n := range s.names {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(names) == 0 {
		fmt.Fprintln(w, "no names declared yet")
	}
	for _, n := range names {
		fmt.Fprintf(w, "%-10s %s\n", s.names[n].kind, n)
	}
	return reflect.Value{}, nil
}

// resetMagic starts a fresh Go session: in this process, or, when the
// session runs in a process of its own, in a new one that runs the rest of
// the cell.
func (s *Session) resetMagic(ctx context.Context, c magicCall, out engine.Output) (reflect.Value, *engine.Error) {
	if s.opts.ProcessReset {
		// runSegments stops here; a new process runs the rest.
		s.resetRest = new(string)
		fmt.Fprintln(out.Stderr(), "gopad: the Go session was reset: a new session process was started; declarations, values, imports and goroutines are gone.")
		return reflect.Value{}, nil
	}
	if err := s.reset(); err != nil {
		return reflect.Value{}, engine.NewError(engine.ErrSession, err.Error())
	}
	fmt.Fprintln(out.Stderr(), "gopad: the Go session was reset: declarations, values and imports are gone.")
	return reflect.Value{}, nil
}

// cdMagic changes the working directory, then prints it.
func (s *Session) cdMagic(ctx context.Context, c magicCall, out engine.Output) (reflect.Value, *engine.Error) {
	if c.arg != "" {
		if err := os.Chdir(c.arg); err != nil {
			return reflect.Value{}, engine.NewError(engine.ErrOS, err.Error())
		}
	}
	wd, _ := os.Getwd()
	fmt.Fprintln(out.Stdout(), wd)
	return reflect.Value{}, nil
}

// timeMagic runs the statement of a %time line and prints its times.
func (s *Session) timeMagic(ctx context.Context, c magicCall, out engine.Output) (reflect.Value, *engine.Error) {
	start := time.Now()
	cpu0 := cpuTime()
	// STMT runs where it stands in the cell: padded with the lines above
	// and with blanks in place of "%time ", so that an error names the
	// cell's line and column (not line 1 of STMT alone), as for the cell's
	// other Go code.
	off := len("%"+c.name+" ") + len(c.rawArg) - len(strings.TrimLeft(c.rawArg, " \t"))
	padded := strings.Repeat(" ", off) + c.arg
	v, err := s.run(ctx, strings.Repeat("\n", c.lineNo-1)+padded)
	printTimes(out.Stdout(), start, cpu0)
	if err != nil {
		// Show the magic line as the user wrote it, not its padding
		// (same width, so the caret stays in place).
		shown := fmt.Sprintf("%4d | %s", c.lineNo, strings.ReplaceAll(padded, "\t", "    "))
		for i, tl := range err.Traceback {
			if tl == shown {
				err.Traceback[i] = fmt.Sprintf("%4d | %s", c.lineNo, strings.ReplaceAll(c.line, "\t", "    "))
			}
		}
	}
	return v, err
}

// shell runs a command line in the system shell, streaming its output.
func shell(ctx context.Context, command string, out engine.Output) *engine.Error {
	var cmd *exec.Cmd
	if runtime.GOOS == "windows" {
		cmd = exec.CommandContext(ctx, "cmd", "/C", command)
	} else {
		cmd = exec.CommandContext(ctx, "/bin/sh", "-c", command)
	}
	cmd.Stdout, cmd.Stderr = out.Stdout(), out.Stderr()
	cmd.WaitDelay = time.Second
	err := cmd.Run()
	if ctx.Err() != nil {
		return engine.NewError(engine.ErrInterrupted, "the command was interrupted")
	}
	if err != nil {
		msg := fmt.Sprintf("!%s: %v", command, err)
		return engine.NewError(engine.ErrShell, msg)
	}
	return nil
}
