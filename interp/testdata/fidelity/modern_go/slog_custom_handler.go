package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"sort"
	"strings"
)

// LineHandler prints "LEVEL msg k=v ..." with keys sorted, no time.
type LineHandler struct {
	level  slog.Level
	attrs  []slog.Attr
	prefix string
	out    *strings.Builder
}

func (h *LineHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= h.level }

func (h *LineHandler) Handle(_ context.Context, r slog.Record) error {
	var kv []string
	for _, a := range h.attrs {
		kv = append(kv, h.prefix+a.Key+"="+a.Value.String())
	}
	r.Attrs(func(a slog.Attr) bool {
		kv = append(kv, h.prefix+a.Key+"="+a.Value.String())
		return true
	})
	sort.Strings(kv)
	fmt.Fprintf(h.out, "%-5s %s", r.Level, r.Message)
	if len(kv) > 0 {
		fmt.Fprintf(h.out, " %s", strings.Join(kv, " "))
	}
	h.out.WriteString("\n")
	return nil
}

func (h *LineHandler) WithAttrs(as []slog.Attr) slog.Handler {
	n := *h
	n.attrs = append(append([]slog.Attr{}, h.attrs...), as...)
	return &n
}

func (h *LineHandler) WithGroup(name string) slog.Handler {
	n := *h
	n.prefix = h.prefix + name + "."
	return &n
}

func main() {
	var sb strings.Builder
	h := &LineHandler{level: slog.LevelInfo, out: &sb}
	log := slog.New(h)
	log.Info("server started", "port", 8080, "tls", false)
	log.Debug("hidden debug")
	log.Warn("disk almost full", "pct", 91.5)
	reqLog := log.With("req", "r-17")
	reqLog.Error("handler failed", "status", 500)
	log.WithGroup("db").Info("connected", "host", "db1", "pool", 4)
	fmt.Print(sb.String())
	fmt.Println("lines:", strings.Count(sb.String(), "\n"))

	fmt.Println(slog.LevelWarn, slog.LevelDebug+1, slog.Level(12))
	v := slog.GroupValue(slog.Int("a", 1), slog.String("b", "two"))
	fmt.Println(v.Kind(), v)
	fmt.Println(slog.AnyValue(3.5).Kind(), slog.StringValue("x").String(), slog.IntValue(7).Int64())
	a := slog.Any("list", []int{1, 2})
	fmt.Println(a.Key, a.Value, a)

	th := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		AddSource: false,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			if a.Key == slog.MessageKey {
				a.Value = slog.StringValue(strings.ToUpper(a.Value.String()))
			}
			return a
		},
	})
	slog.New(th).Info("shout this", "n", 1)
}
