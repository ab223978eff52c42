package gopadrt

import (
	"reflect"
	"sync"
)

// Package rewrite gives the cells' defined types over basic types a method (GopadSelf), so that yaegi keeps such a value
// beside its type inside an interface, and makes the spellings in which
// yaegi would still drop the type (conversions, returns) go through an
// assignment. A value handed to compiled code as an interface (a
// container/list element, a sync.Map value, heap.Push's argument) still
// comes back bare, of its underlying type: there a bare float64 may be a
// Celsius. handed records the run-time types of the values cells hand to
// compiled code; the helpers that decide assertions, type switch cases
// and %T of a bare value (identity.go) take a bare value of a type never
// handed over for that type itself, and one handed over as they did before
// (the cell's type, or a refusal where the two cannot be told apart).

// handed is the set of run-time types of the values cells handed to
// compiled code as interfaces, for one interpreter. Safe for concurrent
// use (cells' goroutines call it).
type handed struct {
	mu    sync.RWMutex
	any   bool // a kept value went: any type may be one
	types map[reflect.Type]bool
}

// hand is gopadBuiltin.Hand, called with an argument of a compiled
// function's interface parameter before the call (handedArgs, package
// rewrite), or a zero of the basic type of the cell type the argument
// holds: it records v's run-time type. It returns nothing: yaegi wraps a
// bare value that a compiled function returns at a call where it returned
// a kept value before into a broken pair (its callBin keeps the wrapping
// of the result slot).
func (h *handed) hand(v any) {
	if v == nil {
		return
	}
	t := reflect.TypeOf(v)
	h.mu.RLock()
	done := h.any || h.types[t]
	h.mu.RUnlock()
	if done {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if keepsType(v) {
		h.any = true // which type it keeps is yaegi's to know
		return
	}
	if h.types == nil {
		h.types = map[reflect.Type]bool{}
	}
	h.types[t] = true
}

// bare reports whether a bare value (not kept beside a cell's type) of
// run-time type t is a value of t itself: no value of that type went to
// compiled code, from where it could have come back without its cell type.
func (h *handed) bare(t reflect.Type) bool {
	h.mu.RLock()
	defer h.mu.RUnlock()
	return !h.any && !h.types[t]
}

// handedSymbols are the helpers of identity.go that read the set, bound to
// one.
func handedSymbols(h *handed) map[string]reflect.Value {
	return map[string]reflect.Value{
		"Hand":    reflect.ValueOf(h.hand),
		"NotThat": reflect.ValueOf(func() any { return notThatType(0) }),
		"EqCheck": reflect.ValueOf(func(msg string, zeros []any, other, v any) {
			eqCheck(h, msg, zeros, other, v)
		}),
		"BasicCase": reflect.ValueOf(func(msg, basic string, bare bool, v any, is bool) bool {
			return basicTwinCase(h, msg, basic, bare, v, is)
		}),
		"LostName": reflect.ValueOf(func(v any, name string, pairs ...string) string {
			return lostName(h, v, name, pairs...)
		}),
	}
}
