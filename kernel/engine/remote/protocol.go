// Package remote runs an engine.Engine in a supervised child process, so
// that nothing a cell does (a panic in a goroutine, os.Exit, a stack
// overflow, running out of memory) can take the kernel away from the
// frontend: the kernel reports the crash under the cell and starts a fresh
// session.
//
// The parent (Supervisor) and the child (Serve) exchange frames, one per
// line, over a loopback TCP connection that the child dials back with a
// one-time token; the child's standard output and error stay free for
// whatever compiled code prints. The package knows nothing about the
// language the engine runs.
package remote

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/gopad/gopad/kernel/engine"
)

// Environment variables that tell a child where to connect.
const (
	envAddr  = "GOPAD_SESSION_ADDR"
	envToken = "GOPAD_SESSION_TOKEN"
)

// frame is one message between parent and child: a typed message and the
// id of the request (the cell) it belongs to.
type frame struct {
	ID  uint64
	Msg message
}

// message is the payload of a frame; op names its type on the wire.
type message interface {
	op() string
}

// Parent to child.
type (
	// executeMsg runs a cell; the child answers with a resultMsg.
	executeMsg struct {
		Request engine.Request `json:"request"`
	}
	// cancelMsg interrupts the cell with the frame's id.
	cancelMsg struct{}
	// completeMsg asks for completions; the answer is a completionMsg.
	completeMsg struct {
		Code   string `json:"code"`
		Cursor int    `json:"cursor,omitempty"`
	}
	// inspectMsg asks about a name; the answer is an inspectionMsg.
	inspectMsg struct {
		Code   string `json:"code"`
		Cursor int    `json:"cursor,omitempty"`
		Detail int    `json:"detail,omitempty"`
	}
	// isCompleteMsg asks whether code is ready to run; the answer is an
	// isCompleteReplyMsg.
	isCompleteMsg struct {
		Code string `json:"code"`
	}
	// inputReplyMsg answers an inputRequestMsg: the line typed, or why
	// there is none.
	inputReplyMsg struct {
		Value string `json:"value,omitempty"`
		Err   string `json:"err,omitempty"`
	}
	// pingMsg is a health check; the child answers with a pongMsg at once.
	pingMsg struct{}
)

// Child to parent.
type (
	// helloMsg is the child's first frame: the token it was given.
	helloMsg struct {
		Token string `json:"token"`
	}
	// resultMsg ends a cell. Retire says the child ends after this frame;
	// Reset (with Retire) says the cell asked for a new session process
	// (%reset), and Rest is the code of the cell that runs there.
	resultMsg struct {
		Result *engine.Result `json:"result"`
		Retire bool           `json:"retire,omitempty"`
		Reset  bool           `json:"reset,omitempty"`
		Rest   string         `json:"rest,omitempty"`
	}
	completionMsg struct {
		Completion engine.Completion `json:"completion"`
	}
	inspectionMsg struct {
		Inspection engine.Inspection `json:"inspection"`
	}
	isCompleteReplyMsg struct {
		Status string `json:"status"`
		Indent string `json:"indent,omitempty"`
	}
	// streamMsg is output on the stream Name ("stdout" or "stderr").
	streamMsg struct {
		Name string
		Data []byte
	}
	displayMsg struct {
		Display engine.DisplayData `json:"display"`
	}
	clearMsg struct {
		Wait bool `json:"wait,omitempty"`
	}
	inputRequestMsg struct {
		Prompt   string `json:"prompt"`
		Password bool   `json:"password,omitempty"`
	}
	pongMsg struct{}
	// fatalMsg says the child ends itself, and why.
	fatalMsg struct {
		Err string `json:"err"`
	}
)

// unknownMsg is a frame whose op this side does not know; it is logged or
// ignored, never fatal.
type unknownMsg struct{ Op string }

func (*executeMsg) op() string         { return "execute" }
func (*cancelMsg) op() string          { return "cancel" }
func (*completeMsg) op() string        { return "complete" }
func (*inspectMsg) op() string         { return "inspect" }
func (*isCompleteMsg) op() string      { return "is_complete" }
func (*inputReplyMsg) op() string      { return "input_reply" }
func (*pingMsg) op() string            { return "ping" }
func (*helloMsg) op() string           { return "hello" }
func (*resultMsg) op() string          { return "result" }
func (*completionMsg) op() string      { return "completion" }
func (*inspectionMsg) op() string      { return "inspection" }
func (*isCompleteReplyMsg) op() string { return "is_complete_reply" }
func (*streamMsg) op() string          { return "stream" }
func (*displayMsg) op() string         { return "display" }
func (*clearMsg) op() string           { return "clear" }
func (*inputRequestMsg) op() string    { return "input_request" }
func (*pongMsg) op() string            { return "pong" }
func (*fatalMsg) op() string           { return "fatal" }
func (m *unknownMsg) op() string       { return m.Op }

// newMessage returns an empty message of the type op names.
var newMessage = map[string]func() message{}

func init() {
	for _, m := range []func() message{
		func() message { return new(executeMsg) },
		func() message { return new(cancelMsg) },
		func() message { return new(completeMsg) },
		func() message { return new(inspectMsg) },
		func() message { return new(isCompleteMsg) },
		func() message { return new(inputReplyMsg) },
		func() message { return new(pingMsg) },
		func() message { return new(helloMsg) },
		func() message { return new(resultMsg) },
		func() message { return new(completionMsg) },
		func() message { return new(inspectionMsg) },
		func() message { return new(isCompleteReplyMsg) },
		func() message { return new(displayMsg) },
		func() message { return new(clearMsg) },
		func() message { return new(inputRequestMsg) },
		func() message { return new(pongMsg) },
		func() message { return new(fatalMsg) },
	} {
		newMessage[m().op()] = m
	}
}

// envelope is the JSON form of a frame other than a stream frame: the op,
// the id, and the message as body (left out when it is empty).
type envelope struct {
	Op   string          `json:"op"`
	ID   uint64          `json:"id,omitempty"`
	Body json.RawMessage `json:"body,omitempty"`
}

// conn reads and writes frames; writes are safe for concurrent use.
type conn struct {
	r    *bufio.Reader
	data []byte // the last stream frame's bytes, reused by the next
	wmu  sync.Mutex
	w    *bufio.Writer
	c    io.Closer
}

func newConn(rwc io.ReadWriteCloser) *conn {
	return &conn{r: bufio.NewReaderSize(rwc, 64<<10), w: bufio.NewWriterSize(rwc, 64<<10), c: rwc}
}

// Stream output, the bulk of the traffic, travels as a raw frame: a line
// "#ID NAME LENGTH" and then LENGTH bytes. Other frames are JSON lines.

// send writes the frame id, m.
func (c *conn) send(id uint64, m message) error {
	if s, ok := m.(*streamMsg); ok {
		c.wmu.Lock()
		defer c.wmu.Unlock()
		fmt.Fprintf(c.w, "#%d %s %d\n", id, s.Name, len(s.Data))
		if _, err := c.w.Write(s.Data); err != nil {
			return err
		}
		return c.w.Flush()
	}
	b, err := encode(id, m)
	if err != nil {
		return err
	}
	c.wmu.Lock()
	defer c.wmu.Unlock()
	if _, err := c.w.Write(append(b, '\n')); err != nil {
		return err
	}
	return c.w.Flush()
}

// encode returns the JSON line (without its newline) of a frame.
func encode(id uint64, m message) ([]byte, error) {
	body, err := json.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("encoding a %s frame: %w", m.op(), err)
	}
	if string(body) == "{}" {
		body = nil
	}
	return json.Marshal(envelope{Op: m.op(), ID: id, Body: body})
}

// decode reads a JSON line. An op it does not know gives an unknownMsg.
func decode(line []byte) (frame, error) {
	var env envelope
	if err := json.Unmarshal(line, &env); err != nil {
		return frame{}, fmt.Errorf("malformed frame: %w", err)
	}
	mk := newMessage[env.Op]
	if mk == nil {
		return frame{ID: env.ID, Msg: &unknownMsg{Op: env.Op}}, nil
	}
	m := mk()
	if len(env.Body) > 0 {
		if err := json.Unmarshal(env.Body, m); err != nil {
			return frame{}, fmt.Errorf("malformed %s frame: %w", env.Op, err)
		}
	}
	return frame{ID: env.ID, Msg: m}, nil
}

// maxReuse bounds the stream buffer a conn keeps between frames.
const maxReuse = 4 << 20

// recv reads the next frame. A stream frame's Data is valid only until the
// next call.
func (c *conn) recv() (frame, error) {
	line, err := c.r.ReadBytes('\n')
	if err != nil {
		return frame{}, err
	}
	if len(line) > 0 && line[0] == '#' {
		return c.recvStream(line)
	}
	return decode(line)
}

// recvStream reads the bytes of the stream frame whose first line is line.
func (c *conn) recvStream(line []byte) (frame, error) {
	fields := strings.Fields(string(line[1:]))
	var id uint64
	var n int
	var err1, err2 error
	s := &streamMsg{}
	if len(fields) == 3 {
		id, err1 = strconv.ParseUint(fields[0], 10, 64)
		s.Name = fields[1]
		n, err2 = strconv.Atoi(fields[2])
	}
	if len(fields) != 3 || err1 != nil || err2 != nil || n < 0 {
		return frame{}, fmt.Errorf("malformed stream frame %q", line)
	}
	// The bytes go to an io.Writer, which may not keep them: the next
	// stream frame reuses their buffer.
	switch {
	case n > maxReuse:
		s.Data = make([]byte, n)
	case n > cap(c.data):
		c.data = make([]byte, n)
		fallthrough
	default:
		s.Data = c.data[:n]
	}
	if _, err := io.ReadFull(c.r, s.Data); err != nil {
		return frame{}, err
	}
	return frame{ID: id, Msg: s}, nil
}

func (c *conn) close() error { return c.c.Close() }
