package interp

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/gopad/gopad/kernel/engine"
)

// Magics are lines that start with % (or %% for the whole cell) and shell
// lines that start with !, as in IPython. They are handled by the kernel, not
// the interpreter.

// magicHelp is the text of %help and %lsmagic.
const magicHelp = `gopad magics (lines starting with %, or %% at the top of a cell):

  %%time          run the cell and print its wall and CPU time
  %time STMT      run one line of Go and print its times
  %env            list environment variables
  %env NAME       print one variable
  %env NAME=VALUE set a variable for this session (and programs it starts)
  %who            list the names cells declared, with their kinds
  %reset          start a fresh Go session: forget all declarations and values
  %cd [DIR]       change (or print) the working directory
  %go get MOD[@V] fetch a module (or package) for cells to import
  %go list        modules the session uses, with versions
  %go mod         print the session's go.mod
  %go write [DIR] write go.mod/go.sum next to the notebook
  %help, %lsmagic this text

  !COMMAND        run COMMAND in a shell; its output is shown as it comes
  NAME?           show the signature and documentation of NAME (as Shift+Tab),
                  also of a method or field: s.Warm?, strings.NewReader("x").Len?
  ?               this text
`

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
		name = strings.TrimSpace(strings.TrimSuffix(name, "?"))
		if name == "" {
			// A bare ? is a request for help, as in IPython.
			io.WriteString(out.Stdout(), magicHelp)
			return reflect.Value{}, nil
		}
		in := inspectLocked(s, name, len([]rune(name)), 1)
		if !in.Found {
			return reflect.Value{}, engine.NewError(engine.ErrName, "nothing known about "+name)
		}
		res.Payloads = append(res.Payloads, map[string]any{"source": "page", "data": in.Data, "start": 0})
		return reflect.Value{}, nil
	}
	if first, rest, _ := strings.Cut(code, "\n"); strings.TrimSpace(first) == "%%time" {
		start := time.Now()
		cpu0 := cpuTime()
		v, err := s.runSegments(ctx, "\n"+rest, out)
		wall := time.Since(start)
		if cpu := cpuTime() - cpu0; cpu0 >= 0 && cpu >= 0 {
			fmt.Fprintf(out.Stdout(), "CPU time: %v\n", round(cpu))
		}
		fmt.Fprintf(out.Stdout(), "Wall time: %v\n", round(wall))
		return v, err
	} else if strings.HasPrefix(strings.TrimSpace(first), "%%") {
		return reflect.Value{}, unknownMagic(strings.TrimSpace(first))
	}
	return s.runSegments(ctx, code, out)
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
			last, err = s.lineMagic(ctx, seg.text, seg.line, out)
		}
		if err != nil {
			return reflect.Value{}, err
		}
	}
	return last, nil
}

// lineMagic runs one magic line; lineNo is its 1-based line in the cell.
func (s *Session) lineMagic(ctx context.Context, line string, lineNo int, out engine.Output) (reflect.Value, *engine.Error) {
	name, rawArg, _ := strings.Cut(strings.TrimPrefix(line, "%"), " ")
	arg := strings.TrimSpace(rawArg)
	w := out.Stdout()
	switch name {
	case "go":
		return reflect.Value{}, s.goMagic(ctx, arg, out)
	case "help", "lsmagic":
		io.WriteString(w, magicHelp)
	case "env":
		switch {
		case arg == "":
			env := os.Environ()
			sort.Strings(env)
			for _, kv := range env {
				fmt.Fprintln(w, kv)
			}
		case strings.Contains(arg, "="):
			k, v, _ := strings.Cut(arg, "=")
			if err := os.Setenv(strings.TrimSpace(k), strings.TrimSpace(v)); err != nil {
				return reflect.Value{}, engine.NewError(engine.ErrEnv, err.Error())
			}
			fmt.Fprintf(w, "env: %s=%s\n", strings.TrimSpace(k), strings.TrimSpace(v))
		default:
			fmt.Fprintln(w, os.Getenv(arg))
		}
	case "who":
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
	case "reset":
		if s.opts.ProcessReset {
			// runSegments stops here; a new process runs the rest.
			s.resetRest = new(string)
			fmt.Fprintln(out.Stderr(), "gopad: the Go session was reset: a new session process was started; declarations, values, imports and goroutines are gone.")
			break
		}
		if err := s.reset(); err != nil {
			return reflect.Value{}, engine.NewError(engine.ErrSession, err.Error())
		}
		fmt.Fprintln(out.Stderr(), "gopad: the Go session was reset: declarations, values and imports are gone.")
	case "cd":
		if arg != "" {
			if err := os.Chdir(arg); err != nil {
				return reflect.Value{}, engine.NewError(engine.ErrOS, err.Error())
			}
		}
		wd, _ := os.Getwd()
		fmt.Fprintln(w, wd)
	case "time":
		start := time.Now()
		cpu0 := cpuTime()
		// STMT runs where it stands in the cell: padded with the lines
		// above and with blanks in place of "%time ", so that an error
		// names the cell's line and column (not line 1 of STMT alone), as
		// for the cell's other Go code.
		off := len("%"+name+" ") + len(rawArg) - len(strings.TrimLeft(rawArg, " \t"))
		padded := strings.Repeat(" ", off) + arg
		v, err := s.run(ctx, strings.Repeat("\n", lineNo-1)+padded)
		if cpu := cpuTime() - cpu0; cpu0 >= 0 && cpu >= 0 {
			fmt.Fprintf(w, "CPU time: %v\n", round(cpu))
		}
		fmt.Fprintf(w, "Wall time: %v\n", round(time.Since(start)))
		if err != nil {
			// Show the magic line as the user wrote it, not its padding
			// (same width, so the caret stays in place).
			shown := fmt.Sprintf("%4d | %s", lineNo, strings.ReplaceAll(padded, "\t", "    "))
			for i, tl := range err.Traceback {
				if tl == shown {
					err.Traceback[i] = fmt.Sprintf("%4d | %s", lineNo, strings.ReplaceAll(line, "\t", "    "))
				}
			}
		}
		return v, err
	default:
		return reflect.Value{}, unknownMagic(line)
	}
	return reflect.Value{}, nil
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
