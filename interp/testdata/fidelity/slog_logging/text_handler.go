package main

import (
	"log/slog"
	"os"
)

func newLogger(level slog.Level) *slog.Logger {
	return slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		Level: level,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	}))
}

func main() {
	log := newLogger(slog.LevelInfo)
	log.Info("server starting", "port", 8080, "tls", false)
	log.Debug("this is hidden")
	log.Warn("disk almost full", slog.Int("percent", 91), slog.String("mount", "/var"))
	log.Error("request failed", "err", os.ErrNotExist, "path", "/a b")

	reqLog := log.With("request_id", "r-42")
	reqLog.Info("handling", "method", "GET")
	reqLog.Info("done", slog.Group("resp", slog.Int("status", 200), slog.Duration("took", 1500000)))

	debug := newLogger(slog.LevelDebug)
	debug.Debug("now visible", "items", []string{"a", "b"}, "ratio", 0.25)
	debug.WithGroup("db").Info("query", "rows", 3, "sql", "SELECT 1")
}
