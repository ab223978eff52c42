package main

import (
	"context"
	"fmt"
)

type ctxKey string

const requestIDKey ctxKey = "request-id"
const userKey ctxKey = "user"

func withRequest(ctx context.Context, id, user string) context.Context {
	ctx = context.WithValue(ctx, requestIDKey, id)
	return context.WithValue(ctx, userKey, user)
}

func handle(ctx context.Context) {
	id, _ := ctx.Value(requestIDKey).(string)
	user, ok := ctx.Value(userKey).(string)
	fmt.Printf("request %s by %s (%v)\n", id, user, ok)
	missing := ctx.Value(ctxKey("nope"))
	fmt.Println("missing:", missing)
}

func main() {
	ctx := withRequest(context.Background(), "r-42", "ann")
	handle(ctx)
	handle(context.Background())
	fmt.Println(context.Background(), context.TODO())
}
