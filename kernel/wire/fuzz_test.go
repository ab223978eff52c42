package wire_test

import (
	"bytes"
	"encoding/binary"
	"testing"

	"github.com/gopad/gopad/kernel/wire"
)

// joinFrames packs frames into one fuzz input: each frame is a uvarint
// length and its bytes.
func joinFrames(frames [][]byte) []byte {
	var b []byte
	for _, f := range frames {
		b = binary.AppendUvarint(b, uint64(len(f)))
		b = append(b, f...)
	}
	return b
}

// splitFrames undoes joinFrames for any input: a bad length ends the list
// with the rest as the last frame.
func splitFrames(b []byte) [][]byte {
	var frames [][]byte
	for len(b) > 0 {
		n, k := binary.Uvarint(b)
		if k <= 0 || n > uint64(len(b)-k) {
			frames = append(frames, b)
			break
		}
		frames = append(frames, b[k:k+int(n)])
		b = b[k+int(n):]
	}
	return frames
}

// FuzzDecode checks that Decode never panics, and that what it accepts
// survives Encode and Decode again unchanged.
func FuzzDecode(f *testing.F) {
	for _, g := range loadGolden(f) {
		f.Add(joinFrames(g.frames(f)), g.Key)
	}
	f.Add(joinFrames([][]byte{[]byte(wire.Delimiter), nil, []byte(`{"msg_id":"1","msg_type":"x"}`), []byte(`null`), []byte(` { } `), []byte(`[]`)}), "")
	f.Add([]byte{}, "k")
	f.Fuzz(func(t *testing.T, data []byte, key string) {
		frames := splitFrames(data)
		c := newCodec(t, key)
		m, err := c.Decode(frames)
		if err != nil {
			if m != nil {
				t.Fatalf("Decode returned a message and an error %v", err)
			}
			return
		}
		if m.Header.MsgID == "" || m.Header.MsgType == "" {
			t.Fatalf("accepted a header without msg_id/msg_type: %+v", m.Header)
		}
		again, err := c.Encode(m)
		if err != nil {
			t.Fatalf("Encode of a decoded message: %v", err)
		}
		m2, err := newCodec(t, key).Decode(again)
		if err != nil {
			t.Fatalf("Decode(Encode(m)): %v", err)
		}
		if m2.Header != m.Header || !bytes.Equal(m2.Content, m.Content) || !bytes.Equal(m2.Metadata, m.Metadata) {
			t.Fatalf("round trip changed the message:\n%+v\n%+v", m, m2)
		}
		if (m.Parent == nil) != (m2.Parent == nil) || (m.Parent != nil && *m.Parent != *m2.Parent) {
			t.Fatalf("round trip changed the parent: %+v vs %+v", m.Parent, m2.Parent)
		}
		if len(m2.Identities) != len(m.Identities) || len(m2.Buffers) != len(m.Buffers) {
			t.Fatalf("round trip changed identities/buffers: %d/%d vs %d/%d", len(m.Identities), len(m.Buffers), len(m2.Identities), len(m2.Buffers))
		}
	})
}
