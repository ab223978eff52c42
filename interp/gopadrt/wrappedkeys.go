package gopadrt

import (
	"errors"
	"fmt"
	"reflect"
	"sync"

	"github.com/gopad/gopad/interp/stdlib"
)

// A value of a cell's type that becomes an error or a fmt.Stringer is
// yaegi's wrapper of it, a struct of funcs that Go's map cannot hash:
// map[error]int{ErrNotFound: 1} panicked ("hash of unhashable type
// stdlib._errorS"), where Go hashes the value. Package rewrite's
// anyMapKeys hands each key of a map[error] (map[fmt.Stringer]) to
// errorKey (stringerKey), which gives a comparable box of the value and
// its cell type's name in place of such a wrapper and keeps the first
// wrapper seen for each box; range gives the key to keyBack, which gives
// that wrapper back (it asserts, switches, unwraps and prints as the
// wrapper does everywhere). A box also prints as its wrapper (fmt of the
// whole map calls its Error or String method).

// wrappedKey is a box: the interface of the map's keys, the Go name of
// the cell's type (when the wrapper's GopadSelf gives it) and the value
// (canonKey's form of it), which fmt orders as Go orders the values when
// it prints the map.
type wrappedKey struct {
	iface, name string
	v           any
}

// errorBox and stringerBox are the boxes of a map[error] and a
// map[fmt.Stringer].
type (
	errorBox    struct{ k wrappedKey }
	stringerBox struct{ k wrappedKey }
)

func (b errorBox) Error() string { return wrappedKeys.first(b.k).(error).Error() }

// Is and As answer for the wrapper, where a box leaves the map other than
// through range (maps.Keys): errors.Is and errors.As see the cell's value.
func (b errorBox) Is(target error) bool { return errors.Is(wrappedKeys.first(b.k).(error), target) }
func (b errorBox) As(target any) bool   { return stdlib.ErrorsAs(wrappedKeys.first(b.k).(error), target) }

func (b stringerBox) String() string { return wrappedKeys.first(b.k).(fmt.Stringer).String() }

// wrappedKeys holds the first wrapper seen per box. Safe for concurrent
// use.
var wrappedKeys = keyWrappers{m: map[wrappedKey]any{}}

type keyWrappers struct {
	mu sync.Mutex
	m  map[wrappedKey]any
}

// box is the box of v, and whether v is yaegi's wrapper of a cell's value
// that Go could hash (a value that cannot be a key stays as it is: the
// map panics as Go's does).
func (w *keyWrappers) box(iface string, v any) (wrappedKey, bool) {
	if _, ok := stdlib.Wrapped(v); !ok {
		return wrappedKey{}, false
	}
	// The value its GopadSelf gives (the wrapper's IValue is not always
	// the value: a struct's held a field), or the pointer it keeps.
	sv, ok := stdlib.SelfValue(v)
	if !ok || sv == nil {
		return wrappedKey{}, false
	}
	name, _ := stdlib.SelfName(v)
	rv := reflect.ValueOf(sv)
	if c, ok := canonKey(rv, 0); ok {
		rv = c
	}
	if !rv.Comparable() || !rv.CanInterface() {
		return wrappedKey{}, false
	}
	k := wrappedKey{iface, name, rv.Interface()}
	w.mu.Lock()
	defer w.mu.Unlock()
	if _, seen := w.m[k]; !seen {
		w.m[k] = v
	}
	return k, true
}

// first is the first wrapper seen for k.
func (w *keyWrappers) first(k wrappedKey) any {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.m[k]
}

// errorKey is gopadBuiltin.ErrorKey: e as a key of a map[error].
func errorKey(e error) error {
	defer func() { _ = recover() }() // reflect refused: e stays
	if k, ok := wrappedKeys.box("error", e); ok {
		return errorBox{k}
	}
	return e
}

// stringerKey is gopadBuiltin.StringerKey: s as a key of a
// map[fmt.Stringer].
func stringerKey(s fmt.Stringer) fmt.Stringer {
	defer func() { _ = recover() }()
	if k, ok := wrappedKeys.box("fmt.Stringer", s); ok {
		return stringerBox{k}
	}
	return s
}

// errorKeyBack is gopadBuiltin.ErrorKeyBack: the key a cell sees for e, a
// key of a map[error] that range gave.
func errorKeyBack(e error) error {
	if b, ok := e.(errorBox); ok {
		return wrappedKeys.first(b.k).(error)
	}
	return e
}

// stringerKeyBack is gopadBuiltin.StringerKeyBack: errorKeyBack for a
// map[fmt.Stringer].
func stringerKeyBack(s fmt.Stringer) fmt.Stringer {
	if b, ok := s.(stringerBox); ok {
		return wrappedKeys.first(b.k).(fmt.Stringer)
	}
	return s
}
