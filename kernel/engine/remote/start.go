package remote

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"sync"
	"sync/atomic"
	"time"
)

// child is one running session process.
type child struct {
	cmd    *exec.Cmd
	c      *conn
	stderr *tail
	folder string // its session folder (see NewGoPath), removed when it has exited
	// keep is set when the folder passes on to the next child (%reset:
	// what %go get fetched stays); connected once the child said hello.
	keep      atomic.Bool
	connected atomic.Bool
	exited    chan struct{} // closed when it has exited and its folder was removed (or kept)
	gone      chan struct{} // closed when the connection to the child ended
	// loss says why the supervisor ended the child, when it did.
	loss atomic.Pointer[loss]
	// reading is set while readLoop waits for a frame; frames counts the
	// frames read and the waits begun (see watch).
	reading atomic.Bool
	frames  atomic.Uint64
	// retired is set when the child announced that it ends after its
	// last result; it gets no more requests.
	retired atomic.Bool

	mu      sync.Mutex
	waiters map[uint64]chan frame // the requests awaiting their reply, by id
}

// loss is why the supervisor ended a child: the error of the cell it ran.
type loss struct{ name, reason, more string }

// lose records why ch is ended (the first reason sticks) and kills it.
func (ch *child) lose(l *loss) {
	ch.loss.CompareAndSwap(nil, l)
	ch.cmd.Process.Kill()
}

// connectTimeout is how long a new child may take to connect and say hello.
const connectTimeout = 30 * time.Second

// errClosed is returned once the supervisor is closed.
var errClosed = errors.New("the session is closed")

// startup is one start of a child process. It runs on its own goroutine,
// without the supervisor's mutex, so that requests that do not need the
// child (and Close) are not held up by a slow start; those that need it
// wait for done.
type startup struct {
	done  chan struct{} // closed when the start has ended; then ch or err is set
	abort chan struct{} // closed by Close: the start is abandoned
	ch    *child
	err   error
}

// Start implements engine.Starter: it removes the session folders that
// kernels which are gone left behind, and starts the first session process,
// in the background.
func (s *Supervisor) Start() {
	go RemoveStaleGoPaths(s.tmp, s.log)
	s.mu.Lock()
	s.claimLocked()
	s.mu.Unlock()
}

// ensure returns the running child, starting one if none runs, or an error
// if the start failed or ctx ended first (the start goes on).
func (s *Supervisor) ensure(ctx context.Context) (*child, error) {
	s.mu.Lock()
	ch, st, err := s.claimLocked()
	s.mu.Unlock()
	if st == nil {
		return ch, err
	}
	select {
	case <-st.done:
		return st.ch, st.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// claimLocked returns the running child, or else the start under way,
// beginning one when there is none.
func (s *Supervisor) claimLocked() (*child, *startup, error) {
	if s.closed {
		return nil, nil, errClosed
	}
	if s.starting != nil {
		return nil, s.starting, nil
	}
	old := s.child
	if old != nil && !isDone(old.gone) && !old.retired.Load() && !isDone(old.exited) {
		return old, nil, nil
	}
	st := &startup{done: make(chan struct{}), abort: make(chan struct{})}
	s.starting = st
	folder := s.reuse
	s.reuse = ""
	go s.runStart(st, old, folder)
	return nil, st, nil
}

// runStart starts a child that replaces old (which hung up, died or
// retired) and runs in folder (a new one if empty), and records it.
func (s *Supervisor) runStart(st *startup, old *child, folder string) {
	if old != nil {
		// Let old finish exiting: its session folder may pass on.
		select {
		case <-old.exited:
		case <-time.After(2 * time.Second):
			s.kill(old)
		}
	}
	ch, err := s.start(folder, st.abort)
	s.mu.Lock()
	if err == nil && s.closed {
		err = errClosed
	} else if err == nil {
		s.child = ch
		s.starts++
	} else if !errors.Is(err, errClosed) {
		s.log.Warn("starting the Go session", "err", err)
	}
	s.starting = nil
	st.ch, st.err = ch, err
	s.mu.Unlock()
	if errors.Is(err, errClosed) && ch != nil {
		ch.c.close()
		s.kill(ch)
		st.ch = nil
	}
	close(st.done)
}

// start starts a child in folder (a new one if empty) and waits until it
// has connected and authenticated, or abort is closed.
func (s *Supervisor) start(folder string, abort <-chan struct{}) (*child, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err == nil && folder == "" {
		folder, err = NewGoPath(s.tmp)
	}
	if err != nil {
		if ln != nil {
			ln.Close()
		}
		if folder != "" {
			os.RemoveAll(folder)
		}
		return nil, fmt.Errorf("preparing the session: %w", err)
	}
	defer ln.Close()
	var tok [16]byte
	rand.Read(tok[:])
	token := hex.EncodeToString(tok[:])
	ch, err := s.spawn(folder, ln.Addr().String(), token)
	if err != nil {
		return nil, err
	}
	if err := s.connect(ch, ln, token, abort); err != nil {
		ch.cmd.Process.Kill()
		return nil, err
	}
	ch.connected.Store(true)
	go s.readLoop(ch)
	go s.watch(ch)
	return ch, nil
}

// spawn starts the child process, which is to dial addr with token. What
// it prints on its standard output goes to the current cell; when it has
// exited, its folder is removed (unless it passes on) and exited is closed.
func (s *Supervisor) spawn(folder, addr, token string) (*child, error) {
	cmd := exec.Command(s.argv[0], s.argv[1:]...)
	cmd.Dir = s.dir
	cmd.Env = append(os.Environ(), envAddr+"="+addr, envToken+"="+token, envGoPath+"="+GoPathIn(folder))
	ch := &child{cmd: cmd, stderr: &tail{max: 64 << 10}, folder: folder, exited: make(chan struct{}), gone: make(chan struct{}), waiters: map[uint64]chan frame{}}
	cmd.Stderr = ch.stderr
	stdout, err := cmd.StdoutPipe()
	if err == nil {
		err = cmd.Start()
	}
	if err != nil {
		os.RemoveAll(folder)
		return nil, fmt.Errorf("starting the session process: %w", err)
	}
	go func() {
		// Whatever compiled code prints on the child's real stdout goes to
		// the current cell.
		buf := make([]byte, 32<<10)
		for {
			n, err := stdout.Read(buf)
			if n > 0 && !ch.retired.Load() {
				s.route(0, "stdout", append([]byte(nil), buf[:n]...))
			}
			if err != nil {
				break
			}
		}
		cmd.Wait()
		if ch.connected.Load() {
			<-ch.gone // readLoop has seen every frame, a reset's too
		}
		if !ch.keep.Load() {
			if err := os.RemoveAll(folder); err != nil {
				s.log.Warn("removing the session's folder", "dir", folder, "err", err)
			}
		}
		close(ch.exited)
	}()
	return ch, nil
}

// connect waits for ch to dial ln and checks the token it says hello with.
func (s *Supervisor) connect(ch *child, ln net.Listener, token string, abort <-chan struct{}) error {
	type accepted struct {
		c   net.Conn
		err error
	}
	acc := make(chan accepted, 1)
	go func() {
		c, err := ln.Accept()
		acc <- accepted{c, err}
	}()
	var a accepted
	select {
	case a = <-acc:
	case <-ch.exited:
		why := ch.stderr.summary()
		if why == "" {
			why = ch.stderr.detail()
		}
		return fmt.Errorf("the session process exited at start: %s", why)
	case <-abort:
		return errClosed
	case <-time.After(connectTimeout):
		return fmt.Errorf("the session process did not connect within %v", connectTimeout)
	}
	if a.err != nil {
		return a.err
	}
	ch.c = newConn(a.c)
	hello, err := ch.c.recv()
	if h, ok := hello.Msg.(*helloMsg); err != nil || !ok || h.Token != token {
		a.c.Close()
		return errors.New("the session process did not authenticate")
	}
	return nil
}
