package remote

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/gopad/gopad/kernel/engine"
)

// wireCases are frames and their exact form on the wire, checked both ways.
var wireCases = []struct {
	id   uint64
	msg  message
	wire string
}{
	{0, &helloMsg{Token: "ab12"}, `{"op":"hello","body":{"token":"ab12"}}`},
	{3, &executeMsg{Request: engine.Request{Code: "1+1", AllowStdin: true, ExecutionCount: 2}},
		`{"op":"execute","id":3,"body":{"request":{"Code":"1+1","Silent":false,"AllowStdin":true,"ExecutionCount":2,"UserExpressions":null}}}`},
	{3, &cancelMsg{}, `{"op":"cancel","id":3}`},
	{4, &completeMsg{Code: "fmt.Pr", Cursor: 6}, `{"op":"complete","id":4,"body":{"code":"fmt.Pr","cursor":6}}`},
	{5, &inspectMsg{Code: "x", Cursor: 1, Detail: 1}, `{"op":"inspect","id":5,"body":{"code":"x","cursor":1,"detail":1}}`},
	{6, &isCompleteMsg{Code: "if x {"}, `{"op":"is_complete","id":6,"body":{"code":"if x {"}}`},
	{3, &inputReplyMsg{Value: "typed"}, `{"op":"input_reply","id":3,"body":{"value":"typed"}}`},
	{7, &pingMsg{}, `{"op":"ping","id":7}`},
	{7, &pongMsg{}, `{"op":"pong","id":7}`},
	{3, &resultMsg{Result: &engine.Result{Data: map[string]any{"text/plain": "2"}}},
		`{"op":"result","id":3,"body":{"result":{"Data":{"text/plain":"2"},"Metadata":null,"Err":null,"UserExpressions":null,"Payloads":null}}}`},
	{3, &resultMsg{Result: &engine.Result{Err: engine.NewError(engine.ErrSession, "x", "tb")}, Retire: true, Reset: true, Rest: "y := 1"},
		`{"op":"result","id":3,"body":{"result":{"Data":null,"Metadata":null,"Err":{"Name":"SessionError","Value":"x","Traceback":["tb"]},"UserExpressions":null,"Payloads":null},"retire":true,"reset":true,"rest":"y := 1"}}`},
	{4, &completionMsg{Completion: engine.Completion{Matches: []string{"Println"}, CursorStart: 4, CursorEnd: 6}},
		`{"op":"completion","id":4,"body":{"completion":{"Matches":["Println"],"CursorStart":4,"CursorEnd":6,"Types":null}}}`},
	{5, &inspectionMsg{Inspection: engine.Inspection{Found: true, Data: map[string]any{"text/plain": "var x int"}}},
		`{"op":"inspection","id":5,"body":{"inspection":{"Found":true,"Data":{"text/plain":"var x int"}}}}`},
	{6, &isCompleteReplyMsg{Status: "incomplete", Indent: "\t"}, `{"op":"is_complete_reply","id":6,"body":{"status":"incomplete","indent":"\t"}}`},
	{3, &displayMsg{Display: engine.DisplayData{Data: map[string]any{"text/html": "<b>"}, DisplayID: "d"}},
		`{"op":"display","id":3,"body":{"display":{"Data":{"text/html":"\u003cb\u003e"},"Metadata":null,"DisplayID":"d","Update":false}}}`},
	{3, &clearMsg{Wait: true}, `{"op":"clear","id":3,"body":{"wait":true}}`},
	{3, &inputRequestMsg{Prompt: "name? ", Password: true}, `{"op":"input_request","id":3,"body":{"prompt":"name? ","password":true}}`},
	{0, &fatalMsg{Err: "out of memory"}, `{"op":"fatal","body":{"err":"out of memory"}}`},
	{3, &streamMsg{Name: "stdout", Data: []byte("hi\n")}, "#3 stdout 3\nhi\n"},
	{0, &streamMsg{Name: "stderr"}, "#0 stderr 0\n"},
}

type pipe struct {
	bytes.Buffer
}

func (*pipe) Close() error { return nil }

// TestWireGolden: each frame is written exactly as the table says, and
// reading the table's text gives the frame back.
func TestWireGolden(t *testing.T) {
	for _, c := range wireCases {
		var p pipe
		if err := newConn(&p).send(c.id, c.msg); err != nil {
			t.Fatalf("%s: %v", c.msg.op(), err)
		}
		want := c.wire
		if !strings.HasPrefix(want, "#") {
			want += "\n"
		}
		if p.String() != want {
			t.Errorf("%s: wrote\n%s\nwant\n%s", c.msg.op(), p.String(), want)
		}
		f, err := newConn(&pipe{*bytes.NewBufferString(want)}).recv()
		if err != nil {
			t.Fatalf("%s: reading: %v", c.msg.op(), err)
		}
		if f.ID != c.id || !reflect.DeepEqual(f.Msg, c.msg) {
			t.Errorf("%s: read %d %#v, want %d %#v", c.msg.op(), f.ID, f.Msg, c.id, c.msg)
		}
	}
}

// TestWireUnknownAndMalformed: an op from a newer peer is reported as
// unknown, not fatal; a line that is not a frame is an error.
func TestWireUnknownAndMalformed(t *testing.T) {
	f, err := newConn(&pipe{*bytes.NewBufferString(`{"op":"teleport","id":9,"body":{"to":"mars"}}` + "\n")}).recv()
	if err != nil {
		t.Fatal(err)
	}
	if u, ok := f.Msg.(*unknownMsg); !ok || u.Op != "teleport" || f.ID != 9 {
		t.Errorf("got %d %#v", f.ID, f.Msg)
	}
	for _, bad := range []string{"not json\n", `{"op":"execute","body":{"request":7}}` + "\n", "#3 stdout\n", "#3 stdout 10\nshort"} {
		if _, err := newConn(&pipe{*bytes.NewBufferString(bad)}).recv(); err == nil {
			t.Errorf("%q: err = %v, want a malformed-frame error", bad, err)
		}
	}
}
