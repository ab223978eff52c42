package gopadrt

// Prelude is declared in every fresh interpreter: the imports of the
// compiled helpers under the names rewritten code uses, and the helpers
// that are generic or must run as interpreted code.
const Prelude = `import (
	gopadBuiltin "gopad/builtin"
	gp_ "gopad/builtin"
	gs_ "gopad/strprint"
	gopadFmtPkg "fmt"
	gopadErrorsPkg "errors"
)
type gopadOrdered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string
}
// A NaN operand wins, as in Go's min and max (b != b holds only for NaN).
func gopadMin[gopadT gopadOrdered](a, b gopadT) gopadT { if b < a || b != b { return b }; return a }
func gopadMax[gopadT gopadOrdered](a, b gopadT) gopadT { if b > a || b != b { return b }; return a }
func gopadAll(v ...any) []any { return v }
func gopadAsType[gopadE error](err error) (gopadE, bool) {
	var e gopadE
	ok := gopadErrorsPkg.As(err, &e)
	return e, ok
}
var gopadDefers []func()
func gopadRunDefers() {
	for len(gopadDefers) > 0 {
		f := gopadDefers[len(gopadDefers)-1]
		gopadDefers = gopadDefers[:len(gopadDefers)-1]
		f()
	}
}
var gopadKept []func()
func gopadRunKept() {
	for len(gopadKept) > 0 {
		f := gopadKept[len(gopadKept)-1]
		gopadKept = gopadKept[:len(gopadKept)-1]
		f()
	}
}
var gopadHandlers []func()
func gopadRunHandlers() {
	for len(gopadHandlers) > 0 {
		f := gopadHandlers[len(gopadHandlers)-1]
		gopadHandlers = gopadHandlers[:len(gopadHandlers)-1]
		f()
	}
}
func gopadHandlerMark() {
	if gopadBuiltin.Unwinding() && len(gopadHandlers) > 0 {
		f := gopadHandlers[len(gopadHandlers)-1]
		gopadHandlers = gopadHandlers[:len(gopadHandlers)-1]
		f()
	}
}
`
