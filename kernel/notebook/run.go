package notebook

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/gopad/gopad/kernel/client"
)

// Runner executes notebooks through a kernel, printing output live.
type Runner struct {
	// Argv starts the kernel ("{connection_file}" is replaced).
	Argv []string
	// Out receives the live transcript.
	Out io.Writer
	// Stderr receives the kernel's log (nil: discarded).
	Stderr io.Writer
	// Timeout bounds each cell; 0 means no limit.
	Timeout time.Duration
	// InPlace writes the fresh outputs back into the notebook files.
	InPlace bool
	// Color keeps ANSI colours in tracebacks.
	Color bool
	// AllowErrors runs every cell even after one failed (as nbconvert's
	// --allow-errors): the errors are kept in the cells' outputs, and
	// RunFile returns them all at the end, as CellErrors.
	AllowErrors bool

	late *lateOutput
}

// lateOutput keeps output that arrives for a cell after it finished (from
// goroutines it started): it is printed, marked, and stored in that cell.
type lateOutput struct {
	r     *Runner
	mu    sync.Mutex
	cells map[string]*outputs // by execute_request msg_id
}

func (l *lateOutput) add(m client.Msg) {
	l.mu.Lock()
	defer l.mu.Unlock()
	o := l.cells[m.Parent.MsgID]
	if o == nil {
		return
	}
	switch m.Header.MsgType {
	case "stream", "display_data", "update_display_data", "error":
		o.add(m, l.r)
	}
}

// CellError is an unexpected error in a cell.
type CellError struct {
	Notebook string
	Cell     int // 1-based index among all cells
	EName    string
	EValue   string
}

func (e *CellError) Error() string {
	return fmt.Sprintf("%s, cell %d: %s: %s", e.Notebook, e.Cell, e.EName, e.EValue)
}

// CellErrors are the errors of the cells of a notebook run with
// AllowErrors, in cell order.
type CellErrors []*CellError

func (es CellErrors) Error() string {
	lines := []string{fmt.Sprintf("%d cell(s) failed:", len(es))}
	for _, e := range es {
		lines = append(lines, "  "+e.Error())
	}
	return strings.Join(lines, "\n")
}

// Paths expands files and folders into the notebooks they hold, folders in
// name order, skipping checkpoints.
func Paths(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		fi, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !fi.IsDir() {
			out = append(out, a)
			continue
		}
		matches, err := filepath.Glob(filepath.Join(a, "*.ipynb"))
		if err != nil {
			return nil, err
		}
		sort.Strings(matches)
		out = append(out, matches...)
	}
	if len(out) == 0 {
		return nil, errors.New("no notebooks found")
	}
	return out, nil
}

// RunFile executes one notebook in a fresh kernel started in the
// notebook's folder.
func (r *Runner) RunFile(ctx context.Context, path string) error {
	nb, err := Read(path)
	if err != nil {
		return err
	}
	abs, _ := filepath.Abs(path)
	late := &lateOutput{r: r, cells: map[string]*outputs{}}
	c, err := client.Start(ctx, client.Options{Argv: r.Argv, Dir: filepath.Dir(abs), Stderr: r.Stderr, OnLate: late.add})
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	defer c.Shutdown(context.Background())
	fmt.Fprintf(r.Out, "\n%s %s %s\n", r.bold("═══"), r.bold(filepath.Base(path)), r.bold("═══"))
	r.late = late
	runErr := r.run(ctx, c, nb, path)
	late.mu.Lock() // no late output is added while the notebook is written
	defer late.mu.Unlock()
	if r.InPlace {
		if err := nb.Write(path); err != nil {
			return errors.Join(runErr, fmt.Errorf("writing %s: %w", path, err))
		}
	}
	return runErr
}

func (r *Runner) run(ctx context.Context, c *client.Client, nb *Notebook, path string) error {
	var failed CellErrors
	for i, cell := range nb.Cells {
		switch cell.CellType {
		case "markdown":
			for _, line := range strings.Split(string(cell.Source), "\n") {
				if strings.HasPrefix(line, "#") {
					fmt.Fprintf(r.Out, "\n%s\n", r.bold(strings.TrimSpace(strings.TrimLeft(line, "#"))))
				}
			}
			continue
		case "code":
		default:
			continue
		}
		if strings.TrimSpace(string(cell.Source)) == "" {
			cell.Outputs, cell.ExecutionCount = nil, nil
			continue
		}
		rep, err := r.runCell(ctx, c, cell)
		if err != nil {
			return fmt.Errorf("%s, cell %d: %w", path, i+1, err)
		}
		if rep.Status == "error" && !cell.HasTag("raises-exception") {
			e := &CellError{Notebook: path, Cell: i + 1, EName: rep.EName, EValue: rep.EValue}
			if !r.AllowErrors {
				return e
			}
			failed = append(failed, e)
		}
	}
	if len(failed) > 0 {
		return failed
	}
	return nil
}

func (r *Runner) runCell(ctx context.Context, c *client.Client, cell *Cell) (client.ExecuteReply, error) {
	cctx := ctx
	var cancel context.CancelFunc = func() {}
	if r.Timeout > 0 {
		cctx, cancel = context.WithTimeout(ctx, r.Timeout)
	}
	defer cancel()
	cell.Outputs = []map[string]any{}
	out := &outputs{cell: cell}
	first := strings.SplitN(strings.TrimSpace(string(cell.Source)), "\n", 2)[0]
	started := false
	rep, err := c.Execute(cctx, string(cell.Source), func(m client.Msg) {
		if m.Header.MsgType == "execute_input" && r.late != nil {
			r.late.mu.Lock()
			r.late.cells[m.Parent.MsgID] = out
			r.late.mu.Unlock()
		}
		if m.Header.MsgType == "execute_input" {
			var in struct {
				N int `json:"execution_count"`
			}
			m.Decode(&in)
			fmt.Fprintf(r.Out, "\n%s %s\n", r.dim(fmt.Sprintf("In [%d]:", in.N)), r.dim(first))
			started = true
			return
		}
		if !started {
			return
		}
		out.add(m, r)
	})
	if errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil {
		ictx, icancel := context.WithTimeout(ctx, 5*time.Second)
		c.Interrupt(ictx)
		icancel()
		return rep, fmt.Errorf("cell timed out after %v", r.Timeout)
	}
	if err != nil {
		return rep, err
	}
	n := rep.ExecutionCount
	cell.ExecutionCount = &n
	return rep, nil
}

// outputs collects a cell's outputs as nbformat stores them.
type outputs struct {
	cell      *Cell
	clearNext bool
}

func (o *outputs) add(m client.Msg, r *Runner) {
	var c map[string]any
	if m.Decode(&c) != nil {
		return
	}
	t := m.Header.MsgType
	switch t {
	case "stream", "execute_result", "display_data", "error":
		if o.clearNext {
			o.cell.Outputs = []map[string]any{}
			o.clearNext = false
		}
	}
	switch t {
	case "stream":
		name, _ := c["name"].(string)
		text, _ := c["text"].(string)
		w := r.Out
		io.WriteString(w, text)
		if n := len(o.cell.Outputs); n > 0 && o.cell.Outputs[n-1]["output_type"] == "stream" && o.cell.Outputs[n-1]["name"] == name {
			last := o.cell.Outputs[n-1]
			last["text"] = last["text"].(string) + text
			return
		}
		o.cell.Outputs = append(o.cell.Outputs, map[string]any{"output_type": "stream", "name": name, "text": text})
	case "execute_result":
		data, _ := c["data"].(map[string]any)
		fmt.Fprintf(r.Out, "%s %s\n", r.dim("Out:"), plain(data))
		o.cell.Outputs = append(o.cell.Outputs, map[string]any{
			"output_type": "execute_result", "execution_count": c["execution_count"],
			"data": data, "metadata": orEmpty(asMap(c["metadata"])),
		})
	case "display_data":
		data, _ := c["data"].(map[string]any)
		fmt.Fprintln(r.Out, plain(data))
		out := map[string]any{"output_type": "display_data", "data": data, "metadata": orEmpty(asMap(c["metadata"]))}
		if tr := asMap(c["transient"]); tr != nil {
			out["transient"] = tr // dropped when written
		}
		o.cell.Outputs = append(o.cell.Outputs, out)
	case "update_display_data":
		id, _ := asMap(c["transient"])["display_id"].(string)
		for _, out := range o.cell.Outputs {
			if tr := asMap(out["transient"]); tr != nil && tr["display_id"] == id {
				out["data"] = c["data"]
				out["metadata"] = orEmpty(asMap(c["metadata"]))
			}
		}
		data, _ := c["data"].(map[string]any)
		fmt.Fprintln(r.Out, plain(data))
	case "clear_output":
		if wait, _ := c["wait"].(bool); wait {
			o.clearNext = true
		} else {
			o.cell.Outputs = []map[string]any{}
		}
	case "error":
		var tb []string
		for _, l := range asSlice(c["traceback"]) {
			if s, ok := l.(string); ok {
				tb = append(tb, s)
			}
		}
		text := strings.Join(tb, "\n")
		if !r.Color {
			text = stripANSI(text)
		}
		fmt.Fprintln(r.Out, text)
		o.cell.Outputs = append(o.cell.Outputs, map[string]any{
			"output_type": "error", "ename": c["ename"], "evalue": c["evalue"], "traceback": asSlice(c["traceback"]),
		})
	}
}

func asMap(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

func asSlice(v any) []any {
	s, _ := v.([]any)
	if s == nil {
		return []any{}
	}
	return s
}

// plain returns the text/plain form of a MIME bundle, or names its types.
func plain(data map[string]any) string {
	if s, ok := data["text/plain"].(string); ok {
		return s
	}
	var kinds []string
	for k := range data {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	return "[" + strings.Join(kinds, ", ") + "]"
}
