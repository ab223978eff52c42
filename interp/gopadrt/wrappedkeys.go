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
	errorBox struct {
		k wrappedKey
		w *keyWrappers
	}
	stringerBox struct {
		k wrappedKey
		w *keyWrappers
	}
)

func (b errorBox) Error() string { return b.w.first(b.k).(error).Error() }

// Is and As answer for the wrapper, where a box leaves the map other than
// through range (maps.Keys): errors.Is and errors.As see the cell's value.
func (b errorBox) Is(target error) bool { return errors.Is(b.w.first(b.k).(error), target) }
func (b errorBox) As(target any) bool   { return stdlib.ErrorsAs(b.w.first(b.k).(error), target) }

func (b stringerBox) String() string { return b.w.first(b.k).(fmt.Stringer).String() }

// keyWrappers holds a session's first wrapper seen per box, and its
// canonical keys (canonKeys) for the values inside. Safe for concurrent
// use.
type keyWrappers struct {
	mu sync.Mutex
	m  map[wrappedKey]any
	c  *canonKeys
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
	if k, ok := w.c.canonKey(rv, 0); ok {
		rv = k
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
func (w *keyWrappers) errorKey(e error) error {
	defer func() { _ = recover() }() // reflect refused: e stays
	if k, ok := w.box("error", e); ok {
		return errorBox{k, w}
	}
	return e
}

// stringerKey is gopadBuiltin.StringerKey: s as a key of a
// map[fmt.Stringer].
func (w *keyWrappers) stringerKey(s fmt.Stringer) fmt.Stringer {
	defer func() { _ = recover() }()
	if k, ok := w.box("fmt.Stringer", s); ok {
		return stringerBox{k, w}
	}
	return s
}

// errorKeyBack is gopadBuiltin.ErrorKeyBack: the key a cell sees for e, a
// key of a map[error] that range gave.
func errorKeyBack(e error) error {
	if b, ok := e.(errorBox); ok {
		return b.w.first(b.k).(error)
	}
	return e
}

// stringerKeyBack is gopadBuiltin.StringerKeyBack: errorKeyBack for a
// map[fmt.Stringer].
func stringerKeyBack(s fmt.Stringer) fmt.Stringer {
	if b, ok := s.(stringerBox); ok {
		return b.w.first(b.k).(fmt.Stringer)
	}
	return s
}

// keySymbols are the helpers of package rewrite's anyMapKeys, bound to
// tables of their own: a session's keys hold its interpreter's pairs and
// wrappers, which another session's types must never meet.
func keySymbols() map[string]reflect.Value {
	c := &canonKeys{first: map[canonID]reflect.Value{}}
	w := &keyWrappers{m: map[wrappedKey]any{}, c: c}
	return map[string]reflect.Value{
		"AnyKey":          reflect.ValueOf(c.anyKey),
		"AnyKeyRead":      reflect.ValueOf(c.anyKeyRead),
		"KeyParts":        reflect.ValueOf(c.partsKey),
		"CanonMapKey":     reflect.ValueOf(c.canonMapKey),
		"ErrorKey":        reflect.ValueOf(w.errorKey),
		"StringerKey":     reflect.ValueOf(w.stringerKey),
		"ErrorKeyBack":    reflect.ValueOf(errorKeyBack),
		"StringerKeyBack": reflect.ValueOf(stringerKeyBack),
	}
}
