package gopadrt

import (
	"errors"
	"reflect"
	"sort"
	"strings"
	"sync"
)

// The erased composites are the slices, maps and arrays over the cells'
// types that yaegi gives the run-time type of the same composite over
// their underlying types (a []Name is a []string at run time): package
// rewrite's markComposites hands each such value to gopadBuiltin.Erased
// where it becomes an interface value, with its Go name. The run-time
// type is noted in the session's ErasedSet, and a slice or map with
// elements (or a pointer) is marked by its identity (marks.go). Name then
// names an interface's value for %T
// and %#v: by its mark, and for a value of a noted run-time type that no
// single mark names (an array, which has no identity; an empty slice or
// map; one a conversion marked with two names) it stops the cell, where
// it would have printed the twin's name.

// ErasedSet is a session's notes of the run-time types of its erased
// composites and the Go names they were noted with (its marks of their
// values are marks.go's).
type ErasedSet struct {
	mu    sync.Mutex
	names map[reflect.Type]map[string]bool
}

// NewErasedSet returns an empty set.
func NewErasedSet() *ErasedSet { return &ErasedSet{names: map[reflect.Type]map[string]bool{}} }

// note is gopadBuiltin.Erased: v, of Go type name, becomes an interface
// value.
func (s *ErasedSet) note(v any, name string) {
	if v == nil {
		return
	}
	t := reflect.TypeOf(v)
	s.mu.Lock()
	if s.names[t] == nil {
		s.names[t] = map[string]bool{}
	}
	s.names[t][name] = true
	s.mu.Unlock()
	setMark(v, func(e *markEntry) {
		if e.names == nil {
			e.names = map[string]bool{}
		}
		e.names[name] = true
	})
}

// Name is the Go name of v, an interface's value, when its run-time
// type is one an erased composite was noted with: the name its mark
// gives, or the only name noted for an array or an empty slice or map,
// which have no identity; "" when nothing was noted, or v is a slice or
// map with elements that no mark names (a value of the run-time type
// itself, or one compiled code made). It panics with gopad's refusal when
// v cannot be told (what says where).
func (s *ErasedSet) Name(v any, what string) string {
	names := s.noted(v)
	if len(names) == 0 {
		return ""
	}
	if e, ok := markOf(v); ok && len(e.names) == 1 {
		for n := range e.names {
			return n
		}
	}
	if _, ok := keyOf(v); ok {
		if e, ok := markOf(v); !ok || len(e.names) == 0 {
			return ""
		}
	}
	if len(names) == 1 {
		return names[0]
	}
	panic(erasedLimit(names, reflect.TypeOf(v), what))
}

// noted is the names noted for v's run-time type, sorted.
func (s *ErasedSet) noted(v any) []string {
	if v == nil || s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	set := s.names[reflect.TypeOf(v)]
	names := make([]string, 0, len(set))
	for n := range set {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// erasedLimit is gopad's refusal of a value of run-time type t that may be
// any of names.
func erasedLimit(names []string, t reflect.Type, what string) error {
	return errors.New("gopad cannot tell a " + strings.Join(names, " from a ") + " inside an interface (" + what +
		"): yaegi gives a slice, map or array type over the cells' types the run-time type of the same type over their underlying " +
		"types (" + t.String() + "). Workaround: keep the value in a variable of its own type where you print, compare or assert it, " +
		"or declare a named type for it (type Names []Name)")
}

// is is gopadBuiltin.ErasedIs: whether v, an empty interface's
// value that yaegi's assertion found (is) to have the run-time type of
// name, an erased composite or the twin of one, is one of name: from its
// mark, or the only name noted for its run-time type; yaegi's answer for
// an unmarked slice or map with elements (one compiled code made); the
// cell stops for a value nothing tells.
func (s *ErasedSet) is(name string, v any, is bool) bool {
	if !is || keepsType(v) {
		return false // a value of a cell's named type (a Trio) kept beside its type
	}
	e, _ := markOf(v)
	if len(e.names) == 1 {
		return e.names[name]
	}
	if _, ok := keyOf(v); ok && len(e.names) == 0 {
		return true
	}
	switch names := s.noted(v); len(names) {
	case 0:
		return true
	case 1:
		return names[0] == name
	default:
		panic(erasedLimit(names, reflect.TypeOf(v), "type assertion to "+name))
	}
}

// equal stops the cell where == of two interfaces compares equal values
// whose run-time type erased composites share with others (arrays:
// [2]Count and [2]int), which yaegi found equal.
func (s *ErasedSet) equal(v any) {
	if names := s.noted(v); len(names) > 1 {
		panic(erasedLimit(names, reflect.TypeOf(v), "=="))
	}
}

// UnkeptValue is v without yaegi's pairings of values with their cell
// types (gopadBuiltin.Unkept), for the session's printers.
func UnkeptValue(v any) any { return unkept(v) }
