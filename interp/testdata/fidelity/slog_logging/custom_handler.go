package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
)

// LineHandler writes "LEVEL msg k=v ..." with the attributes in order.
type LineHandler struct {
	w      io.Writer
	level  slog.Level
	attrs  []slog.Attr
	prefix string
}

func (h *LineHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= h.level }

func (h *LineHandler) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-5s %s", r.Level, r.Message)
	for _, a := range h.attrs {
		fmt.Fprintf(&b, " %s=%v", a.Key, a.Value)
	}
	r.Attrs(func(a slog.Attr) bool {
		fmt.Fprintf(&b, " %s%s=%v", h.prefix, a.Key, a.Value)
		return true
	})
	b.WriteByte('\n')
	_, err := io.WriteString(h.w, b.String())
	return err
}

func (h *LineHandler) WithAttrs(as []slog.Attr) slog.Handler {
	nh := *h
	nh.attrs = append(append([]slog.Attr{}, h.attrs...), as...)
	return &nh
}

func (h *LineHandler) WithGroup(name string) slog.Handler {
	nh := *h
	nh.prefix = h.prefix + name + "."
	return &nh
}

func main() {
	log := slog.New(&LineHandler{w: os.Stdout, level: slog.LevelInfo})

	log.Info("hello", "n", 1)
	log.Debug("dropped")
	log.Warn("careful", "what", "ice", "thickness_cm", 2.5)

	svc := log.With("svc", "billing")
	svc.Error("charge failed", "amount", 1999, "currency", "EUR")

	grp := svc.WithGroup("req")
	grp.Info("in", "id", "abc", "ok", true)

	slog.SetDefault(log)
	slog.Info("via default", "k", "v")
}
