package main

import (
	"context"
	"fmt"
	"strings"
)

type ctxKey string

const (
	requestIDKey ctxKey = "request-id"
	userKey      ctxKey = "user"
)

type Handler func(ctx context.Context, path string) string

func WithRequestID(id string, next Handler) Handler {
	return func(ctx context.Context, path string) string {
		return next(context.WithValue(ctx, requestIDKey, id), path)
	}
}

func WithUser(next Handler) Handler {
	return func(ctx context.Context, path string) string {
		user := "anonymous"
		if strings.HasPrefix(path, "/admin") {
			user = "root"
		}
		return next(context.WithValue(ctx, userKey, user), path)
	}
}

func final(ctx context.Context, path string) string {
	id, _ := ctx.Value(requestIDKey).(string)
	user, ok := ctx.Value(userKey).(string)
	if !ok {
		user = "<none>"
	}
	missing := ctx.Value(ctxKey("missing"))
	return fmt.Sprintf("[%s] %s by %s (missing=%v)", id, path, user, missing)
}

func main() {
	h := WithRequestID("req-1", WithUser(final))
	fmt.Println(h(context.Background(), "/home"))

	h2 := WithRequestID("req-2", final)
	fmt.Println(h2(context.Background(), "/admin/panel"))

	h3 := WithUser(WithRequestID("req-3", final))
	fmt.Println(h3(context.Background(), "/admin/x"))

	ctx := context.WithValue(context.Background(), "plain", 1)
	fmt.Println(ctx.Value("plain"), ctx.Value(ctxKey("plain")))
}
