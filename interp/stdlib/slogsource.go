package stdlib

import (
	"errors"
	"io"
	"log/slog"
)

// errSlogSource refuses slog's source attribute: slog would name gopad's
// own source file and line (reflect/value.go:586) where go run names the
// program's, a silent difference.
var errSlogSource = errors.New("gopad cannot add the source of a log record (slog.HandlerOptions{AddSource: true}): " +
	"a cell has no file, and Go's runtime would name gopad's own source. Workaround: leave AddSource out, " +
	"or put the place in the message")

// slogNewTextHandler is slog.NewTextHandler, which refuses AddSource.
func slogNewTextHandler(w io.Writer, opts *slog.HandlerOptions) *slog.TextHandler {
	refuseSource(opts)
	return slog.NewTextHandler(w, opts)
}

// slogNewJSONHandler is slog.NewJSONHandler, which refuses AddSource.
func slogNewJSONHandler(w io.Writer, opts *slog.HandlerOptions) *slog.JSONHandler {
	refuseSource(opts)
	return slog.NewJSONHandler(w, opts)
}

func refuseSource(opts *slog.HandlerOptions) {
	if opts != nil && opts.AddSource {
		panic(errSlogSource)
	}
}
