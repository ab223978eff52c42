// Package gopadrt is what the code gopad hands the interpreter calls at run
// time: the prelude declared in every session, and the compiled helpers
// cells see as the package gopad/builtin (gopadBuiltin, gp_) and
// gopad/strprint (gs_). Table is the one list of the names it exports to
// cells; the helpers that need the session (its output, its interrupt, the
// names of its types) come in through Hooks. It knows nothing of the
// interpreter or of Go's syntax.
package gopadrt
