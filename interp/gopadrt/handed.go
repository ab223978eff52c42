package gopadrt

import (
	"errors"
	"reflect"
	"sync"
)

// Package rewrite gives the cells' defined types over basic types a method
// (GopadSelf), so that yaegi keeps such a value beside its type inside an
// interface, and makes the spellings in which yaegi would still drop the
// type (conversions, returns) go through an assignment. A value handed to
// compiled code as an interface (a container/list element, a sync.Map
// value, heap.Push's argument) still comes back bare, of its underlying
// type: there a bare float64 may be a Celsius. handed records the run-time
// types of the values cells hand to compiled code, and whether they were
// values of cell types or of the basic types themselves; the helpers that
// decide assertions, type switch cases and %T of a bare value
// (identity.go) take a bare value of a type never handed over for a value
// of that type, one of a type only cell values of which went for the cell
// type as they did before, and stop the cell where both went.

// handed is what cells handed to compiled code as interfaces, for one
// interpreter. Safe for concurrent use (cells' goroutines call it).
type handed struct {
	mu    sync.RWMutex
	any   bool // a kept value of an unknown type went: any type may be one
	types map[reflect.Type]handedAs
	via   map[reflect.Type]string // the compiled function a value asLost went to first
	// erased is the session's notes of its erased composites (erased.go),
	// which EqCheck reads.
	erased *ErasedSet
}

// handedAs says as what values of a run-time type went to compiled code.
type handedAs uint8

const (
	asCell   handedAs = 1 << iota // a cell type's values, bare there
	asItself                      // the type's own values
	asLost                        // a cell type's values with methods of its own (String...)
)

// hand is gopadBuiltin.Hand, called before a compiled function's call with
// its argument of an interface parameter (handedArgs, package rewrite), or
// with a zero of the basic type of the cell type the argument holds (cell
// set): it records v's run-time type. It returns nothing: yaegi wraps a
// bare value that a compiled function returns at a call where it returned
// a kept value before into a broken pair (its callBin keeps the wrapping
// of the result slot).
func (h *handed) hand(v any, cell bool) {
	if v == nil {
		return
	}
	as := asItself
	if cell {
		as = asCell
	}
	t := reflect.TypeOf(v)
	h.mu.RLock()
	done := h.any || h.types[t]&as != 0
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
		h.types = map[reflect.Type]handedAs{}
	}
	h.types[t] |= as
}

// handKept is gopadBuiltin.HandKept, hand for a value that goes to a
// container package rewrite hands yaegi's pairs of values and their types
// (keepers): a pair comes back as it went, a bare value is recorded as
// the basic value it is.
func (h *handed) handKept(v any) {
	if v != nil && !keepsType(v) {
		h.hand(v, false)
	}
}

// handLost is gopadBuiltin.HandLost: hand for a value v of a cell type
// over a basic type with methods of its own that goes to the compiled
// function via, which may give it back bare (package rewrite's
// containers that surely keep its type get it paired with its type
// instead): a bare value of its run-time type can no longer be told from
// it, and its assertions and type switch cases stop the cell (lost).
func (h *handed) handLost(v any, via string) {
	if v == nil || keepsType(v) {
		return
	}
	t := reflect.TypeOf(v)
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.types == nil {
		h.types = map[reflect.Type]handedAs{}
	}
	if h.via == nil {
		h.via = map[reflect.Type]string{}
	}
	if h.types[t]&asLost == 0 {
		h.via[t] = via
	}
	h.types[t] |= asCell | asLost
}

// lost stops the cell when a bare value of run-time type t may be a value
// of a cell type with methods that compiled code gave back bare.
func (h *handed) lost(t reflect.Type) {
	if h.as(t)&asLost == 0 {
		return
	}
	h.mu.RLock()
	via := h.via[t]
	h.mu.RUnlock()
	panic(errors.New("gopad cannot tell whether this " + t.String() + " inside an interface is itself of type " + t.String() +
		" or a value of a cell's type over it with methods: such a value went to " + via + " as an interface, which gives it back " +
		"without its type. Workaround: convert it to " + t.String() + " where it goes there, and back after, or keep it in a " +
		"container of its own type"))
}

// as tells as what values of run-time type t went to compiled code.
func (h *handed) as(t reflect.Type) handedAs {
	h.mu.RLock()
	defer h.mu.RUnlock()
	if h.any {
		return asCell | asItself
	}
	return h.types[t]
}

// bare reports whether a bare value (not kept beside a cell's type) of
// run-time type t is a value of t itself: no cell type's value of that
// type went to compiled code bare, from where it could have come back
// without its cell type (values of t itself only come back as such).
func (h *handed) bare(t reflect.Type) bool { return h.as(t)&asCell == 0 }

// mixed stops the cell when a bare value of run-time type t may be a value
// of t or of a cell type over it: both went to compiled code.
func (h *handed) mixed(t reflect.Type) {
	if h.as(t) == asCell|asItself {
		panic(errors.New("gopad cannot tell whether this " + t.String() + " inside an interface is a " + t.String() +
			" or a value of a cell's type over it: values of both went to compiled code as interfaces (a container/list, " +
			"a sync.Map, heap.Push...), which gives them back without their cell type. Workaround: keep such values in a " +
			"container of their own type, or declare the cell's type as a struct type with a field"))
	}
}

// handedSymbols are the helpers of identity.go that read the set, bound to
// one.
func handedSymbols(h *handed) map[string]reflect.Value {
	keys := &keptKeys{}
	return map[string]reflect.Value{
		"MapKey":         reflect.ValueOf(keys.key),
		"MapRange":       reflect.ValueOf(keys.mapRange),
		"Hand":           reflect.ValueOf(h.hand),
		"HandLost":       reflect.ValueOf(h.handLost),
		"HandKept":       reflect.ValueOf(func(v any) { h.handKept(v) }),
		"RefuseCompared": reflect.ValueOf(refuseCompared),
		"NotThat":        reflect.ValueOf(func() any { return notThatType(0) }),
		"EqCheck": reflect.ValueOf(func(msg string, zeros []any, other, v any) {
			eqCheck(h, msg, zeros, other, v)
		}),
		"BasicCase": reflect.ValueOf(func(msg, basic string, bare bool, v any, is bool) bool {
			return basicTwinCase(h, msg, basic, bare, v, is)
		}),
		"KeptCase": reflect.ValueOf(func(msg string, zero any, cell bool, v any, is bool) bool {
			return keptCase(h, msg, zero, cell, v, is)
		}),
		"LostName": reflect.ValueOf(func(v any, name string, pairs ...string) string {
			return lostName(h, v, name, pairs...)
		}),
	}
}

// refuseCompared is gopadBuiltin.RefuseCompared, called where a value of a
// cell's type that yaegi keeps beside its type goes to a parameter that
// the compiled function name compares with what it keeps (sync.Map's
// CompareAndSwap old value): package rewrite's handedArgs hands those
// containers such values as yaegi's pair of value and type, and two
// pairs are never equal, so the comparison would answer false where Go's
// is true.
func refuseCompared(name string) {
	panic(errors.New("gopad cannot compare a value of a cell's type over a basic type (with methods, or kept beside its type) in " +
		name + ": the container keeps such values paired with their type, and two pairs are never equal. " +
		"Workaround: store and compare the basic value (int(c)), and convert back after Load"))
}

// keptKeys are the keys of sync.Maps that were values of the cells' kept
// types (package rewrite's handedArgs hands them to MapKey): yaegi's pair
// of a value with its type never equals another pair, so the map gets a
// mapKey, comparable as Go compares the key, and Range's function gets the
// pair back (mapRange). Safe for concurrent use.
type keptKeys struct {
	mu   sync.Mutex
	kept map[mapKey]any
}

// mapKey is a sync.Map's key of a cell's type: its Go name and the bare
// value.
type mapKey struct {
	typ string
	key any
}

// key is gopadBuiltin.MapKey: the key to hand a sync.Map for v, a mapKey
// when v is a comparable value paired with a cell's type, v otherwise.
func (k *keptKeys) key(v any) any {
	name, ok := KeptName(v)
	if !ok {
		return v
	}
	bare := unkept(v)
	if bare == nil || !reflect.TypeOf(bare).Comparable() {
		return v
	}
	mk := mapKey{name, bare}
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.kept == nil {
		k.kept = map[mapKey]any{}
	}
	k.kept[mk] = v
	return mk
}

// back is the key a cell sees for a sync.Map's key v.
func (k *keptKeys) back(v any) any {
	mk, ok := v.(mapKey)
	if !ok {
		return v
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	if kept, ok := k.kept[mk]; ok {
		return kept
	}
	return mk.key
}

// mapRange is gopadBuiltin.MapRange: f, called with the cells' keys.
func (k *keptKeys) mapRange(f func(key, value any) bool) func(key, value any) bool {
	return func(key, value any) bool { return f(k.back(key), value) }
}
