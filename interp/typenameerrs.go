package interp

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strings"

	"github.com/gopad/gopad/interp/gopadrt"
	yaegi "github.com/traefik/yaegi/interp"
)

// typeNameSymbols replaces encoding/binary's functions that take a value of
// any type with ones whose errors name a cell's struct type as Go does.
// binary.Write, Read, Append, Encode and Decode put reflect's text of the
// value's type into their errors ("binary.Read: invalid type main.Fixed");
// yaegi's run-time struct types have no name, so the text read
// `struct { A int32 "gopad:\"Fixed\""; B uint16 }`. It also replaces
// json.Marshal and MarshalIndent, whose *json.UnsupportedTypeError names
// the type the same way. The session loads
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
