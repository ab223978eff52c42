package zmtpnet

import (
	"fmt"
	"strconv"
	"strings"
)

// Limits bound what a peer may send, checked on each frame's header before
// zmq4 allocates its body. A zero field takes its default.
type Limits struct {
	// Frame is the largest frame body accepted, in bytes.
	Frame int64
	// Message is the largest message accepted: the bodies of its frames
	// together, in bytes.
	Message int64
}

// Default limits. libzmq has none by default (ZMQ_MAXMSGSIZE is -1), and
// Jupyter messages have no size of their own: a cell, a comm message with
// an uploaded file, an input reply. The defaults sit far above anything a
// frontend sends (the hardening tests pass 100 MB headers) and far below
// the sizes that crash an allocation outright (2^50, or tens of GiB). What
// they do not stop is a peer that sends the bytes it claims: that costs it
// the same memory it costs the kernel, and the read buffer is not fed
// faster than the bytes arrive.
const (
	DefaultMaxFrame   = 1 << 30 // 1 GiB
	DefaultMaxMessage = 2 << 30 // 2 GiB
)

// maxCommand bounds a command frame (header and body): commands carry a
// handshake's metadata (a socket type, an identity of at most 255 bytes),
// heartbeats and errors, all small. A command is read whole into the read
// buffer before zmq4 sees it, so that READY can be checked.
const maxCommand = readBuf

// Environment variables that set the limits (see LimitsFromEnv).
const (
	EnvMaxFrame   = "GOPAD_MAX_FRAME_SIZE"
	EnvMaxMessage = "GOPAD_MAX_MESSAGE_SIZE"
)

// withDefaults returns l with zero fields set to the defaults. A frame
// limit above the message limit is lowered to it.
func (l Limits) withDefaults() Limits {
	if l.Frame <= 0 {
		l.Frame = DefaultMaxFrame
	}
	if l.Message <= 0 {
		l.Message = DefaultMaxMessage
	}
	l.Frame = min(l.Frame, l.Message)
	return l
}

// LimitsFromEnv reads the limits from GOPAD_MAX_FRAME_SIZE and
// GOPAD_MAX_MESSAGE_SIZE through getenv (os.Getenv). A size is a number of
// bytes with an optional unit: KiB, MiB, GiB (or K, M, G, the same), KB,
// MB, GB (powers of 1000). An unset variable leaves the default.
func LimitsFromEnv(getenv func(string) string) (Limits, error) {
	var l Limits
	for _, v := range []struct {
		name string
		to   *int64
	}{{EnvMaxFrame, &l.Frame}, {EnvMaxMessage, &l.Message}} {
		s := getenv(v.name)
		if s == "" {
			continue
		}
		n, err := ParseSize(s)
		if err != nil {
			return Limits{}, fmt.Errorf("%s: %w", v.name, err)
		}
		*v.to = n
	}
	return l, nil
}

// ParseSize parses a positive size such as "1048576", "256KiB" or "1.5GB".
func ParseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	units := []struct {
		suffix string
		mult   float64
	}{
		{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"TiB", 1 << 40},
		{"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"TB", 1e12},
		{"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}, {"T", 1 << 40}, {"B", 1},
	}
	mult := 1.0
	for _, u := range units {
		if num, ok := strings.CutSuffix(t, u.suffix); ok {
			t, mult = strings.TrimSpace(num), u.mult
			break
		}
	}
	f, err := strconv.ParseFloat(t, 64)
	if n := f * mult; err != nil || !(n >= 1 && n <= 1<<62) { // also refuses NaN
		return 0, fmt.Errorf("bad size %q (want bytes, or a number with KiB, MiB or GiB)", s)
	}
	return int64(f * mult), nil
}

// LimitError is the error of a read that met a frame over a limit. The
// connection is closed.
type LimitError struct {
	What  string // "frame", "message" or "command"
	Size  uint64 // what the peer claimed
	Limit int64
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("zmtpnet: %s of %d bytes over the limit of %d", e.What, e.Size, e.Limit)
}
