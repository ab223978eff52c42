package main

import (
	"context"
	"log/slog"
	"os"
)

const (
	LevelTrace  = slog.Level(-8)
	LevelNotice = slog.Level(2)
	LevelFatal  = slog.Level(12)
)

var levelNames = map[slog.Leveler]string{
	LevelTrace:  "TRACE",
	LevelNotice: "NOTICE",
	LevelFatal:  "FATAL",
}

func main() {
	var lvl slog.LevelVar
	lvl.Set(slog.LevelInfo)

	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		Level: &lvl,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			switch a.Key {
			case slog.TimeKey:
				return slog.Attr{}
			case slog.LevelKey:
				level := a.Value.Any().(slog.Level)
				if name, ok := levelNames[level]; ok {
					a.Value = slog.StringValue(name)
				}
			}
			return a
		},
	})
	log := slog.New(h)
	ctx := context.Background()

	log.Log(ctx, LevelTrace, "trace hidden")
	log.Log(ctx, LevelNotice, "notice shown", "n", 1)
	log.Log(ctx, LevelFatal, "fatal shown")
	log.Log(ctx, slog.Level(6), "between warn and error")

	lvl.Set(LevelTrace)
	log.Log(ctx, LevelTrace, "trace now visible")
	log.Debug("debug visible", "level", lvl.Level())

	for _, l := range []slog.Level{LevelTrace, slog.LevelDebug, LevelNotice, slog.LevelWarn + 1, LevelFatal} {
		log.Info("level", "string", l.String(), "int", int(l))
	}
}
