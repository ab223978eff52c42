package async

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/gopad/gopad/interp/display"
)

// Span is one task in a [Timeline].
type Span struct {
	Name   string
	Start  time.Time
	End    time.Time // zero while the task is running
	Result any
	Err    error
	Depth  int // 0 for tasks of the run itself, 1 for tasks they started, …
}

// Running tells whether the task had not finished when the span was read.
func (s Span) Running() bool { return s.End.IsZero() }

// Duration returns how long the task ran (so far, when it is running).
func (s Span) Duration() time.Duration {
	if s.Running() {
		return time.Since(s.Start)
	}
	return s.End.Sub(s.Start)
}

// Timeline records the tasks of one run: what ran, when, for how long and
// with what result. [Run], [Gather], [GatherAll], [Sequential], [Call], [Go]
// and [WaitFor] add to it; [LastTimeline] returns the most recent one. It
// renders as text bars ([Timeline.Text]) or an SVG chart ([Timeline.SVG])
// and implements display.Displayer, so a notebook cell ending in
// async.LastTimeline() draws the chart. The zero value is an empty
// timeline; it is safe for concurrent use.
type Timeline struct {
	mu            sync.Mutex
	begin, finish time.Time
	spans         []*Span
}

// Add appends a span, for timelines built by hand.
func (t *Timeline) Add(s Span) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.spans = append(t.spans, &s)
}

// Spans returns a copy of the spans, in the order the tasks started.
func (t *Timeline) Spans() []Span {
	spans, _, _ := t.snapshot()
	return spans
}

// Duration returns the length of the time axis: from the start of the run
// (or of the first task) to its end (or the last task's end).
func (t *Timeline) Duration() time.Duration {
	_, from, to := t.snapshot()
	return to.Sub(from)
}

// snapshot copies the spans and returns the time axis.
func (t *Timeline) snapshot() (spans []Span, from, to time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := time.Now()
	from, to = t.begin, t.finish
	spans = make([]Span, len(t.spans))
	for i, sp := range t.spans {
		spans[i] = *sp
		if from.IsZero() || sp.Start.Before(from) {
			from = sp.Start
		}
		end := sp.End
		if end.IsZero() {
			end = now
		}
		if end.After(to) {
			to = end
		}
	}
	if t.finish.IsZero() && !t.begin.IsZero() && len(spans) == 0 {
		to = now
	}
	if to.Before(from) {
		to = from
	}
	return spans, from, to
}

func secs(d time.Duration) string { return fmt.Sprintf("%.2fs", d.Seconds()) }

// outcome describes a span's result: "cancelled", "error: …", "running",
// the quoted result or "".
func outcome(s Span) string {
	switch {
	case s.Running():
		return "running"
	case errors.Is(s.Err, context.Canceled):
		return "cancelled"
	case s.Err != nil:
		return "error: " + s.Err.Error()
	case s.Result == nil:
		return ""
	}
	var r string
	if str, ok := s.Result.(string); ok {
		r = strconv.Quote(str)
	} else {
		r = fmt.Sprint(s.Result)
	}
	if utf8.RuneCountInString(r) > 48 {
		r = string([]rune(r)[:47]) + "…"
	}
	return r
}

const textWidth = 30

// Text renders the timeline as text bars on a shared time axis:
//
//	Task One  |██████████████████████████████| 3.00s  "Result from Task One"
//	Task Two  |██████████                    | 1.00s  "Result from Task Two"
//	           0s                        3.00s
//
// Failed tasks are drawn with ▒, running ones with ░.
func (t *Timeline) Text() string {
	spans, from, to := t.snapshot()
	if len(spans) == 0 {
		return "(no tasks)\n"
	}
	total := to.Sub(from)
	labels := make([]string, len(spans))
	lw := 0
	for i, s := range spans {
		labels[i] = strings.Repeat("  ", s.Depth) + s.Name
		lw = max(lw, utf8.RuneCountInString(labels[i]))
	}
	var b strings.Builder
	for i, s := range spans {
		lo, hi := cells(s, from, total, textWidth)
		ch := "█"
		switch {
		case s.Running():
			ch = "░"
		case s.Err != nil:
			ch = "▒"
		}
		b.WriteString(labels[i])
		b.WriteString(strings.Repeat(" ", lw-utf8.RuneCountInString(labels[i])+2))
		b.WriteString("|" + strings.Repeat(" ", lo) + strings.Repeat(ch, hi-lo) + strings.Repeat(" ", textWidth-hi) + "| ")
		b.WriteString(secs(s.Duration()))
		if o := outcome(s); o != "" {
			b.WriteString("  " + o)
		}
		b.WriteByte('\n')
	}
	end := secs(total)
	pad := textWidth - 2 - len(end)
	b.WriteString(strings.Repeat(" ", lw+3) + "0s" + strings.Repeat(" ", max(pad, 1)) + end + "\n")
	return b.String()
}

// String returns [Timeline.Text].
func (t *Timeline) String() string { return t.Text() }

// cells maps a span to the half-open cell range [lo, hi) of a bar n cells
// wide; every span gets at least one cell.
func cells(s Span, from time.Time, total time.Duration, n int) (lo, hi int) {
	if total <= 0 {
		return 0, n
	}
	end := s.End
	if end.IsZero() {
		end = from.Add(total)
	}
	pos := func(t time.Time) int {
		return int(math.Round(float64(t.Sub(from)) / float64(total) * float64(n)))
	}
	lo, hi = min(max(pos(s.Start), 0), n-1), min(pos(end), n)
	if hi <= lo {
		hi = lo + 1
	}
	return lo, hi
}

// SVG renders the timeline as a standalone SVG chart: one bar per task on
// a shared time axis with ticks, the task names on the left and the
// durations on the right. Failed tasks are red, cancelled ones grey and
// running ones pale; hovering a bar shows its result.
func (t *Timeline) SVG() string {
	spans, from, to := t.snapshot()
	total := to.Sub(from)
	const (
		top, rowH, barH = 10, 24, 16
		plotW, rightW   = 480, 64
		charW           = 7
	)
	labelW := 60
	for _, s := range spans {
		labelW = max(labelW, 16+charW*(utf8.RuneCountInString(s.Name)+2*s.Depth))
	}
	axisY := top + rowH*max(len(spans), 1) + 4
	width, height := labelW+plotW+rightW, axisY+26
	x := func(d time.Duration) float64 {
		if total <= 0 {
			return float64(labelW)
		}
		return float64(labelW) + float64(d)/float64(total)*plotW
	}

	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">`+"\n",
		width, height, width, height)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="white"/>`+"\n", width, height)

	// Ticks and grid lines.
	step := tickStep(total)
	for d := time.Duration(0); total > 0 && d <= total; d += step {
		px := x(d)
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#ddd"/>`+"\n", px, top-4, px, axisY)
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#333"/>`+"\n", px, axisY, px, axisY+4)
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle" fill="#333">%s</text>`+"\n",
			px, axisY+17, strconv.FormatFloat(d.Seconds(), 'f', -1, 64)+"s")
	}
	fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#333"/>`+"\n", labelW, axisY, labelW+plotW, axisY)

	if len(spans) == 0 {
		fmt.Fprintf(&b, `<text x="%d" y="%d" fill="#666">no tasks</text>`+"\n", labelW, top+barH-3)
	}
	for i, s := range spans {
		y := top + i*rowH
		end := s.End
		if end.IsZero() {
			end = to
		}
		x0, x1 := x(s.Start.Sub(from)), x(end.Sub(from))
		w := math.Max(x1-x0, 1)
		fill, opacity := "#4c78a8", "1"
		switch {
		case s.Running():
			opacity = "0.45"
		case errors.Is(s.Err, context.Canceled):
			fill = "#9e9e9e"
		case s.Err != nil:
			fill = "#d62728"
		}
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end" fill="#222">%s</text>`+"\n",
			labelW-8, y+barH-4, esc(strings.Repeat("\u00a0\u00a0", s.Depth)+s.Name))
		fmt.Fprintf(&b, `<rect x="%.1f" y="%d" width="%.1f" height="%d" rx="2" fill="%s" fill-opacity="%s">`,
			x0, y, w, barH, fill, opacity)
		title := s.Name + ": " + secs(s.Duration())
		if o := outcome(s); o != "" {
			title += ", " + o
		}
		fmt.Fprintf(&b, `<title>%s</title></rect>`+"\n", esc(title))
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" fill="#222">%s</text>`+"\n", x0+w+4, y+barH-4, secs(s.Duration()))
	}
	b.WriteString("</svg>\n")
	return b.String()
}

// tickStep picks a round tick interval giving at most 5 intervals.
func tickStep(total time.Duration) time.Duration {
	steps := []time.Duration{
		time.Millisecond, 2 * time.Millisecond, 5 * time.Millisecond,
		10 * time.Millisecond, 20 * time.Millisecond, 50 * time.Millisecond,
		100 * time.Millisecond, 200 * time.Millisecond, 500 * time.Millisecond,
		time.Second, 2 * time.Second, 5 * time.Second, 10 * time.Second,
		15 * time.Second, 30 * time.Second, time.Minute, 2 * time.Minute,
		5 * time.Minute, 10 * time.Minute, 30 * time.Minute, time.Hour,
	}
	for _, s := range steps {
		if total/s <= 5 {
			return s
		}
	}
	return total/5 + 1
}

func esc(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;")
	return r.Replace(s)
}

// Display returns the timeline as a bundle with the SVG chart and the
// text bars, so a notebook shows it as a chart.
func (t *Timeline) Display() display.Data {
	return display.Data{Data: map[string]any{
		display.MIMESVG:  t.SVG(),
		display.MIMEText: strings.TrimRight(t.Text(), "\n"),
	}}
}

// ShowTimeline shows [LastTimeline] with display.Show: as a chart in a
// notebook, as text bars on standard output elsewhere.
func ShowTimeline() error {
	tl := LastTimeline()
	if tl == nil {
		return errors.New("async: no timeline yet: use async.Run, Gather or Sequential first")
	}
	return display.Show(tl.Display())
}
