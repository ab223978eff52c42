package encview

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// upper stands for a cell's type with MarshalText and UnmarshalText: at
// run time it is a plain string, its methods arrive as funcs.
var upperFns = []any{
	func(v any) ([]byte, error) { return []byte(strings.ToUpper(v.(string))), nil },
	func(p any, b []byte) error {
		if len(b) == 0 {
			return fmt.Errorf("empty")
		}
		*p.(*string) = strings.ToLower(string(b))
		return nil
	},
}

// rec is the run-time form of struct { Name upper; Tags map[upper]int; n int }.
type rec struct {
	Name string         `json:"name,omitempty"`
	Tags map[string]int `json:"tags"`
	Xn   int
}

func shapeOf(methods map[string]Method) string {
	s := Shape{Nodes: []Node{
		{Kind: Ptr, Elem: 1, GoType: "*main.Rec"},
		{Kind: Struct, Name: "Rec", GoType: "main.Rec", Fields: []Field{
			{Name: "Name", Key: "name", Type: 2}, {Name: "Tags", Key: "tags", Type: 3}, {Name: "Xn", Drop: true, Type: 4}}},
		{Name: "Upper", GoType: "main.Upper", Methods: methods},
		{Kind: Map, Key: 2, Elem: 4, GoType: "map[main.Upper]int"},
		{Keep: true, GoType: "int"},
	}}
	return s.Encode()
}

// TestEncodeCallsMethods checks a value's, a map key's and omitempty's
// handling, and that hidden fields are left out.
func TestEncodeCallsMethods(t *testing.T) {
	shape := shapeOf(map[string]Method{"MarshalText": {Fn: 0}})
	b, err := json.Marshal(View(&rec{"ada", map[string]int{"x": 1}, 7}, shape, upperFns, false))
	// Keys of kind string are written as they are, as Go does.
	if want := `{"name":"ADA","tags":{"x":1}}`; string(b) != want || err != nil {
		t.Errorf("got %s %v, want %s", b, err, want)
	}
	b, _ = json.Marshal(View(&rec{}, shape, upperFns, false))
	if want := `{"tags":null}`; string(b) != want {
		t.Errorf("empty: got %s, want %s", b, want)
	}
}

// TestDecodeMergesAndReports checks that decoding keeps what the input
// does not mention, calls UnmarshalText, and names the types in errors.
func TestDecodeMergesAndReports(t *testing.T) {
	shape := shapeOf(map[string]Method{"UnmarshalText": {Fn: 1}})
	r := &rec{Name: "keep", Tags: map[string]int{"old": 1}, Xn: 3}
	if err := Unmarshal([]byte(`{"tags":{"NEW":2}}`), r, shape, upperFns); err != nil {
		t.Fatal(err)
	}
	if r.Name != "keep" || r.Tags["old"] != 1 || r.Tags["new"] != 2 || r.Xn != 3 {
		t.Errorf("got %+v", r)
	}
	err := Unmarshal([]byte(`{"name":5}`), r, shape, upperFns)
	if want := "json: cannot unmarshal number into Go struct field Rec.name of type main.Upper"; err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
	if err := Unmarshal([]byte(`{"name":""}`), r, shape, upperFns); err == nil || err.Error() != "empty" {
		t.Errorf("the method's error: got %v", err)
	}
}
