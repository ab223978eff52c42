package main

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"strings"
)

func replace(groups []string, a slog.Attr) slog.Attr {
	switch a.Key {
	case slog.TimeKey:
		return slog.Attr{}
	case slog.LevelKey:
		lvl := a.Value.Any().(slog.Level)
		return slog.String("severity", strings.ToLower(lvl.String()))
	case "password":
		return slog.String("password", "[REDACTED]")
	}
	return a
}

type Job struct {
	Name     string `json:"name"`
	Attempts int    `json:"attempts"`
}

func main() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		Level:       slog.LevelDebug,
		ReplaceAttr: replace,
	}))

	logger.Debug("config loaded", "env", "staging", "password", "hunter2")
	logger.Info("job queued", "job", Job{Name: "resize", Attempts: 0})
	logger.Warn("slow job", "job", "resize", "ms", 1250, "threshold_ms", 1000)
	logger.Error("job failed", "err", errors.New("disk full"), "job", "resize")

	ctx := context.Background()
	logger.LogAttrs(ctx, slog.LevelInfo, "attrs",
		slog.Bool("cached", false),
		slog.Float64("ratio", 0.75),
		slog.Any("tags", []string{"a", "b"}),
		slog.Group("owner", slog.String("team", "infra"), slog.Int("size", 5)),
	)

	worker := logger.With("worker", 3).WithGroup("task")
	worker.Info("started", "id", 42)
	worker.Info("done", "id", 42, "ok", true)

	logger.Log(ctx, slog.LevelWarn+2, "custom level")
	logger.Info("map", "m", map[string]int{"b": 2, "a": 1})
	logger.Info("nil error", "err", nil)

	if logger.Enabled(ctx, slog.LevelDebug) {
		logger.Debug("debug enabled")
	}
	quiet := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelError, ReplaceAttr: replace}))
	quiet.Info("not printed")
	quiet.Error("printed", "n", 1)
	for _, l := range []slog.Level{slog.LevelDebug, slog.LevelInfo, slog.LevelWarn, slog.LevelError, slog.LevelError + 4} {
		logger.Info("level", "name", l.String(), "num", int(l))
	}
}
