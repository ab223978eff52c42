package async

import (
	"context"
	"errors"
	"os"
	"testing"
	"time"
)

func TestZZWriteSVG(t *testing.T) {
	Run(func(ctx context.Context) (any, error) {
		return Gather(ctx, Named("Task One", sleeper(300*time.Millisecond, "Result from Task One")), Named("Task Two", sleeper(100*time.Millisecond, "Result from Task Two")),
			Named("failing", func(ctx context.Context) (any, error) { Sleep(ctx, 50*time.Millisecond); return nil, errors.New("x") }))
	})
	os.WriteFile("/tmp/tl1.svg", []byte(LastTimeline().SVG()), 0o644)
	Run(func(ctx context.Context) (any, error) {
		return Sequential(ctx, Named("Task One", sleeper(300*time.Millisecond, "Result from Task One")), Named("Task Two", sleeper(100*time.Millisecond, "Result from Task Two")))
	})
	os.WriteFile("/tmp/tl2.svg", []byte(LastTimeline().SVG()), 0o644)
	os.WriteFile("/tmp/tl3.svg", []byte(fixedTimeline().SVG()), 0o644)
	t.Log(LastTimeline().Text())
}
