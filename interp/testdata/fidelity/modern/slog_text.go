package main

import (
	"log/slog"
	"os"
)

func main() {
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		Level: slog.LevelDebug,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	})
	log := slog.New(h)
	log.Info("server started", "port", 8080, "tls", true)
	log.Debug("cache", slog.Group("stats", "hits", 10, "misses", 2))
	req := log.With("request_id", "r-1")
	req.Warn("slow request", "ms", 1200, "path", "/api items")
	req.Error("failed", "err", os.ErrNotExist)
	jh := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}))
	jh.Info("json", "n", 1, "list", []int{1, 2})
}
