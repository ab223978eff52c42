package wire

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"sync"
	"time"

	"github.com/google/uuid"
)

// ProtocolVersion is the version of the messaging protocol gopad speaks.
const ProtocolVersion = "5.3"

// Delimiter separates routing identities from the message proper.
const Delimiter = "<IDS|MSG>"

// Header is a message header (and a parent header).
type Header struct {
	MsgID    string `json:"msg_id"`
	Session  string `json:"session"`
	Username string `json:"username"`
	Date     string `json:"date"`
	MsgType  string `json:"msg_type"`
	Version  string `json:"version"`
}

// Message is one Jupyter message. Content and Metadata stay raw JSON so that
// handlers decode them into their own typed structs.
type Message struct {
	Identities [][]byte
	Header     Header
	// Parent is the parent header; nil encodes as {}.
	Parent   *Header
	Metadata json.RawMessage
	Content  json.RawMessage
	Buffers  [][]byte
}

// Now returns the current time formatted as Jupyter dates are: ISO 8601
// with microseconds and a time zone.
func Now() string {
	return time.Now().UTC().Format("2006-01-02T15:04:05.000000Z07:00")
}

// NewHeader returns a fresh header for a message of the given type.
func NewHeader(msgType, session, username string) Header {
	return Header{
		MsgID:    uuid.NewString(),
		Session:  session,
		Username: username,
		Date:     Now(),
		MsgType:  msgType,
		Version:  ProtocolVersion,
	}
}

// Reply builds a message of msgType whose parent is p: it carries p's session
// and username and (for replies on shell, control and stdin) its routing
// identities. This is the one place where replies get their headers.
func Reply(p *Message, msgType string, content any) (*Message, error) {
	c, err := EncodeContent(content)
	if err != nil {
		return nil, fmt.Errorf("encoding %s content: %w", msgType, err)
	}
	parent := p.Header
	return &Message{
		Identities: p.Identities,
		Header:     NewHeader(msgType, parent.Session, parent.Username),
		Parent:     &parent,
		Content:    c,
	}, nil
}

// Signer computes and checks message signatures. A Signer with an empty key
// signs nothing and accepts unsigned messages, as the protocol specifies.
type Signer struct {
	key  []byte
	pool sync.Pool
}

// NewSigner returns a Signer for a scheme such as "hmac-sha256".
func NewSigner(scheme string, key []byte) (*Signer, error) {
	var h func() hash.Hash
	switch scheme {
	case "hmac-sha256", "":
		h = sha256.New
	case "hmac-sha512":
		h = sha512.New
	case "hmac-sha1":
		h = sha1.New
	default:
		return nil, fmt.Errorf("unsupported signature scheme %q", scheme)
	}
	s := &Signer{key: key}
	s.pool.New = func() any { return hmac.New(h, key) }
	return s, nil
}

// Enabled reports whether messages are signed (the key is not empty).
func (s *Signer) Enabled() bool { return len(s.key) > 0 }

// Sign returns the hex signature of the four signed frames.
func (s *Signer) Sign(header, parent, metadata, content []byte) []byte {
	if !s.Enabled() {
		return nil
	}
	m := s.pool.Get().(hash.Hash)
	defer s.pool.Put(m)
	m.Reset()
	m.Write(header)
	m.Write(parent)
	m.Write(metadata)
	m.Write(content)
	var sum [64]byte
	raw := m.Sum(sum[:0])
	out := make([]byte, hex.EncodedLen(len(raw)))
	hex.Encode(out, raw)
	return out
}

// Verify checks sig against the frames in constant time.
func (s *Signer) Verify(sig, header, parent, metadata, content []byte) bool {
	if !s.Enabled() {
		return true
	}
	want := s.Sign(header, parent, metadata, content)
	return hmac.Equal(want, sig)
}

// Errors returned by Decode. They name why a message was rejected.
var (
	ErrNoDelimiter   = errors.New("no <IDS|MSG> delimiter")
	ErrShortMessage  = errors.New("fewer than five frames after the delimiter")
	ErrBadSignature  = errors.New("bad signature")
	ErrReplay        = errors.New("duplicate signature (replayed message)")
	ErrMissingHeader = errors.New("header has no msg_id or msg_type")
)

// Codec encodes and decodes messages, signing them and checking signatures.
// A Codec is safe for concurrent use.
type Codec struct {
	signer *Signer

	mu      sync.Mutex
	seen    map[string]struct{}
	order   []string
	maxSeen int
}

// NewCodec returns a Codec that signs with signer and rejects replayed
// signatures among the last 65536 it has seen (ipykernel's default).
func NewCodec(signer *Signer) *Codec {
	return &Codec{signer: signer, seen: make(map[string]struct{}), maxSeen: 1 << 16}
}

// Signer returns the codec's signer.
func (c *Codec) Signer() *Signer { return c.signer }

var emptyObject = []byte("{}")

func orEmpty(b []byte) []byte {
	if len(b) == 0 {
		return emptyObject
	}
	return b
}

// Encode returns the frames of m, identities first, signed.
func (c *Codec) Encode(m *Message) ([][]byte, error) {
	h, err := json.Marshal(m.Header)
	if err != nil {
		return nil, fmt.Errorf("encoding header: %w", err)
	}
	p := emptyObject
	if m.Parent != nil {
		if p, err = json.Marshal(m.Parent); err != nil {
			return nil, fmt.Errorf("encoding parent header: %w", err)
		}
	}
	md := orEmpty(m.Metadata)
	content := orEmpty(m.Content)
	frames := make([][]byte, 0, len(m.Identities)+6+len(m.Buffers))
	frames = append(frames, m.Identities...)
	frames = append(frames, []byte(Delimiter), c.signer.Sign(h, p, md, content), h, p, md, content)
	frames = append(frames, m.Buffers...)
	return frames, nil
}

// Decode parses frames received from a socket, checking the signature, the
// replay cache and the JSON of the header, parent header, metadata and
// content. The returned error says why a message was rejected.
func (c *Codec) Decode(frames [][]byte) (*Message, error) {
	i := 0
	for ; i < len(frames); i++ {
		if bytes.Equal(frames[i], []byte(Delimiter)) {
			break
		}
	}
	if i == len(frames) {
		return nil, ErrNoDelimiter
	}
	rest := frames[i+1:]
	if len(rest) < 5 {
		return nil, ErrShortMessage
	}
	sig, h, p, md, content := rest[0], rest[1], rest[2], rest[3], rest[4]
	if c.signer.Enabled() {
		if !c.signer.Verify(sig, h, p, md, content) {
			return nil, ErrBadSignature
		}
		if !c.remember(string(sig)) {
			return nil, ErrReplay
		}
	}
	m := &Message{Identities: frames[:i], Buffers: rest[5:]}
	if err := json.Unmarshal(h, &m.Header); err != nil {
		return nil, fmt.Errorf("malformed header: %w", err)
	}
	if m.Header.MsgID == "" || m.Header.MsgType == "" {
		return nil, ErrMissingHeader
	}
	if len(p) > 0 && !bytes.Equal(bytes.TrimSpace(p), emptyObject) {
		var ph Header
		if err := json.Unmarshal(p, &ph); err != nil {
			return nil, fmt.Errorf("malformed parent header: %w", err)
		}
		m.Parent = &ph
	}
	if !json.Valid(orEmpty(md)) {
		return nil, errors.New("malformed metadata JSON")
	}
	if !json.Valid(orEmpty(content)) {
		return nil, errors.New("malformed content JSON")
	}
	m.Metadata = orEmpty(md)
	m.Content = orEmpty(content)
	return m, nil
}

// remember records a signature, reporting false if it was seen before.
func (c *Codec) remember(sig string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, dup := c.seen[sig]; dup {
		return false
	}
	c.seen[sig] = struct{}{}
	c.order = append(c.order, sig)
	if len(c.order) > c.maxSeen {
		drop := c.order[:len(c.order)/10]
		for _, s := range drop {
			delete(c.seen, s)
		}
		c.order = append([]string(nil), c.order[len(drop):]...)
	}
	return true
}
