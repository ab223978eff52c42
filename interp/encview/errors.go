package encview

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
)

// named is a run-time type that prints as the cell's type it stands for
// (main.Level, not int), for the Type of encoding/json's errors.
type named struct {
	reflect.Type
	goType string
}

func (t named) String() string { return t.goType }

// hookError is the error a cell's MarshalJSON method returned, with the
// spelling of the method's type, which the *json.MarshalerError that
// encoding/json wraps it in names as the hook's (encview.jsonHook).
type hookError struct {
	err    error
	goType string
}

func (e hookError) Error() string { return e.err.Error() }
func (e hookError) Unwrap() error { return e.err }

// MarshalErr gives the *json.MarshalerError in err of a cell's
// MarshalJSON method the method's type and error, as Go reports them:
// "json: error calling MarshalJSON for type main.Level: bad level 9".
func MarshalErr(err error) error {
	var me *json.MarshalerError
	var he hookError
	if errors.As(err, &me) && errors.As(me.Err, &he) && he.goType != "" {
		me.Type, me.Err = named{me.Type, he.goType}, he.err
	}
	return err
}

func joinFields(fs []string) string { return strings.Join(fs, ".") }

// nameTypes gives a *json.UnmarshalTypeError the names Go would: the
// struct a field belongs to ("Order.id", where the run-time struct type
// has no name) and the field's type.
func (v *view) nameTypes(err error) error {
	var ute *json.UnmarshalTypeError
	if !errors.As(err, &ute) {
		return err
	}
	if _, ok := ute.Type.(named); ok {
		return err
	}
	n := v.node(0)
	strct := ""
	var path []string
	if ute.Field != "" {
		path = strings.Split(ute.Field, ".")
	}
	promoted := false // the last key named an embedded struct field
	for _, key := range path {
		n = v.derefed(n)
		if e := embeddedNamed(n, key); e != nil {
			// Go names the struct that embeds it: User.Base.id.
			if !promoted {
				strct = n.Name
			}
			promoted, n = true, v.node(e.Type)
			continue
		}
		f, owner := v.field(n, key, 0)
		if f == nil {
			return err
		}
		if !promoted {
			strct = owner.Name
		}
		promoted, n = false, v.node(f.Type)
	}
	if ute.Struct == "" && strct != "" {
		ute.Struct = strct
	}
	if ute.Type == nil {
		return err
	}
	for i := 0; i < 32 && !sameKind(n.Kind, ute.Type.Kind()); i++ {
		n = v.node(n.Elem)
	}
	if n.GoType != "" && n.GoType != ute.Type.String() {
		ute.Type = named{ute.Type, n.GoType}
	}
	return err
}

// embeddedNamed is n's embedded field whose name is key (encoding/json
// puts it in an error's field path), or nil.
func embeddedNamed(n *Node, key string) *Field {
	for i := range n.Fields {
		if f := &n.Fields[i]; f.Embedded && f.Name == key {
			return f
		}
	}
	return nil
}

// sameKind reports whether a node of kind k can stand for a run-time type
// of kind rk.
func sameKind(k Kind, rk reflect.Kind) bool {
	switch k {
	case Ptr:
		return rk == reflect.Pointer
	case Slice:
		return rk == reflect.Slice
	case Array:
		return rk == reflect.Array
	case Map:
		return rk == reflect.Map
	case Struct:
		return rk == reflect.Struct
	}
	return true
}

// derefed follows pointers, slices, arrays and maps down to the node the
// decoder reports fields of.
func (v *view) derefed(n *Node) *Node {
	for i := 0; i < 32 && n.Kind != Struct && n.Kind != Other && len(n.Methods) == 0; i++ {
		n = v.node(n.Elem)
	}
	return n
}

// field finds the field with JSON name key in struct node n, also among
// the fields promoted from embedded structs; owner is the struct that
// declares it.
func (v *view) field(n *Node, key string, depth int) (f *Field, owner *Node) {
	if n.Kind != Struct || depth > 8 {
		return nil, nil
	}
	for i := range n.Fields {
		if f := &n.Fields[i]; !f.Drop && !f.Embedded && f.Key == key {
			return f, n
		}
	}
	for i := range n.Fields {
		if f := &n.Fields[i]; f.Embedded {
			if g, _ := v.field(v.derefed(v.node(f.Type)), key, depth+1); g != nil {
				return g, n
			}
		}
	}
	return nil, nil
}
