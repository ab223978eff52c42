package wire_test

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"reflect"
	"strings"
	"testing"

	"github.com/gopad/gopad/kernel/wire"
)

// TestSignGoldenVectors checks signatures against values computed with
// Python's hmac module (see testdata/gen_golden.py, which prints them).
func TestSignGoldenVectors(t *testing.T) {
	tests := []struct {
		scheme string
		key    string
		parts  [4]string
		want   string
	}{
		{"hmac-sha256", "key", [4]string{"{}", "{}", "{}", "{}"},
			"ca767b02c5bc061ed184a9a029e7f93a7f2f7ed4e8fe74120fc1212f0b008fa3"},
		{"hmac-sha256", "0f3d6c2a-golden-key",
			[4]string{`{"msg_id":"a","msg_type":"b"}`, "{}", `{"k":1}`, `{"text":"é"}`},
			"080259eab9385b20f7c85dd45665a8c0cb71bd6c38f5e51a7b1e149adaffc651"},
		{"hmac-sha256", "\x00\xff binary key", [4]string{"", "", "", ""},
			"e2156ea9ca7eb0747f8d99b31c46a37388b9d16ea80743f44ad855d5d058f293"},
		// A key longer than the block size is hashed first.
		{"hmac-sha256", strings.Repeat("k", 100), [4]string{"header", "parent", "metadata", "content"},
			"043903ae0960f961a63a34d00bda427827f50b163c4d92c3dc56a61a11fee5d0"},
		{"", "key", [4]string{"{}", "{}", "{}", "{}"}, // the default scheme is sha256
			"ca767b02c5bc061ed184a9a029e7f93a7f2f7ed4e8fe74120fc1212f0b008fa3"},
		{"hmac-sha512", "key", [4]string{"{}", "{}", "{}", "{}"},
			"2f7411556710fc214f2814c82351b6da0d593441526d7fb5d61e38db31d8df3d4545a45c78f7f625155182763ddfa48e3b574b0a633ac49ee60991f8a3ab719c"},
		{"hmac-sha1", "key", [4]string{"{}", "{}", "{}", "{}"},
			"c7afc9cb14b86470fa517605b0405652f2043126"},
	}
	for _, tt := range tests {
		s, err := wire.NewSigner(tt.scheme, []byte(tt.key))
		if err != nil {
			t.Fatalf("NewSigner(%q): %v", tt.scheme, err)
		}
		p := tt.parts
		// Twice, so that a pooled hash that is not reset shows.
		for range 2 {
			got := string(s.Sign([]byte(p[0]), []byte(p[1]), []byte(p[2]), []byte(p[3])))
			if got != tt.want {
				t.Errorf("%s key %q: Sign = %s, want %s", tt.scheme, tt.key, got, tt.want)
			}
		}
		if !s.Verify([]byte(tt.want), []byte(p[0]), []byte(p[1]), []byte(p[2]), []byte(p[3])) {
			t.Errorf("%s key %q: Verify rejects the right signature", tt.scheme, tt.key)
		}
		if s.Verify([]byte(strings.ToUpper(tt.want)), []byte(p[0]), []byte(p[1]), []byte(p[2]), []byte(p[3])) {
			t.Errorf("%s key %q: Verify accepts an upper-case signature", tt.scheme, tt.key)
		}
	}
	// The split between frames matters only through their concatenation
	// (that is the protocol), so moving a byte across frames keeps the
	// signature: this guards against length-prefixing by mistake.
	s, _ := wire.NewSigner("hmac-sha256", []byte("key"))
	if a, b := s.Sign([]byte("{}{"), []byte("}"), []byte("{}"), []byte("{}")), s.Sign([]byte("{}"), []byte("{}"), []byte("{}"), []byte("{}")); !bytes.Equal(a, b) {
		t.Errorf("signature depends on frame boundaries: %s vs %s", a, b)
	}
}

func TestNewSignerRejectsUnknownScheme(t *testing.T) {
	for _, scheme := range []string{"hmac-md5", "sha256", "HMAC-SHA256"} {
		if _, err := wire.NewSigner(scheme, []byte("k")); err == nil {
			t.Errorf("NewSigner(%q) accepted an unsupported scheme", scheme)
		}
	}
}

func newCodec(t testing.TB, key string) *wire.Codec {
	t.Helper()
	s, err := wire.NewSigner("hmac-sha256", []byte(key))
	if err != nil {
		t.Fatal(err)
	}
	return wire.NewCodec(s)
}

func sampleMessage() *wire.Message {
	parent := wire.NewHeader("execute_request", "client-session", "alice")
	return &wire.Message{
		Identities: [][]byte{[]byte("router-id"), {0, 1, 2, 0xff}},
		Header:     wire.NewHeader("execute_reply", "kernel-session", "kernel"),
		Parent:     &parent,
		Metadata:   json.RawMessage(`{"started":"2026-11-02T10:20:30.123456Z"}`),
		Content:    json.RawMessage(`{"status":"ok","execution_count":3,"text":"héllo ✓"}`),
		Buffers:    [][]byte{{0, 0, 0}, {}, []byte(wire.Delimiter), {0xde, 0xad, 0xbe, 0xef}},
	}
}

func TestEncodeDecodeRoundTrip(t *testing.T) {
	for _, key := range []string{"secret", ""} {
		enc, dec := newCodec(t, key), newCodec(t, key)
		m := sampleMessage()
		frames, err := enc.Encode(m)
		if err != nil {
			t.Fatal(err)
		}
		// Layout: identities, delimiter, signature, header, parent, metadata, content, buffers.
		if got := len(frames); got != 2+6+4 {
			t.Fatalf("key %q: %d frames, want 12", key, got)
		}
		if string(frames[2]) != wire.Delimiter {
			t.Errorf("key %q: frame 2 = %q, want the delimiter", key, frames[2])
		}
		if key == "" && len(frames[3]) != 0 {
			t.Errorf("empty key: signature frame = %q, want empty", frames[3])
		}
		if key != "" && len(frames[3]) != 64 {
			t.Errorf("signature frame = %q, want 64 hex digits", frames[3])
		}
		got, err := dec.Decode(frames)
		if err != nil {
			t.Fatalf("key %q: Decode: %v", key, err)
		}
		if !reflect.DeepEqual(got.Identities, m.Identities) {
			t.Errorf("identities = %q, want %q", got.Identities, m.Identities)
		}
		if got.Header != m.Header {
			t.Errorf("header = %+v, want %+v", got.Header, m.Header)
		}
		if got.Parent == nil || *got.Parent != *m.Parent {
			t.Errorf("parent = %+v, want %+v", got.Parent, m.Parent)
		}
		if !bytes.Equal(got.Content, m.Content) || !bytes.Equal(got.Metadata, m.Metadata) {
			t.Errorf("content/metadata = %s / %s, want %s / %s", got.Content, got.Metadata, m.Content, m.Metadata)
		}
		if len(got.Buffers) != len(m.Buffers) {
			t.Fatalf("%d buffers, want %d", len(got.Buffers), len(m.Buffers))
		}
		for i := range m.Buffers {
			if !bytes.Equal(got.Buffers[i], m.Buffers[i]) {
				t.Errorf("buffer %d = %x, want %x", i, got.Buffers[i], m.Buffers[i])
			}
		}
	}
}

func TestEncodeDefaults(t *testing.T) {
	c := newCodec(t, "k")
	m := &wire.Message{Header: wire.NewHeader("status", "s", "u")}
	frames, err := c.Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	if len(frames) != 6 {
		t.Fatalf("%d frames, want 6 (no identities, no buffers)", len(frames))
	}
	for i, name := range []string{"parent", "metadata", "content"} {
		if got := string(frames[3+i]); got != "{}" {
			t.Errorf("%s frame = %q, want {} for nil", name, got)
		}
	}
	var h map[string]any
	if err := json.Unmarshal(frames[2], &h); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"msg_id", "session", "username", "date", "msg_type", "version"} {
		if _, ok := h[k]; !ok {
			t.Errorf("header lacks %q: %s", k, frames[2])
		}
	}
	if h["version"] != "5.3" {
		t.Errorf("version = %v, want 5.3", h["version"])
	}
	got, err := newCodec(t, "k").Decode(frames)
	if err != nil {
		t.Fatal(err)
	}
	if got.Parent != nil {
		t.Errorf("parent {} decoded as %+v, want nil", got.Parent)
	}
}

func TestReplyCarriesParent(t *testing.T) {
	req := &wire.Message{
		Identities: [][]byte{[]byte("peer")},
		Header:     wire.NewHeader("kernel_info_request", "client-sess", "bob"),
	}
	rep, err := wire.Reply(req, "kernel_info_reply", map[string]string{"status": "ok"})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Parent == nil || *rep.Parent != req.Header {
		t.Errorf("parent = %+v, want the request's header", rep.Parent)
	}
	if rep.Header.MsgType != "kernel_info_reply" || rep.Header.MsgID == "" || rep.Header.MsgID == req.Header.MsgID {
		t.Errorf("header = %+v", rep.Header)
	}
	if !reflect.DeepEqual(rep.Identities, req.Identities) {
		t.Errorf("identities = %q, want %q", rep.Identities, req.Identities)
	}
	if string(rep.Content) != `{"status":"ok"}` {
		t.Errorf("content = %s", rep.Content)
	}
	if _, err := wire.Reply(req, "x", func() {}); err == nil {
		t.Error("Reply with unencodable content did not fail")
	}
}

type goldenCase struct {
	Name   string   `json:"name"`
	Key    string   `json:"key"`
	Frames []string `json:"frames"`
}

func loadGolden(t testing.TB) []goldenCase {
	t.Helper()
	b, err := os.ReadFile("testdata/golden_frames.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []goldenCase
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

func (g goldenCase) frames(t testing.TB) [][]byte {
	var out [][]byte
	for _, f := range g.Frames {
		b, err := base64.StdEncoding.DecodeString(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

// TestDecodeJupyterClientFrames decodes frames that jupyter_client's Session
// serialized (testdata/gen_golden.py).
func TestDecodeJupyterClientFrames(t *testing.T) {
	want := map[string]struct {
		idents  []string
		msgType string
		msgID   string
		parent  string // parent msg_id, "" for none
		content map[string]any
		buffers []string
	}{
		"execute_request": {idents: []string{"client-identity-1"}, msgType: "execute_request", msgID: "3f2b-0001",
			content: map[string]any{"code": "fmt.Println(\"héllo ✓\")", "silent": false, "store_history": true,
				"user_expressions": map[string]any{}, "allow_stdin": true, "stop_on_error": true}},
		"stream_with_parent": {msgType: "stream", msgID: "3f2b-0002", parent: "3f2b-0001",
			content: map[string]any{"name": "stdout", "text": "line 1\nline 2\n"}},
		"comm_msg_buffers": {idents: []string{"id-a", "\x00\xfe"}, msgType: "comm_msg", msgID: "3f2b-0003",
			content: map[string]any{"comm_id": "c1", "data": map[string]any{"n": 3.0}},
			buffers: []string{"\x00\x01\x02\xff", "", wire.Delimiter}},
		"unsigned": {msgType: "kernel_info_request", msgID: "3f2b-0004", content: map[string]any{}},
	}
	cases := loadGolden(t)
	if len(cases) != len(want) {
		t.Fatalf("%d golden cases, want %d", len(cases), len(want))
	}
	for _, g := range cases {
		t.Run(g.Name, func(t *testing.T) {
			w, ok := want[g.Name]
			if !ok {
				t.Fatalf("unexpected case %q", g.Name)
			}
			m, err := newCodec(t, g.Key).Decode(g.frames(t))
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			var idents []string
			for _, id := range m.Identities {
				idents = append(idents, string(id))
			}
			if !reflect.DeepEqual(idents, w.idents) {
				t.Errorf("identities = %q, want %q", idents, w.idents)
			}
			h := m.Header
			if h.MsgType != w.msgType || h.MsgID != w.msgID || h.Version != "5.3" || h.Date != "2026-11-02T10:20:30.123456Z" || h.Username != "tester" {
				t.Errorf("header = %+v", h)
			}
			switch {
			case w.parent == "" && m.Parent != nil:
				t.Errorf("parent = %+v, want none", m.Parent)
			case w.parent != "" && (m.Parent == nil || m.Parent.MsgID != w.parent || m.Parent.MsgType != "execute_request"):
				t.Errorf("parent = %+v, want msg_id %s", m.Parent, w.parent)
			}
			var content map[string]any
			if err := json.Unmarshal(m.Content, &content); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(content, w.content) {
				t.Errorf("content = %v, want %v", content, w.content)
			}
			var bufs []string
			for _, b := range m.Buffers {
				bufs = append(bufs, string(b))
			}
			if !reflect.DeepEqual(bufs, w.buffers) {
				t.Errorf("buffers = %q, want %q", bufs, w.buffers)
			}
		})
	}
}

// TestGoldenFramesReencode checks that our Codec signs jupyter_client's
// header, parent, metadata and content bytes exactly as jupyter_client did.
func TestGoldenFramesReencode(t *testing.T) {
	for _, g := range loadGolden(t) {
		frames := g.frames(t)
		i := 0
		for string(frames[i]) != wire.Delimiter {
			i++
		}
		s, _ := wire.NewSigner("hmac-sha256", []byte(g.Key))
		got := s.Sign(frames[i+2], frames[i+3], frames[i+4], frames[i+5])
		if !bytes.Equal(got, frames[i+1]) {
			t.Errorf("%s: our signature %q, jupyter_client's %q", g.Name, got, frames[i+1])
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	const key = "secret"
	good := func() [][]byte {
		m := sampleMessage()
		f, err := newCodec(t, key).Encode(m)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	// Frame indexes in good(): 2 identities, so delimiter 2, sig 3, header 4, parent 5, metadata 6, content 7.
	resign := func(f [][]byte) [][]byte {
		s, _ := wire.NewSigner("hmac-sha256", []byte(key))
		f[3] = s.Sign(f[4], f[5], f[6], f[7])
		return f
	}
	tests := []struct {
		name   string
		frames func() [][]byte
		want   error // nil: any error
	}{
		{"bad signature", func() [][]byte {
			f := good()
			f[3] = bytes.Repeat([]byte("0"), 64)
			return f
		}, wire.ErrBadSignature},
		{"missing signature", func() [][]byte {
			f := good()
			f[3] = nil
			return f
		}, wire.ErrBadSignature},
		{"truncated signature", func() [][]byte {
			f := good()
			f[3] = f[3][:63]
			return f
		}, wire.ErrBadSignature},
		{"signed with another key", func() [][]byte {
			f, _ := newCodec(t, "other key").Encode(sampleMessage())
			return f
		}, wire.ErrBadSignature},
		{"altered content", func() [][]byte {
			f := good()
			f[7] = []byte(`{"status":"ok","execution_count":4}`)
			return f
		}, wire.ErrBadSignature},
		{"altered header", func() [][]byte {
			f := good()
			f[4] = bytes.Replace(f[4], []byte("execute_reply"), []byte("execute_rEply"), 1)
			return f
		}, wire.ErrBadSignature},
		{"frames swapped", func() [][]byte {
			f := good()
			f[6], f[7] = f[7], f[6]
			return f
		}, wire.ErrBadSignature},
		{"malformed header JSON", func() [][]byte {
			f := good()
			f[4] = []byte(`{"msg_id": "x", "msg_type": `)
			return resign(f)
		}, nil},
		{"header is not an object", func() [][]byte {
			f := good()
			f[4] = []byte(`["msg_id"]`)
			return resign(f)
		}, nil},
		{"missing msg_id", func() [][]byte {
			f := good()
			f[4] = []byte(`{"msg_type":"execute_request","session":"s","username":"u","date":"","version":"5.3"}`)
			return resign(f)
		}, wire.ErrMissingHeader},
		{"missing msg_type", func() [][]byte {
			f := good()
			f[4] = []byte(`{"msg_id":"1","session":"s","username":"u","date":"","version":"5.3"}`)
			return resign(f)
		}, wire.ErrMissingHeader},
		{"malformed parent", func() [][]byte {
			f := good()
			f[5] = []byte(`{"msg_id":`)
			return resign(f)
		}, nil},
		{"malformed metadata", func() [][]byte {
			f := good()
			f[6] = []byte(`{`)
			return resign(f)
		}, nil},
		{"malformed content", func() [][]byte {
			f := good()
			f[7] = []byte(`{"a":}`)
			return resign(f)
		}, nil},
		{"no delimiter", func() [][]byte {
			f := good()[:8] // without the buffers, one of which is "<IDS|MSG>"
			return append(f[:2:2], f[3:]...)
		}, wire.ErrNoDelimiter},
		{"delimiter with a typo", func() [][]byte {
			f := good()[:8]
			f[2] = []byte("<IDS|MSG")
			return f
		}, wire.ErrNoDelimiter},
		{"no frames", func() [][]byte { return nil }, wire.ErrNoDelimiter},
		{"too few frames", func() [][]byte { return good()[:7] }, wire.ErrShortMessage},
		{"only the delimiter", func() [][]byte { return [][]byte{[]byte(wire.Delimiter)} }, wire.ErrShortMessage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := newCodec(t, key).Decode(tt.frames())
			if err == nil {
				t.Fatalf("Decode accepted it: %+v", m)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestDecodeRejectsReplay(t *testing.T) {
	enc, dec := newCodec(t, "secret"), newCodec(t, "secret")
	frames, err := enc.Encode(sampleMessage())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := dec.Decode(frames); err != nil {
		t.Fatalf("first Decode: %v", err)
	}
	if _, err := dec.Decode(frames); !errors.Is(err, wire.ErrReplay) {
		t.Fatalf("second Decode: err = %v, want ErrReplay", err)
	}
	// Another message still passes after a replay was refused.
	frames2, _ := enc.Encode(sampleMessage())
	if _, err := dec.Decode(frames2); err != nil {
		t.Fatalf("fresh message after a replay: %v", err)
	}
	// Replay with other routing identities in front is still a replay.
	replayed := append([][]byte{[]byte("another-peer")}, frames[2:]...)
	if _, err := dec.Decode(replayed); !errors.Is(err, wire.ErrReplay) {
		t.Fatalf("replay via another identity: err = %v, want ErrReplay", err)
	}
}

func TestEmptyKeyAcceptsUnsigned(t *testing.T) {
	dec := newCodec(t, "")
	f, err := newCodec(t, "").Encode(sampleMessage())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := dec.Decode(f); err != nil {
		t.Fatalf("unsigned message: %v", err)
	}
	// Without a key nothing is checked, so the same frames again pass
	// (there is no signature to remember).
	if _, err := dec.Decode(f); err != nil {
		t.Fatalf("unsigned message again: %v", err)
	}
	// A signed message sent to a kernel without a key is accepted too.
	f2, _ := newCodec(t, "k").Encode(sampleMessage())
	if _, err := dec.Decode(f2); err != nil {
		t.Fatalf("signed message to an unsigned codec: %v", err)
	}
	// But an unsigned message to a codec with a key is not.
	if _, err := newCodec(t, "k").Decode(f); !errors.Is(err, wire.ErrBadSignature) {
		t.Fatalf("unsigned message to a keyed codec: err = %v, want ErrBadSignature", err)
	}
}

func TestNowFormat(t *testing.T) {
	now := wire.Now()
	// 2026-11-02T10:20:30.123456Z: microseconds and a zone.
	if len(now) != len("2006-01-02T15:04:05.000000Z") || now[10] != 'T' || now[19] != '.' || !strings.HasSuffix(now, "Z") {
		t.Errorf("Now() = %q, want RFC 3339 with microseconds in UTC", now)
	}
}

func pythonOrSkip(t *testing.T) string {
	t.Helper()
	const py = "/usr/bin/python3"
	_, err := os.Stat(py)
	if err == nil {
		err = exec.Command(py, "-c", "import jupyter_client.session").Run()
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI=true but %s with jupyter_client is unavailable: %v", py, err)
		}
		t.Skipf("%s with jupyter_client unavailable: %v", py, err)
	}
	return py
}

// TestJupyterClientDeserializesOurFrames hands frames our Codec encoded to
// jupyter_client's Session.deserialize, which checks the signature too.
func TestJupyterClientDeserializesOurFrames(t *testing.T) {
	py := pythonOrSkip(t)
	const key = "interop-key"
	m := sampleMessage()
	frames, err := newCodec(t, key).Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	var in []string
	for _, f := range frames {
		in = append(in, base64.StdEncoding.EncodeToString(f))
	}
	inJSON, _ := json.Marshal(in)
	script := `
import base64, json, sys
from jupyter_client.session import Session
s = Session(key=sys.argv[1].encode())
frames = [base64.b64decode(f) for f in json.load(sys.stdin)]
idents, rest = s.feed_identities(frames, copy=True)
msg = s.deserialize(rest, content=True, copy=True)
try:
    s.deserialize(rest, content=True, copy=True)
    replay = "accepted"
except ValueError as e:
    replay = str(e)
json.dump({
    "idents": [base64.b64encode(i).decode() for i in idents],
    "header": {k: str(v) for k, v in msg["header"].items()},
    "parent_msg_id": msg["parent_header"].get("msg_id"),
    "parent_session": msg["parent_header"].get("session"),
    "metadata": {k: str(v) for k, v in msg["metadata"].items()},
    "content": msg["content"],
    "buffers": [base64.b64encode(bytes(b)).decode() for b in msg["buffers"]],
    "replay": replay,
}, sys.stdout)
`
	cmd := exec.Command(py, "-c", script, key)
	cmd.Stdin = bytes.NewReader(inJSON)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("jupyter_client rejected our frames: %v\n%s", err, stderr.String())
	}
	var got struct {
		Idents        []string          `json:"idents"`
		Header        map[string]string `json:"header"`
		ParentMsgID   string            `json:"parent_msg_id"`
		ParentSession string            `json:"parent_session"`
		Metadata      map[string]string `json:"metadata"`
		Content       map[string]any    `json:"content"`
		Buffers       []string          `json:"buffers"`
		Replay        string            `json:"replay"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if len(got.Idents) != 2 || got.Idents[0] != base64.StdEncoding.EncodeToString(m.Identities[0]) {
		t.Errorf("identities = %v", got.Idents)
	}
	if got.Header["msg_id"] != m.Header.MsgID || got.Header["msg_type"] != "execute_reply" || got.Header["version"] != "5.3" {
		t.Errorf("header = %v", got.Header)
	}
	// jupyter_client parses the date into a datetime; it must have done so.
	if !strings.HasPrefix(got.Header["date"], m.Header.Date[:10]+" ") {
		t.Errorf("date %q was not parsed as a date by jupyter_client (we sent %q)", got.Header["date"], m.Header.Date)
	}
	if got.ParentMsgID != m.Parent.MsgID || got.ParentSession != "client-session" {
		t.Errorf("parent = %s / %s", got.ParentMsgID, got.ParentSession)
	}
	if got.Content["text"] != "héllo ✓" || got.Content["execution_count"] != 3.0 {
		t.Errorf("content = %v", got.Content)
	}
	if len(got.Buffers) != len(m.Buffers) {
		t.Fatalf("buffers = %v", got.Buffers)
	}
	for i, b := range m.Buffers {
		if got.Buffers[i] != base64.StdEncoding.EncodeToString(b) {
			t.Errorf("buffer %d = %s, want %x", i, got.Buffers[i], b)
		}
	}
	if !strings.Contains(got.Replay, "Duplicate") {
		t.Errorf("jupyter_client's replay check said %q", got.Replay)
	}
}
