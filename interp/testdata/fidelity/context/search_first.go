package main

import (
	"context"
	"fmt"
	"strings"
)

func search(ctx context.Context, shard []string, term string, found chan<- string) {
	for _, s := range shard {
		select {
		case <-ctx.Done():
			return
		default:
		}
		if strings.Contains(s, term) {
			select {
			case found <- s:
			case <-ctx.Done():
			}
			return
		}
	}
}

func main() {
	shards := [][]string{
		{"apple pie", "banana bread"},
		{"cherry tart", "gopher cake"},
		{"date loaf"},
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	found := make(chan string)
	for _, sh := range shards {
		go search(ctx, sh, "gopher", found)
	}
	fmt.Println("first hit:", <-found)

	cancel()
}
