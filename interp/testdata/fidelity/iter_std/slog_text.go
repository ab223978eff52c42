package main

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"time"
)

type Money struct {
	Cents    int64
	Currency string
}

func (m Money) LogValue() slog.Value {
	return slog.GroupValue(
		slog.Int64("cents", m.Cents),
		slog.String("cur", m.Currency),
	)
}

func newLogger(level slog.Level) *slog.Logger {
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		Level: level,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	})
	return slog.New(h)
}

func process(ctx context.Context, log *slog.Logger, id int) error {
	log = log.With("order", id)
	log.DebugContext(ctx, "start")
	if id%3 == 0 {
		err := errors.New("card declined")
		log.ErrorContext(ctx, "payment failed", "err", err, "retry", true)
		return err
	}
	log.InfoContext(ctx, "paid", "amount", Money{int64(id) * 1250, "EUR"}, "took", time.Duration(id)*150*time.Millisecond)
	return nil
}

func main() {
	log := newLogger(slog.LevelDebug)
	log.Info("service starting", "version", "1.4.2", "workers", 4, "debug", true)
	log.Warn("disk almost full", slog.Float64("used", 0.93), slog.String("mount", "/var"))

	ctx := context.Background()
	failed := 0
	for id := 1; id <= 4; id++ {
		if err := process(ctx, log, id); err != nil {
			failed++
		}
	}
	log.Info("summary", slog.Group("orders", slog.Int("total", 4), slog.Int("failed", failed)))

	quiet := newLogger(slog.LevelWarn)
	quiet.Info("you will not see this")
	quiet.Warn("quoted value", "msg", "hello world", "empty", "", "list", []string{"a", "b"})
	grouped := quiet.WithGroup("http").With("method", "GET")
	grouped.Error("request", "path", "/api/v1", "status", 503)

	var lv slog.LevelVar
	lv.Set(slog.LevelError)
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: &lv, ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == "time" {
			return slog.Attr{}
		}
		return a
	}})
	dyn := slog.New(h)
	dyn.Warn("hidden")
	lv.Set(slog.LevelInfo)
	dyn.Info("visible now", "level", lv.Level())
	slog.SetDefault(dyn)
	slog.Info("via default", "n", 7)
	dyn.Log(ctx, slog.LevelWarn+2, "custom level")
}
