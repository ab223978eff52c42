package main

import (
	"log/slog"
	"os"
	"sort"
	"strings"
)

type Action struct {
	Actor  string
	Verb   string
	Target string
	OK     bool
}

func logger() *slog.Logger {
	return slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	}))
}

func main() {
	log := logger().With("component", "audit")
	actions := []Action{
		{"ann", "delete", "repo/x", true},
		{"bob", "push", "repo/y", false},
		{"ann", "create", "repo/z", true},
		{"cy", "delete", "repo/y", false},
	}

	failures := map[string]int{}
	for i, a := range actions {
		level := slog.LevelInfo
		if !a.OK {
			level = slog.LevelWarn
			failures[a.Actor]++
		}
		log.Log(nil, level, strings.ToUpper(a.Verb), "seq", i, "actor", a.Actor, "target", a.Target, "ok", a.OK)
	}

	actors := make([]string, 0, len(failures))
	for a := range failures {
		actors = append(actors, a)
	}
	sort.Strings(actors)
	for _, a := range actors {
		log.Info("summary", slog.String("actor", a), slog.Int("failures", failures[a]))
	}
}
