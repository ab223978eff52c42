package interp

import "reflect"

// heldStructs maps the text of each cell struct type that a value inside
// an interface within v has (an element of a []any, a map[string]any's
// value) to its Go name, as collectStructs does for the types t itself
// names: %#v of []any{Point{1, 2}} spelled yaegi's struct type. The walk
// is bounded in depth and in the number of values it looks at.
func (tn *typeNames) heldStructs(v reflect.Value) map[string]string {
	names := map[string]string{}
	budget := 1000
	var walk func(v reflect.Value, depth int)
	walk = func(v reflect.Value, depth int) {
		if budget <= 0 || depth > 8 || !v.IsValid() {
			return
		}
		budget--
		switch v.Kind() {
		case reflect.Interface:
			if !v.IsNil() {
				tn.collectStructs(v.Elem().Type(), names, 0)
				walk(v.Elem(), depth+1)
			}
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem(), depth+1)
			}
		case reflect.Slice, reflect.Array:
			for i := 0; i < v.Len() && budget > 0; i++ {
				walk(v.Index(i), depth+1)
			}
		case reflect.Map:
			it := v.MapRange()
			for it.Next() && budget > 0 {
				walk(it.Key(), depth+1)
				walk(it.Value(), depth+1)
			}
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				walk(v.Field(i), depth+1)
			}
		}
	}
	walk(v, 0)
	return names
}
