package main

import (
	"log/slog"
	"os"
)

func dropTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	return a
}

type User struct {
	ID   int
	Name string
}

func (u User) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("id", u.ID), slog.String("name", u.Name))
}

func process(logger *slog.Logger, items []string) {
	for i, it := range items {
		if it == "" {
			logger.Warn("empty item", "index", i)
			continue
		}
		logger.Debug("processing", "index", i, "item", it)
		logger.Info("processed", slog.Int("index", i), slog.String("item", it), slog.Int("len", len(it)))
	}
}

func main() {
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: dropTime})
	logger := slog.New(h)
	logger.Info("starting", "version", "1.4.2", "workers", 4)

	reqLog := logger.With("request_id", "abc-123")
	reqLog.Info("handling request", "path", "/api/users", "method", "GET")
	reqLog.Error("upstream failed", "status", 502, "retry", true)

	grouped := logger.WithGroup("db")
	grouped.Info("query", "table", "users", "rows", 17)

	logger.Info("user login", "user", User{ID: 7, Name: "ada"})
	logger.Info("nested", slog.Group("http", slog.String("method", "POST"), slog.Int("status", 201)))

	process(logger, []string{"apple", "", "kiwi"})

	debugH := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		Level:       slog.LevelDebug,
		ReplaceAttr: dropTime,
	})
	dl := slog.New(debugH)
	process(dl, []string{"one"})

	lv := new(slog.LevelVar)
	lv.Set(slog.LevelWarn)
	vl := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: lv, ReplaceAttr: dropTime}))
	vl.Info("hidden")
	vl.Warn("shown", "level_var", lv.Level().String())
	lv.Set(slog.LevelInfo)
	vl.Info("now shown")

	logger.Info("quoting", "msg with space", "hello world", "empty", "", "eq", "a=b")
	logger.Info("floats", "pi", 3.14159, "big", 1e21, "dur", 1500000000)
	slog.SetDefault(logger)
	slog.Info("via default", "ok", true)
}
