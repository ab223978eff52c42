package interp

import (
	"os/exec"
	"reflect"

	yaegi "github.com/traefik/yaegi/interp"
)

// execSymbols makes os/exec importable: a notebook user expects to call
// tools. (yaegi's own unrestricted table would also make os.Exit real, which
// would end the kernel; gopad keeps os.Exit as a panic.)
var execSymbols = yaegi.Exports{
	"os/exec/exec": {
		"Command":        reflect.ValueOf(exec.Command),
		"CommandContext": reflect.ValueOf(exec.CommandContext),
		"ErrDot":         reflect.ValueOf(&exec.ErrDot).Elem(),
		"ErrNotFound":    reflect.ValueOf(&exec.ErrNotFound).Elem(),
		"ErrWaitDelay":   reflect.ValueOf(&exec.ErrWaitDelay).Elem(),
		"LookPath":       reflect.ValueOf(exec.LookPath),
		"Cmd":            reflect.ValueOf((*exec.Cmd)(nil)),
		"Error":          reflect.ValueOf((*exec.Error)(nil)),
		"ExitError":      reflect.ValueOf((*exec.ExitError)(nil)),
	},
}
