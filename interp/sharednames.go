package interp

import (
	"errors"
	"reflect"
	"strings"
)

// refuseShared stops the cell when t is the run-time type of several of the
// cells' struct types (struct types without fields are all struct {} in
// yaegi): %T or %#v of such a value would name none of them, or the wrong
// one. names are the types registered for t.
func refuseShared(t reflect.Type, names []string) {
	if len(names) < 2 {
		return
	}
	panic(errors.New("gopad cannot tell which of " + strings.Join(names, ", ") + " this value is (%T or %#v of a value " +
		"inside an interface): yaegi gives struct types without fields one run-time type, " + t.String() +
		". Workaround: give each type a field of its own, or print a name from a method (func (" +
		strings.TrimPrefix(names[0], "main.") + ") Name() string)"))
}

// noteShared records that name is one more cell type with run-time type t.
func (tn *typeNames) noteShared(t reflect.Type, name string) {
	if tn.shared == nil {
		tn.shared = map[reflect.Type][]string{}
	}
	for _, n := range tn.shared[t] {
		if n == name {
			return
		}
	}
	tn.shared[t] = append(tn.shared[t], name)
}

// sharedNames lists the cell types registered with run-time type t.
func (tn *typeNames) sharedNames(t reflect.Type) []string {
	tn.mu.RLock()
	defer tn.mu.RUnlock()
	return tn.shared[t]
}

// pointee is t's element type when t is a pointer, else t.
func pointee(t reflect.Type) reflect.Type {
	if t.Kind() == reflect.Pointer {
		return t.Elem()
	}
	return t
}
