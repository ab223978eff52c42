package main

import (
	"log/slog"
	"os"
	"time"
)

type Request struct {
	Method string
	Path   string
	User   string
}

type Response struct {
	Status int
	Bytes  int
}

func handle(r Request) Response {
	switch {
	case r.User == "":
		return Response{401, 12}
	case r.Path == "/missing":
		return Response{404, 9}
	}
	return Response{200, len(r.Path) * 100}
}

func main() {
	base := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		Level: slog.LevelDebug,
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	}))

	reqs := []Request{
		{"GET", "/index", "ann"},
		{"POST", "/upload", ""},
		{"GET", "/missing", "bob"},
	}
	for i, r := range reqs {
		log := base.With(slog.Int("req", i+1), slog.String("method", r.Method))
		log.Debug("start", "path", r.Path)
		resp := handle(r)
		elapsed := time.Duration(i+1) * 1250 * time.Microsecond
		level := slog.LevelInfo
		if resp.Status >= 400 {
			level = slog.LevelWarn
		}
		log.Log(nil, level, "finish", "status", resp.Status, "bytes", resp.Bytes, "elapsed", elapsed)
	}
}
