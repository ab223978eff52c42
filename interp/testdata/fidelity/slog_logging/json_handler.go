package main

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"time"
)

type User struct {
	ID    int
	Name  string
	Email string
}

// LogValue hides the e-mail address.
func (u User) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("id", u.ID), slog.String("name", u.Name))
}

func main() {
	h := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		AddSource: false,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			if a.Key == slog.LevelKey {
				a.Value = slog.StringValue(a.Value.String()[:1])
			}
			return a
		},
	})
	log := slog.New(h)

	log.Info("login", "user", User{7, "ann", "ann@example.com"})
	log.Warn("slow", "elapsed", 2*time.Second, "threshold", time.Second)
	log.Error("failed", "err", errors.New("connection reset"), "retry", true)

	ctx := context.Background()
	log.LogAttrs(ctx, slog.LevelInfo, "attrs", slog.Any("tags", map[string]int{"b": 2, "a": 1}), slog.Float64("pi", 3.14159))
	log.With(slog.Group("svc", "name", "api", "ver", 2)).Info("started")

	fmt := log.Enabled(ctx, slog.LevelDebug)
	log.Info("debug enabled?", "value", fmt)
}
