package interp

// Fidelity of encoding/json, encoding/xml and text/template with the
// cells' types: each case is what `go run` prints for the same program.

import (
	_ "embed"
	"strings"
	"testing"
)

//go:embed testdata/encoding_types.go.txt
var encodingTypes string

// TestEncodingMethodsOfCellTypes checks that the encoders call the
// marshal and unmarshal methods of cell types, at any depth, with Go's
// rule for pointer receivers, omitempty, and map keys.
func TestEncodingMethodsOfCellTypes(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, encodingTypes)
	checkCells(t, s, []cellCase{
		// A pointer receiver counts only where the value is addressable.
		{code: "b, _ := json.Marshal(W{A: P{1}, B: &P{2}, C: []P{{3}}, D: map[string]P{\"k\": {4}}})\nfmt.Println(string(b))",
			stdout: `{"A":{"N":1},"B":"p2","C":["p3"],"D":{"k":{"N":4}}}` + "\n"},
		{code: "b, _ = json.Marshal(&W{A: P{1}})\nfmt.Println(string(b))", stdout: `{"A":"p1","B":null,"C":null,"D":null}` + "\n"},
		// omitempty sees the field's own value.
		{code: "b, _ = json.Marshal(Opt{})\nfmt.Println(string(b))", stdout: `{"u":"0.0C"}` + "\n"},
		{code: "b, _ = json.MarshalIndent(Opt{T: 1.25}, \"\", \" \")\nfmt.Println(string(b))", stdout: "{\n \"t\": \"1.2C\",\n \"u\": \"0.0C\"\n}\n"},
		// MarshalText and UnmarshalText, also of map keys.
		{code: "bc, err := json.Marshal(Conf{1, map[Level]int{0: 5, 1: 6}})\nfmt.Println(string(bc), err)",
			stdout: `{"l":"hi","by":{"hi":6,"lo":5}} <nil>` + "\n"},
		{code: "var c Conf\nerr = json.Unmarshal([]byte(`{\"l\":\"hi\",\"by\":{\"lo\":1,\"hi\":2}}`), &c)\nfmt.Println(c.L, c.By, err)",
			stdout: "1 map[0:1 1:2] <nil>\n"},
		{code: "err = json.Unmarshal([]byte(`{\"l\":7}`), &c)\nfmt.Println(err)",
			stdout: "json: cannot unmarshal number into Go struct field Conf.l of type main.Level\n"},
		{code: "err = json.Unmarshal([]byte(`{\"l\":\"mid\"}`), &c)\nfmt.Println(err)", stdout: "bad level \"mid\"\n"},
		// Encoder.Encode of a slice of a cell's type.
		{code: "json.NewEncoder(os.Stdout).Encode([]Celsius{1, 2.5})", stdout: `["1.0C","2.5C"]` + "\n"},
		// MarshalXML and MarshalText (an attribute) with encoding/xml.
		{code: "out, err := xml.Marshal(Series{U: \"c\", Ts: []Temp{1, 2.25}})\nfmt.Println(string(out), err)",
			stdout: `<series unit="C"><t>1.0°</t><t>2.2°</t></series> <nil>` + "\n"},
	})
}

// TestEncodingEmbeddedAndErrors checks embedded structs (promoted, also
// unexported and pointer ones), hidden fields, and the type names in
// encoding/json's errors.
func TestEncodingEmbeddedAndErrors(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, encodingTypes)
	checkCells(t, s, []cellCase{
		{code: "b, _ := json.Marshal(Doc{base{1}, &Meta{\"x\"}, \"t\", 2})\nfmt.Println(string(b))", stdout: `{"ID":1,"Tag":"x","Title":"t"}` + "\n"},
		{code: "var d Doc\nerr := json.Unmarshal([]byte(`{\"ID\":5,\"Tag\":\"y\",\"Title\":\"u\"}`), &d)\nfmt.Println(d.ID, d.Meta.Tag, d.Title, err)",
			stdout: "5 y u <nil>\n"},
		{code: "var o Order\nerr = json.Unmarshal([]byte(`{\"items\":[{\"qty\":\"x\"}]}`), &o)\nfmt.Println(err)",
			stdout: "json: cannot unmarshal string into Go struct field Item.items.qty of type int\n"},
		{code: "err = json.NewDecoder(strings.NewReader(`{\"owner\":{\"qty\":true}}`)).Decode(&o)\nfmt.Println(err)",
			stdout: "json: cannot unmarshal bool into Go struct field Item.owner.qty of type int\n"},
		// A named type over a basic type, at the top.
		{code: "var cc Celsius\nfmt.Println(json.Unmarshal([]byte(`\"4.5C\"`), &cc))",
			stdout: "json: cannot unmarshal string into Go value of type main.Celsius\n"},
	})
}

// TestEncodingRefusals checks that what gopad cannot do fails loudly:
// decoding XML into a type with UnmarshalXML; that template errors name
// the cells' types; and that a template calls a cell type's method.
func TestEncodingRefusals(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, encodingTypes)
	mustRun(t, s, `type Stamp struct{ V string }

func (s *Stamp) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error { s.V = "custom"; return nil }`)
	res, _ := run(t, s, "var st Stamp\nxml.Unmarshal([]byte(`<a>x</a>`), &st)\nfmt.Println(st.V)")
	if res.Err == nil || !strings.Contains(res.Err.Value, "gopad cannot decode XML into *main.Stamp") ||
		!strings.Contains(res.Err.Value, "UnmarshalXML") {
		t.Errorf("decoding XML into a type with UnmarshalXML: %+v, want a refusal", res.Err)
	}
	checkCells(t, s, []cellCase{
		{code: "tq := template.Must(template.New(\"q\").Parse(\"{{.Nope}}\\n\"))\nfmt.Println(tq.Execute(os.Stdout, []Page{{\"a\"}}))",
			stdout: "template: q:1:2: executing \"q\" at <.Nope>: can't evaluate field Nope in type []main.Page\n"},
	})
	// A template calls the cells' methods as Go's does (templatemethods.go).
	checkCells(t, s, []cellCase{
		{code: "tp := template.Must(template.New(\"p\").Parse(\"{{.Title}} {{.Upper}} {{with $p := .}}{{$p.Upper}}{{end}}\\n\"))\nfmt.Println(tp.Execute(os.Stdout, Page{\"home\"}), tp.Execute(os.Stdout, &Page{\"ptr\"}))",
			stdout: "home HOME HOME\nptr PTR PTR\n<nil> <nil>\n"},
	})
}
