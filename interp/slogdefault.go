package interp

import (
	"bytes"
	"context"
	"log"
	"log/slog"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// slog's default logger (slog.Info("msg", "k", v) before any
// slog.SetDefault) writes through the log package's process-wide logger,
// where go run's lines go to standard error as "INFO msg k=v" after log's
// prefix and flags. The cells' log functions write through a logger of the
// session's (logfatal.go), so slog's lines went to the kernel's standard
// error, which a frontend does not show. The session keeps a default slog
// logger of its own, whose handler writes slog's default line through the
// session's logger (with the flags and output the cells gave it), and the
// cells' slog.Default, SetDefault, Info, Log... use it.

// slogDefault is the session's default slog logger, and the session's
// logger of the log package.
type slogDefault struct {
	l   atomic.Pointer[slog.Logger]
	out *log.Logger
	// level is slog.SetLogLoggerLevel's: the default handler's minimum
	// level, and the level at which the log package's lines reach a
	// handler that slog.SetDefault installed.
	level *slog.LevelVar
}

func newSlogDefault(out *log.Logger) *slogDefault {
	d := &slogDefault{out: out, level: new(slog.LevelVar)}
	d.l.Store(slog.New(newLineHandler(out, d.level)))
	return d
}

// setLevel is slog.SetLogLoggerLevel: it returns the level it replaces.
func (d *slogDefault) setLevel(l slog.Level) slog.Level {
	old := d.level.Level()
	d.level.Set(l)
	return old
}

// setDefault is slog.SetDefault: as in Go, a logger with another handler
// than the default one also gets the log package's lines, at Info, their
// text its message (the log package's flags dropped).
func (d *slogDefault) setDefault(l *slog.Logger) {
	d.l.Store(l)
	if _, own := l.Handler().(*lineHandler); !own {
		d.out.SetOutput(handlerWriter{l.Handler(), d.level})
		d.out.SetFlags(0)
	}
}

// handlerWriter hands a slog handler what the log package writes, at the
// level slog.SetLogLoggerLevel set (Info unless a cell set another).
type handlerWriter struct {
	h     slog.Handler
	level *slog.LevelVar
}

func (w handlerWriter) Write(p []byte) (int, error) {
	level := w.level.Level()
	if !w.h.Enabled(context.Background(), level) {
		return len(p), nil
	}
	r := slog.NewRecord(time.Now(), level, strings.TrimSuffix(string(p), "\n"), 0)
	return len(p), w.h.Handle(context.Background(), r)
}

// symbols are the cells' package-level functions of log/slog that use the
// default logger.
func (d *slogDefault) symbols() map[string]reflect.Value {
	get := func() *slog.Logger { return d.l.Load() }
	return map[string]reflect.Value{
		"Default":           reflect.ValueOf(get),
		"SetDefault":        reflect.ValueOf(d.setDefault),
		"SetLogLoggerLevel": reflect.ValueOf(d.setLevel),
		"Debug":             reflect.ValueOf(func(msg string, args ...any) { get().Debug(msg, args...) }),
		"Info":              reflect.ValueOf(func(msg string, args ...any) { get().Info(msg, args...) }),
		"Warn":              reflect.ValueOf(func(msg string, args ...any) { get().Warn(msg, args...) }),
		"Error":             reflect.ValueOf(func(msg string, args ...any) { get().Error(msg, args...) }),
		"DebugContext": reflect.ValueOf(func(ctx context.Context, msg string, args ...any) {
			get().DebugContext(ctx, msg, args...)
		}),
		"InfoContext": reflect.ValueOf(func(ctx context.Context, msg string, args ...any) {
			get().InfoContext(ctx, msg, args...)
		}),
		"WarnContext": reflect.ValueOf(func(ctx context.Context, msg string, args ...any) {
			get().WarnContext(ctx, msg, args...)
		}),
		"ErrorContext": reflect.ValueOf(func(ctx context.Context, msg string, args ...any) {
			get().ErrorContext(ctx, msg, args...)
		}),
		"Log": reflect.ValueOf(func(ctx context.Context, level slog.Level, msg string, args ...any) {
			get().Log(ctx, level, msg, args...)
		}),
		"LogAttrs": reflect.ValueOf(func(ctx context.Context, level slog.Level, msg string, attrs ...slog.Attr) {
			get().LogAttrs(ctx, level, msg, attrs...)
		}),
	}
}

// lineHandler writes slog's default handler's line, "INFO msg k=v", through
// a log.Logger. A TextHandler without the time, level and message writes
// the attributes, groups and quoting as slog's default handler does.
type lineHandler struct {
	out   *log.Logger
	level *slog.LevelVar // the minimum level, slog.SetLogLoggerLevel's
	attrs slog.Handler
	buf   *lockedBuffer
}

// lockedBuffer is what a lineHandler's attributes are written to, one
// record at a time.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (lb *lockedBuffer) Write(p []byte) (int, error) { return lb.b.Write(p) }

func newLineHandler(out *log.Logger, level *slog.LevelVar) *lineHandler {
	buf := &lockedBuffer{}
	attrs := slog.NewTextHandler(buf, &slog.HandlerOptions{Level: slog.LevelDebug, ReplaceAttr: dropBuiltins})
	return &lineHandler{out: out, level: level, attrs: attrs, buf: buf}
}

// dropBuiltins leaves the time, level and message out of the attributes.
func dropBuiltins(groups []string, a slog.Attr) slog.Attr {
	if len(groups) == 0 && (a.Key == slog.TimeKey || a.Key == slog.LevelKey || a.Key == slog.MessageKey) {
		return slog.Attr{}
	}
	return a
}

// Enabled is the default handler's level: Info and above, unless a cell
// called slog.SetLogLoggerLevel.
func (h *lineHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= h.level.Level() }

func (h *lineHandler) Handle(ctx context.Context, r slog.Record) error {
	h.buf.mu.Lock()
	h.buf.b.Reset()
	err := h.attrs.Handle(ctx, r)
	attrs := strings.TrimSuffix(h.buf.b.String(), "\n")
	h.buf.mu.Unlock()
	if err != nil {
		return err
	}
	line := r.Level.String() + " " + r.Message
	if attrs != "" {
		line += " " + attrs
	}
	return h.out.Output(2, line)
}

func (h *lineHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return &lineHandler{out: h.out, level: h.level, attrs: h.attrs.WithAttrs(as), buf: h.buf}
}

func (h *lineHandler) WithGroup(name string) slog.Handler {
	return &lineHandler{out: h.out, level: h.level, attrs: h.attrs.WithGroup(name), buf: h.buf}
}
