//go:build !unix

package main

import "context"

// watchParent does nothing here: the kernel ends when its client shuts it
// down or kills it.
func watchParent(ctx context.Context, stop context.CancelFunc) {}
