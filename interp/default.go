package interp

import (
	"context"

	"github.com/gopad/gopad/interp/async"
	"github.com/gopad/gopad/interp/display"
	"github.com/gopad/gopad/interp/symbols"
	"github.com/gopad/gopad/kernel/engine"
)

// NewDefault returns a session with gopad's own packages importable by
// cells: github.com/gopad/gopad/interp/async, tied to the running cell so
// that an interrupt cancels its work, and github.com/gopad/gopad/interp/display,
// whose output becomes display_data of the running cell.
func NewDefault() (*Session, error) { return NewDefaultWith(Options{}) }

// NewDefaultWith is NewDefault with options; gopad's own packages are
// added to opts.Symbols.
func NewDefaultWith(opts Options) (*Session, error) {
	opts.Symbols = append([]Exports{symbols.Symbols}, opts.Symbols...)
	s, err := New(opts)
	if err != nil {
		return nil, err
	}
	display.SetPublisher(publisher{s.router})
	s.OnCell(func(ctx context.Context, out engine.Output) func() {
		return async.BeginCell(ctx, routedWriter{r: s.router}, routedWriter{r: s.router, stderr: true})
	})
	return s, nil
}

// publisher sends display output to the running cell (or, for late output,
// to the cell that ran last).
type publisher struct{ r *router }

func (p publisher) Publish(d display.Data) error {
	o := p.r.current()
	if o == nil {
		return nil
	}
	return o.Display(engine.DisplayData{Data: d.Data, Metadata: d.Metadata, DisplayID: d.DisplayID, Update: d.Update})
}

// Input implements display.InputReader: it sends an input_request for the
// running cell.
func (p publisher) Input(prompt string, password bool) (string, error) {
	o, ctx := p.r.target()
	if o == nil || ctx == nil {
		return "", engine.ErrNoStdin
	}
	return o.Input(ctx, prompt, password)
}

func (p publisher) Clear(wait bool) error {
	o := p.r.current()
	if o == nil {
		return nil
	}
	return o.ClearOutput(wait)
}
