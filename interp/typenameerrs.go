package interp

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strings"

	"github.com/gopad/gopad/interp/gopadrt"
	"github.com/gopad/gopad/interp/rewrite"
	yaegi "github.com/traefik/yaegi/interp"
)

// typeNameSymbols replaces encoding/binary's functions that take a value of
// any type with ones whose errors name a cell's struct type as Go does.
// binary.Write, Read, Append, Encode and Decode put reflect's text of the
// value's type into their errors ("binary.Read: invalid type main.Fixed");
// yaegi's run-time struct types have no name, so the text read
// `struct { A int32 "gopad:\"Fixed\""; B uint16 }`. It also replaces
// json.Marshal and MarshalIndent, whose *json.UnsupportedTypeError names
// the type the same way, and json.Unmarshal, whose *json.UnmarshalTypeError
// names the struct of the field by its name (see unmarshalStructName). The session loads
// these after the standard library's table, which they override by name.
var typeNameSymbols = yaegi.Exports{"encoding/binary/binary": {
	"Write": reflect.ValueOf(func(w io.Writer, order binary.ByteOrder, data any) error {
		return cellTypeErr(binary.Write(w, order, data))
	}),
	"Read": reflect.ValueOf(func(r io.Reader, order binary.ByteOrder, data any) error {
		return cellTypeErr(binary.Read(r, order, data))
	}),
	"Append": reflect.ValueOf(func(buf []byte, order binary.ByteOrder, data any) ([]byte, error) {
		b, err := binary.Append(buf, order, data)
		return b, cellTypeErr(err)
	}),
	"Encode": reflect.ValueOf(func(buf []byte, order binary.ByteOrder, data any) (int, error) {
		n, err := binary.Encode(buf, order, data)
		return n, cellTypeErr(err)
	}),
	"Decode": reflect.ValueOf(func(buf []byte, order binary.ByteOrder, data any) (int, error) {
		n, err := binary.Decode(buf, order, data)
		return n, cellTypeErr(err)
	}),
}, "encoding/json/json": {
	"Marshal": reflect.ValueOf(func(v any) ([]byte, error) {
		b, err := json.Marshal(v)
		return b, unsupportedTypeName(err)
	}),
	"MarshalIndent": reflect.ValueOf(func(v any, prefix, indent string) ([]byte, error) {
		b, err := json.MarshalIndent(v, prefix, indent)
		return b, unsupportedTypeName(err)
	}),
	"Unmarshal": reflect.ValueOf(func(data []byte, v any) error {
		return unmarshalStructName(json.Unmarshal(data, v), v)
	}),
}}

// spelledType is a run-time type that prints as Go's spelling of the cell
// type it stands for.
type spelledType struct {
	reflect.Type
	goName string
}

func (t spelledType) String() string { return t.goName }

// unsupportedTypeName gives the *json.UnsupportedTypeError in err (json:
// unsupported type: chan main.Rec) the type's Go spelling, which names
// the cells' struct types.
func unsupportedTypeName(err error) error {
	var ute *json.UnsupportedTypeError
	if err != nil && errors.As(err, &ute) && ute.Type != nil {
		if name := gopadrt.CellTypeNames(ute.Type.String()); name != ute.Type.String() {
			ute.Type = spelledType{ute.Type, name}
		}
	}
	return err
}

// cellTypeErr is err with each run-time text of a cell's struct type in
// its message written as Go's name of the type (main.T). An error whose
// text names no such type is returned as it is (io.EOF stays io.EOF).
func cellTypeErr(err error) error {
	if err == nil || !strings.Contains(err.Error(), "struct {") {
		return err
	}
	if msg := gopadrt.CellTypeNames(err.Error()); msg != err.Error() {
		return errors.New(msg)
	}
	return err
}

// unmarshalStructName gives the *json.UnmarshalTypeError in err the name
// of the cell's struct type that holds the field, which Go's error names
// ("Go struct field Rect.w"): encoding/json takes it from the run-time
// type, which yaegi builds without a name (it read "Go struct field .w").
// The rewrite hands json.Unmarshal a view of a target whose static type
// holds the cells' types (rewrite/encoding.go); this covers the other
// targets, an interface holding a pointer to a cell's struct
// (json.Unmarshal(b, shape) with shape a Shape holding a *Rect). The
// struct is found from v's run-time type along the error's field path,
// and named by its type tag (rewrite.TypeTagKey); when the path cannot be
// followed the error stays as it is. A cell's struct type as the error's
// type is spelled as Go spells it (main.Rect).
func unmarshalStructName(err error, v any) error {
	var ute *json.UnmarshalTypeError
	if err == nil || !errors.As(err, &ute) {
		return err
	}
	if ute.Type != nil {
		if name := gopadrt.CellTypeNames(ute.Type.String()); name != ute.Type.String() {
			ute.Type = spelledType{ute.Type, name} // "Go value of type main.Rect"
		}
	}
	if ute.Struct != "" || ute.Field == "" {
		return err
	}
	t := reflect.TypeOf(v)
	keys := strings.Split(ute.Field, ".")
	for i, key := range keys {
		t = elemType(t)
		if t == nil || t.Kind() != reflect.Struct {
			return err
		}
		f, ok := jsonField(t, key)
		if !ok {
			return err
		}
		if i == len(keys)-1 {
			if tag := t.Field(0).Tag.Get(rewrite.TypeTagKey); !rewrite.AnonTag(tag) {
				ute.Struct = tag // Go names no struct type literal there
			}
			return err
		}
		t = f.Type
	}
	return err
}

// elemType follows pointers, slices, arrays and maps of t to the type of
// the value json decodes a key into.
func elemType(t reflect.Type) reflect.Type {
	for t != nil {
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
			t = t.Elem()
		default:
			return t
		}
	}
	return nil
}

// jsonField is the field of struct type t that encoding/json decodes the
// key into, by the key's exact name in its json tag or as the field's
// name (encoding/json records the name it matched).
func jsonField(t reflect.Type, key string) (reflect.StructField, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if name == key {
			return f, true
		}
	}
	return reflect.StructField{}, false
}
