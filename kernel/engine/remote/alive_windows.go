//go:build windows

package remote

import (
	"errors"
	"syscall"
)

const (
	processQueryLimitedInformation = 0x1000
	stillActive                    = 259
	errInvalidParameter            = syscall.Errno(87) // no such process
)

// processAlive reports whether process pid exists; known is false when that
// cannot be told.
func processAlive(pid int) (alive, known bool) {
	h, err := syscall.OpenProcess(processQueryLimitedInformation, false, uint32(pid))
	switch {
	case errors.Is(err, errInvalidParameter):
		return false, true
	case errors.Is(err, syscall.ERROR_ACCESS_DENIED): // another user's
		return true, true
	case err != nil:
		return false, false
	}
	defer syscall.CloseHandle(h)
	var code uint32
	if err := syscall.GetExitCodeProcess(h, &code); err != nil {
		return false, false
	}
	return code == stillActive, true
}
