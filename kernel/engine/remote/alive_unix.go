//go:build unix

package remote

import (
	"errors"
	"syscall"
)

// processAlive reports whether process pid exists; known is false when that
// cannot be told.
func processAlive(pid int) (alive, known bool) {
	err := syscall.Kill(pid, 0)
	switch {
	case err == nil, errors.Is(err, syscall.EPERM): // another user's
		return true, true
	case errors.Is(err, syscall.ESRCH):
		return false, true
	}
	return false, false
}
