// Package remote runs an engine.Engine in a supervised child process, so
// that nothing a cell does (a panic in a goroutine, os.Exit, a stack
// overflow, running out of memory) can take the kernel away from the
// frontend: the kernel reports the crash under the cell and starts a fresh
// session.
//
// The parent (Supervisor) and the child (Serve) exchange JSON frames, one
// per line, over a loopback TCP connection that the child dials back with a
// one-time token; the child's standard output and error stay free for
// whatever compiled code prints.
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

// frame is one message between parent and child. Op says which fields are
// used.
type frame struct {
	Op string `json:"op"`
	ID uint64 `json:"id,omitempty"`

	// Parent to child.
	Request *engine.Request `json:"request,omitempty"` // execute
	Code    string          `json:"code,omitempty"`    // complete, inspect, is_complete
	Cursor  int             `json:"cursor,omitempty"`
	Detail  int             `json:"detail,omitempty"`
	Value   string          `json:"value,omitempty"` // input_reply
	Token   string          `json:"token,omitempty"` // hello (child to parent)

	// Child to parent.
	Result     *engine.Result      `json:"result,omitempty"`
	Completion *engine.Completion  `json:"completion,omitempty"`
	Inspection *engine.Inspection  `json:"inspection,omitempty"`
	Status     string              `json:"status,omitempty"`
	Indent     string              `json:"indent,omitempty"`
	Name       string              `json:"name,omitempty"` // stream name
	Data       []byte              `json:"data,omitempty"` // stream bytes
	Display    *engine.DisplayData `json:"display,omitempty"`
	Wait       bool                `json:"wait,omitempty"`
	Prompt     string              `json:"prompt,omitempty"`
	Password   bool                `json:"password,omitempty"`
	Err        string              `json:"err,omitempty"`
	Retire     bool                `json:"retire,omitempty"` // result: the child ends after this frame
	// Reset (with Retire) says the cell asked for a new session process
	// (%reset); Rest is the code of the cell that runs there.
	Reset bool   `json:"reset,omitempty"`
	Rest  string `json:"rest,omitempty"`
}

// Ops.
const (
	opHello      = "hello"
	opExecute    = "execute"
	opCancel     = "cancel"
	opComplete   = "complete"
	opInspect    = "inspect"
	opIsComplete = "is_complete"
	opInputReply = "input_reply"
	opPing       = "ping" // health check; the child answers opPong at once

	opResult       = "result"
	opStream       = "stream"
	opDisplay      = "display"
	opClear        = "clear"
	opInputRequest = "input_request"
	opPong         = "pong"
	opFatal        = "fatal" // the child ends itself; Err says why
)

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

func (c *conn) send(f *frame) error {
	if f.Op == opStream {
		c.wmu.Lock()
		defer c.wmu.Unlock()
		fmt.Fprintf(c.w, "#%d %s %d\n", f.ID, f.Name, len(f.Data))
		if _, err := c.w.Write(f.Data); err != nil {
			return err
		}
		return c.w.Flush()
	}
	b, err := json.Marshal(f)
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

// maxReuse bounds the stream buffer a conn keeps between frames.
const maxReuse = 4 << 20

// recv reads the next frame. A stream frame's Data is valid only until the
// next call.
func (c *conn) recv() (*frame, error) {
	line, err := c.r.ReadBytes('\n')
	if err != nil {
		return nil, err
	}
	if len(line) > 0 && line[0] == '#' {
		f := &frame{Op: opStream}
		fields := strings.Fields(string(line[1:]))
		var n int
		var err1, err2 error
		if len(fields) == 3 {
			f.ID, err1 = strconv.ParseUint(fields[0], 10, 64)
			f.Name = fields[1]
			n, err2 = strconv.Atoi(fields[2])
		}
		if len(fields) != 3 || err1 != nil || err2 != nil || n < 0 {
			return nil, fmt.Errorf("malformed stream frame %q", line)
		}
		// The bytes go to an io.Writer, which may not keep them: the
		// next stream frame reuses their buffer.
		switch {
		case n > maxReuse:
			f.Data = make([]byte, n)
		case n > cap(c.data):
			c.data = make([]byte, n)
			fallthrough
		default:
			f.Data = c.data[:n]
		}
		if _, err := io.ReadFull(c.r, f.Data); err != nil {
			return nil, err
		}
		return f, nil
	}
	var f frame
	if err := json.Unmarshal(line, &f); err != nil {
		return nil, err
	}
	return &f, nil
}

func (c *conn) close() error { return c.c.Close() }
