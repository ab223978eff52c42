package async

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gopad/gopad/interp/display"
)

// slow is generous: the machine may be loaded, and these bounds only catch
// hangs, not small delays.
const slow = 10 * time.Second

func sleeper(d time.Duration, res any) Func {
	return func(ctx context.Context) (any, error) {
		if err := Sleep(ctx, d); err != nil {
			return nil, err
		}
		return res, nil
	}
}

func failer(err error) Func {
	return func(context.Context) (any, error) { return nil, err }
}

// checkNoLeaks fails when goroutines started during the test are still
// running a moment after it.
func checkNoLeaks(t *testing.T) {
	t.Helper()
	before := runtime.NumGoroutine()
	t.Cleanup(func() {
		deadline := time.Now().Add(slow)
		for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
		if n := runtime.NumGoroutine(); n > before {
			buf := make([]byte, 1<<16)
			t.Errorf("goroutines: %d before, %d after\n%s", before, n, buf[:runtime.Stack(buf, true)])
		}
	})
}

func quietReports(t *testing.T) *syncBuffer {
	var b syncBuffer
	t.Cleanup(SetReportWriter(&b))
	return &b
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestSleep(t *testing.T) {
	checkNoLeaks(t)
	if err := Sleep(context.Background(), time.Millisecond); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(10*time.Millisecond, cancel)
	start := time.Now()
	err := Sleep(ctx, time.Hour)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if d := time.Since(start); d > slow {
		t.Fatalf("Sleep returned %v after start", d)
	}
	if err := Sleep(ctx, time.Hour); !errors.Is(err, context.Canceled) {
		t.Fatalf("Sleep on a done context: %v", err)
	}
}

func TestSleepStopsWithHostContext(t *testing.T) {
	checkNoLeaks(t)
	host, cancel := context.WithCancel(context.Background())
	defer SetBaseContext(func() context.Context { return host })()
	time.AfterFunc(10*time.Millisecond, cancel)
	if err := Sleep(context.Background(), time.Hour); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestGatherOrderAndConcurrency(t *testing.T) {
	checkNoLeaks(t)
	// Each function waits until all have started: this only finishes if
	// they run concurrently.
	const n = 4
	var started sync.WaitGroup
	started.Add(n)
	all := make(chan struct{})
	go func() { started.Wait(); close(all) }()
	fs := make([]Func, n)
	for i := range fs {
		fs[i] = func(ctx context.Context) (any, error) {
			started.Done()
			select {
			case <-all:
			case <-ctx.Done():
				return nil, ctx.Err()
			}
			// Finish in reverse order.
			return i, Sleep(ctx, time.Duration(n-i)*time.Millisecond)
		}
	}
	res, err := Gather(context.Background(), fs...)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range res {
		if r != i {
			t.Fatalf("results = %v, want argument order", res)
		}
	}
	if res, err := Gather(context.Background()); err != nil || len(res) != 0 {
		t.Fatalf("empty Gather = %v, %v", res, err)
	}
}

func TestGatherFirstErrorCancelsOthers(t *testing.T) {
	checkNoLeaks(t)
	boom := errors.New("boom")
	var otherErr atomic.Value
	other := func(ctx context.Context) (any, error) {
		err := Sleep(ctx, time.Hour)
		otherErr.Store(err)
		return nil, err
	}
	start := time.Now()
	res, err := Gather(context.Background(), sleeper(0, "ok"), other, failer(boom))
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want boom", err)
	}
	if d := time.Since(start); d > slow {
		t.Fatalf("Gather took %v", d)
	}
	if e, _ := otherErr.Load().(error); !errors.Is(e, context.Canceled) {
		t.Fatalf("other task ended with %v, want context.Canceled", e)
	}
	if len(res) != 3 {
		t.Fatalf("results = %v", res)
	}
	spans := LastTimeline().Spans()
	if len(spans) != 3 || !errors.Is(spans[1].Err, context.Canceled) || !errors.Is(spans[2].Err, boom) {
		t.Fatalf("timeline spans = %+v", spans)
	}
}

func TestGatherAllCollectsErrors(t *testing.T) {
	checkNoLeaks(t)
	boom := errors.New("boom")
	res, errs := GatherAll(context.Background(), failer(boom), sleeper(5*time.Millisecond, "done"))
	if len(res) != 2 || len(errs) != 2 {
		t.Fatalf("GatherAll = %v, %v", res, errs)
	}
	if !errors.Is(errs[0], boom) || errs[1] != nil || res[1] != "done" {
		t.Fatalf("GatherAll = %v, %v: an error must not cancel the others", res, errs)
	}
	res2, errs2 := GatherAllSlice(context.Background(), []Func{sleeper(0, 1)})
	if res2[0] != 1 || errs2[0] != nil {
		t.Fatalf("GatherAllSlice = %v, %v", res2, errs2)
	}
}

func TestGatherSlice(t *testing.T) {
	res, err := GatherSlice(context.Background(), []Func{sleeper(0, "a"), sleeper(0, "b")})
	if err != nil || res[0] != "a" || res[1] != "b" {
		t.Fatalf("GatherSlice = %v, %v", res, err)
	}
}

func TestGatherRecoversPanics(t *testing.T) {
	checkNoLeaks(t)
	_, err := Gather(context.Background(), Named("bad", func(context.Context) (any, error) {
		var m map[string]int
		//lint:ignore SA5000 the panic is the point
		m["x"] = 1
		return nil, nil
	}))
	var pe *PanicError
	if !errors.As(err, &pe) || pe.Task != "bad" || len(pe.Stack) == 0 {
		t.Fatalf("err = %#v, want *PanicError for task bad", err)
	}
}

func TestWaitFor(t *testing.T) {
	checkNoLeaks(t)
	start := time.Now()
	_, err := WaitFor(context.Background(), 10*time.Millisecond, sleeper(time.Hour, nil))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want it to wrap context.DeadlineExceeded", err)
	}
	if d := time.Since(start); d > slow {
		t.Fatalf("WaitFor took %v", d)
	}
	res, err := WaitFor(context.Background(), time.Hour, sleeper(time.Millisecond, "fast"))
	if err != nil || res != "fast" {
		t.Fatalf("WaitFor = %v, %v", res, err)
	}
	// A function ignoring its context still times out on time.
	release := make(chan struct{})
	defer close(release)
	_, err = WaitFor(context.Background(), 10*time.Millisecond, func(context.Context) (any, error) {
		<-release
		return nil, nil
	})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want a timeout", err)
	}
}

func TestTaskAwaitAndCancel(t *testing.T) {
	checkNoLeaks(t)
	reports := quietReports(t)
	ctx := context.Background()
	a := Go(ctx, Named("a", sleeper(time.Millisecond, "A")))
	b := Go(ctx, Named("b", sleeper(time.Hour, "B")))
	if a.Name() != "a" || b.Name() != "b" {
		t.Fatalf("names %q %q", a.Name(), b.Name())
	}
	if r, err := a.Await(); err != nil || r != "A" {
		t.Fatalf("a.Await() = %v, %v", r, err)
	}
	select {
	case <-a.Done():
	default:
		t.Fatal("Done not closed after Await")
	}
	b.Cancel()
	if _, err := b.Await(); !errors.Is(err, context.Canceled) {
		t.Fatalf("b.Await() after Cancel = %v", err)
	}
	if n := ReportUnawaited(nil); n != 0 {
		t.Fatalf("ReportUnawaited = %d, want 0; output %q", n, reports.String())
	}
}

func TestAwaitStopsWithHostContext(t *testing.T) {
	checkNoLeaks(t)
	release := make(chan struct{})
	task := Go(context.Background(), func(context.Context) (any, error) { <-release; return nil, nil })
	host, cancel := context.WithCancel(context.Background())
	restore := SetBaseContext(func() context.Context { return host })
	time.AfterFunc(10*time.Millisecond, cancel)
	_, err := task.Await()
	restore()
	close(release)
	<-task.Done()
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Await = %v, want the host's context.Canceled", err)
	}
}

func TestRunReportsAndCancelsUnawaited(t *testing.T) {
	checkNoLeaks(t)
	reports := quietReports(t)
	var leftover atomic.Value
	res, err := Run(func(ctx context.Context) (any, error) {
		Go(ctx, Named("forgotten", func(ctx context.Context) (any, error) {
			err := Sleep(ctx, time.Hour)
			leftover.Store(err)
			return nil, err
		}))
		t := Go(ctx, Named("awaited", sleeper(time.Millisecond, "x")))
		return t.Await()
	})
	if err != nil || res != "x" {
		t.Fatalf("Run = %v, %v", res, err)
	}
	if got := reports.String(); got != "async: task \"forgotten\" was never awaited\n" {
		t.Fatalf("report = %q", got)
	}
	if e, _ := leftover.Load().(error); !errors.Is(e, context.Canceled) {
		t.Fatalf("leftover task ended with %v; Run must cancel and wait for it", e)
	}
}

func TestReportUnawaitedTopLevel(t *testing.T) {
	checkNoLeaks(t)
	quietReports(t)
	ReportUnawaited(io.Discard) // forget what other tests left
	release := make(chan struct{})
	running := Go(context.Background(), Named("running", func(context.Context) (any, error) {
		<-release
		return nil, nil
	}))
	finished := Go(context.Background(), Named("finished", sleeper(0, nil)))
	awaited := Go(context.Background(), Named("awaited", sleeper(0, nil)))
	awaited.Await()
	<-finished.Done()

	var b bytes.Buffer
	if n := ReportUnawaited(&b); n != 1 || b.String() != "async: task \"finished\" was never awaited\n" {
		t.Fatalf("ReportUnawaited = %d, %q", n, b.String())
	}
	if n := ReportUnawaited(&b); n != 0 {
		t.Fatalf("second ReportUnawaited = %d, want 0 (each task reported once)", n)
	}
	close(release)
	<-running.Done()
	b.Reset()
	if n := ReportUnawaited(&b); n != 1 || !strings.Contains(b.String(), `"running"`) {
		t.Fatalf("ReportUnawaited after the task ended = %d, %q", n, b.String())
	}
}

func TestRunStopsWithHostContext(t *testing.T) {
	checkNoLeaks(t)
	host, cancel := context.WithCancel(context.Background())
	defer SetBaseContext(func() context.Context { return host })()
	time.AfterFunc(10*time.Millisecond, cancel)
	start := time.Now()
	_, err := Run(func(ctx context.Context) (any, error) {
		return Gather(ctx, sleeper(time.Hour, 1), sleeper(time.Hour, 2))
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run = %v, want context.Canceled", err)
	}
	if d := time.Since(start); d > slow {
		t.Fatalf("Run took %v after an interrupt", d)
	}
	// A function that ignores the interrupt and returns nil still makes Run
	// report the cancellation (interpreted code stops this way).
	host2, cancel2 := context.WithCancel(context.Background())
	defer SetBaseContext(func() context.Context { return host2 })()
	cancel2()
	if _, err := Run(func(context.Context) (any, error) { return nil, nil }); !errors.Is(err, context.Canceled) {
		t.Fatalf("Run = %v, want context.Canceled", err)
	}
}

func TestTopLevelGatherStopsWithHostContext(t *testing.T) {
	checkNoLeaks(t)
	host, cancel := context.WithCancel(context.Background())
	defer SetBaseContext(func() context.Context { return host })()
	time.AfterFunc(10*time.Millisecond, cancel)
	_, err := Gather(context.Background(), sleeper(time.Hour, 1), sleeper(time.Hour, 2))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Gather = %v, want context.Canceled", err)
	}
}

func taskOne(ctx context.Context) (any, error) { return "one", Sleep(ctx, 2*time.Millisecond) }
func taskTwo(ctx context.Context) (any, error) { return "two", Sleep(ctx, time.Millisecond) }

func TestSequentialTimeline(t *testing.T) {
	checkNoLeaks(t)
	res, err := Run(func(ctx context.Context) (any, error) {
		return Sequential(ctx, taskOne, taskTwo, Named("Three", taskTwo), func(context.Context) (any, error) { return 4, nil })
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.([]any); len(got) != 4 || got[0] != "one" || got[3] != 4 {
		t.Fatalf("results = %v", got)
	}
	spans := LastTimeline().Spans()
	names := []string{}
	for i, s := range spans {
		names = append(names, s.Name)
		if s.Running() {
			t.Errorf("span %d still running", i)
		}
		if i > 0 && s.Start.Before(spans[i-1].End) {
			t.Errorf("span %d starts before span %d ended", i, i-1)
		}
	}
	if strings.Join(names, ",") != "taskOne,taskTwo,Three,task 1" {
		t.Fatalf("names = %v", names)
	}
	text := LastTimeline().Text()
	for _, want := range []string{"taskOne", `"one"`, "Three", "task 1", "0s"} {
		if !strings.Contains(text, want) {
			t.Errorf("Text() lacks %q:\n%s", want, text)
		}
	}
	// Stops at the first error.
	boom := errors.New("boom")
	res2, err := Sequential(context.Background(), taskTwo, failer(boom), taskOne)
	if !errors.Is(err, boom) || len(res2) != 1 {
		t.Fatalf("Sequential = %v, %v", res2, err)
	}
}

func TestCallRecordsNestedSpans(t *testing.T) {
	_, err := Run(func(ctx context.Context) (any, error) {
		return Call(ctx, Named("outer", func(ctx context.Context) (any, error) {
			return Call(ctx, Named("inner", taskTwo))
		}))
	})
	if err != nil {
		t.Fatal(err)
	}
	spans := LastTimeline().Spans()
	if len(spans) != 2 || spans[0].Name != "outer" || spans[1].Depth != 1 {
		t.Fatalf("spans = %+v", spans)
	}
	if !strings.Contains(LastTimeline().Text(), "  inner") {
		t.Fatalf("inner span not indented:\n%s", LastTimeline().Text())
	}
}

func fixedTimeline() *Timeline {
	t0 := time.Date(2025, 12, 2, 10, 30, 0, 0, time.UTC)
	tl := new(Timeline)
	tl.Add(Span{Name: "Task One", Start: t0, End: t0.Add(3 * time.Second), Result: "Result from Task One"})
	tl.Add(Span{Name: "Task Two", Start: t0, End: t0.Add(time.Second), Result: "Result from Task Two"})
	tl.Add(Span{Name: "Task <3>", Start: t0.Add(time.Second), End: t0.Add(1500 * time.Millisecond), Err: errors.New("a & b")})
	tl.Add(Span{Name: "stopped", Start: t0.Add(time.Second), End: t0.Add(2 * time.Second), Err: context.Canceled})
	return tl
}

func TestTimelineText(t *testing.T) {
	want := "" +
		"Task One  |██████████████████████████████| 3.00s  \"Result from Task One\"\n" +
		"Task Two  |██████████                    | 1.00s  \"Result from Task Two\"\n" +
		"Task <3>  |          ▒▒▒▒▒               | 0.50s  error: a & b\n" +
		"stopped   |          ▒▒▒▒▒▒▒▒▒▒          | 1.00s  cancelled\n" +
		"           0s                       3.00s\n"
	if got := fixedTimeline().Text(); got != want {
		t.Fatalf("Text() =\n%s\nwant\n%s", got, want)
	}
	if got := new(Timeline).Text(); got != "(no tasks)\n" {
		t.Fatalf("empty Text() = %q", got)
	}
	if d := fixedTimeline().Duration(); d != 3*time.Second {
		t.Fatalf("Duration = %v", d)
	}
}

func TestTimelineSVG(t *testing.T) {
	for _, tl := range []*Timeline{fixedTimeline(), new(Timeline)} {
		svg := tl.SVG()
		dec := xml.NewDecoder(strings.NewReader(svg))
		var root xml.Name
		rects, red, ticks := 0, 0, 0
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("SVG is not well-formed XML: %v\n%s", err, svg)
			}
			se, ok := tok.(xml.StartElement)
			if !ok {
				continue
			}
			if root.Local == "" {
				root = se.Name
			}
			for _, a := range se.Attr {
				switch {
				case se.Name.Local == "rect" && a.Name.Local == "rx":
					rects++
				case se.Name.Local == "rect" && a.Name.Local == "fill" && a.Value == "#d62728":
					red++
				case se.Name.Local == "text" && a.Name.Local == "text-anchor" && a.Value == "middle":
					ticks++
				}
			}
		}
		if root.Local != "svg" || root.Space != "http://www.w3.org/2000/svg" {
			t.Fatalf("root element %v, want svg in the SVG namespace", root)
		}
		n := len(tl.Spans())
		if rects != n {
			t.Errorf("%d bars, want %d", rects, n)
		}
		if n > 0 && (red != 1 || ticks != 4) {
			t.Errorf("%d red bars (want 1), %d ticks (want 0s..3s)", red, ticks)
		}
	}
	var _ display.Displayer = fixedTimeline()
	d := fixedTimeline().Display()
	if _, ok := d.Data[display.MIMESVG].(string); !ok || !strings.HasPrefix(d.Data[display.MIMEText].(string), "Task One") {
		t.Fatalf("Display() = %v", d.Data)
	}
}

func TestShowTimelineWithoutPublisher(t *testing.T) {
	if _, err := Gather(context.Background(), Named("x", taskTwo)); err != nil {
		t.Fatal(err)
	}
	pub := &fakePublisher{}
	defer display.SetPublisher(pub)()
	if err := ShowTimeline(); err != nil {
		t.Fatal(err)
	}
	if len(pub.got) != 1 || pub.got[0].Data[display.MIMESVG] == nil {
		t.Fatalf("published %v", pub.got)
	}
}

type fakePublisher struct {
	mu  sync.Mutex
	got []display.Data
}

func (p *fakePublisher) Publish(d display.Data) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.got = append(p.got, d)
	return nil
}

func (p *fakePublisher) Clear(bool) error { return nil }

type runner struct{}

func (runner) Work(context.Context) (any, error) { return nil, nil }

func TestNames(t *testing.T) {
	cases := []struct {
		f    Func
		want string
	}{
		{taskOne, "taskOne"},
		{runner{}.Work, "runner.Work"},
		{func(context.Context) (any, error) { return nil, nil }, ""},
		{Named("given", taskOne), "given"},
		{Named("outer", Named("inner", taskOne)), "outer"},
		{nil, ""},
	}
	for _, c := range cases {
		if got := funcName(c.f); got != c.want {
			t.Errorf("funcName = %q, want %q", got, c.want)
		}
	}
	for in, want := range map[string]string{
		"reflect.makeFuncStub":            "",
		"example.com/p.main.func1":        "",
		"example.com/p.outer.func1.2":     "",
		"example.com/p.glob..func1":       "",
		"example.com/p.(*T).Run-fm":       "T.Run",
		"example.com/p.fetchFunc":         "fetchFunc",
		"example.com/p.Map[...]":          "",
		"github.com/traefik/yaegi/interp": "",
	} {
		if got := cleanName(in); got != want {
			t.Errorf("cleanName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLog(t *testing.T) {
	var b bytes.Buffer
	defer SetOutput(&b)()
	Log("hello %s %d", "x", 3)
	got := b.String()
	if len(got) != len("15:04:05 - hello x 3\n") || !strings.HasSuffix(got, " - hello x 3\n") {
		t.Fatalf("Log wrote %q", got)
	}
	if len(Now()) != 8 {
		t.Fatalf("Now() = %q", Now())
	}
}

func TestNilFunc(t *testing.T) {
	if _, err := Run(nil); !errors.Is(err, ErrNilFunc) {
		t.Fatalf("Run(nil) = %v", err)
	}
	if _, err := Gather(context.Background(), nil); !errors.Is(err, ErrNilFunc) {
		t.Fatalf("Gather(nil) = %v", err)
	}
	if _, err := Call(context.Background(), nil); !errors.Is(err, ErrNilFunc) {
		t.Fatalf("Call(nil) = %v", err)
	}
}

func TestBeginCell(t *testing.T) {
	checkNoLeaks(t)
	var out, errs syncBuffer
	defer SetOutput(nil)()
	defer SetReportWriter(nil)()
	ReportUnawaited(io.Discard)

	// An interrupt during the cell stops blocking calls.
	ctx, cancel := context.WithCancel(context.Background())
	end := BeginCell(ctx, &out, &errs)
	time.AfterFunc(10*time.Millisecond, cancel)
	if err := Sleep(context.Background(), time.Hour); !errors.Is(err, context.Canceled) {
		t.Fatalf("Sleep during an interrupted cell = %v", err)
	}
	Log("in cell")
	end()
	end() // idempotent
	if !strings.HasSuffix(out.String(), " - in cell\n") {
		t.Fatalf("Log wrote %q", out.String())
	}

	// Cancelling the cell's context after the cell ended (a kernel's
	// defer cancel()) does not stop what the cell left running.
	ctx2, cancel2 := context.WithCancel(context.Background())
	end2 := BeginCell(ctx2, nil, nil)
	task := Go(context.Background(), Named("background", sleeper(30*time.Millisecond, "bg")))
	end2()
	cancel2()
	if r, err := task.Await(); err != nil || r != "bg" {
		t.Fatalf("background task = %v, %v", r, err)
	}

	// A task the cell never awaited is reported at its end.
	end3 := BeginCell(context.Background(), nil, nil)
	<-Go(context.Background(), Named("lost", sleeper(0, nil))).Done()
	end3()
	if got := errs.String(); got != "async: task \"lost\" was never awaited\n" {
		t.Fatalf("report = %q", got)
	}
}
