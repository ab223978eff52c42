//go:build unix

package main

import (
	"context"
	"os"
	"time"
)

// watchParent cancels the kernel when the process that started it (the
// Jupyter server or client) is gone, as ipykernel does: an orphaned kernel
// would otherwise run forever.
func watchParent(ctx context.Context, stop context.CancelFunc) {
	ppid := os.Getppid()
	if ppid <= 1 {
		return
	}
	go func() {
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if os.Getppid() != ppid {
					stop()
					return
				}
			}
		}
	}()
}
