package interp

import (
	"strings"
	"testing"
)

// Programs from outside6's classes, run whole and split into notebook
// cells; want is what go run printed.
//
// Errors of encoding/binary (Write, Read, Append, Encode, Decode) and the
// *json.UnsupportedTypeError of json.Marshal and MarshalIndent name a
// cell's struct type as Go does (typenameerrs.go): yaegi's run-time struct
// type has no name, so they printed its struct text with gopad's tag,
// where go run prints main.Fixed.

var outside6Programs = []fidProgram{
	{name: "binary and json errors name the cells' struct types", src: `package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

type Header struct {
	Magic [4]byte
	Size  uint32
}

type Note struct {
	Title string
	Pages int
}

type Holder struct {
	Name string
	Done chan Note
}

func main() {
	var buf bytes.Buffer
	err := binary.Write(&buf, binary.LittleEndian, Note{"a", 1})
	fmt.Println("write:", err)
	var h Header
	fmt.Println("read by value:", binary.Read(&buf, binary.LittleEndian, h))
	fmt.Println("read at end:", errors.Is(binary.Read(&buf, binary.LittleEndian, &h), io.EOF))
	_, err = binary.Append(nil, binary.BigEndian, []Note{{"b", 2}})
	fmt.Println("append:", err)
	_, err = binary.Encode(make([]byte, 8), binary.BigEndian, &Note{})
	fmt.Println("encode:", err)
	_, err = binary.Decode(make([]byte, 8), binary.BigEndian, Header{})
	fmt.Println("decode:", err)
	n, err := binary.Encode(make([]byte, 8), binary.BigEndian, Header{Magic: [4]byte{'G', 'O', 'P', 'D'}, Size: 7})
	fmt.Println("encode header:", n, err)

	_, err = json.Marshal(Holder{Name: "h", Done: make(chan Note)})
	fmt.Println("marshal:", err)
	var ute *json.UnsupportedTypeError
	fmt.Println("as:", errors.As(err, &ute))
	_, err = json.MarshalIndent(map[string]func(Note) int{"f": nil}, "", "  ")
	fmt.Println("indent:", err)
}
`, want: `write: binary.Write: some values are not fixed-sized in type main.Note
read by value: binary.Read: invalid type main.Header
read at end: true
append: binary.Append: some values are not fixed-sized in type []main.Note
encode: binary.Encode: some values are not fixed-sized in type *main.Note
decode: binary.Decode: invalid type main.Header
encode header: 8 <nil>
marshal: json: unsupported type: chan main.Note
as: true
indent: json: unsupported type: func(main.Note) int
`},
}

func TestFidOutside6Programs(t *testing.T) { runFidPrograms(t, outside6Programs) }

// TestNotebookCellsKeepCommentsWhole checks the fidelity corpus's cutter:
// a blank line inside a comment between main's statements is no place to
// cut (the cells held half a comment and failed with syntax errors), one
// between a comment and a statement still is.
func TestNotebookCellsKeepCommentsWhole(t *testing.T) {
	src := "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ta := 1\n\n\t/* one\n\n\ttwo */\n\tb := 2 // three\n\n\t// four\n\n\tfmt.Println(a, b)\n}\n"
	cells, err := notebookCells(src)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"import \"fmt\"", "a := 1", "/* one\n\n\ttwo */\n\tb := 2", "fmt.Println(a, b)"}
	if len(cells) != len(want) {
		t.Fatalf("cells %q, want %q", cells, want)
	}
	for i := range want {
		if strings.TrimSpace(cells[i]) != want[i] {
			t.Errorf("cell %d is %q, want %q", i, cells[i], want[i])
		}
	}
}
