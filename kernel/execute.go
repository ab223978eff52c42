package kernel

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"slices"
	"unicode/utf8"

	"github.com/gopad/gopad/kernel/engine"
	"github.com/gopad/gopad/kernel/wire"
)

// execute handles execute_request on the shell goroutine.
func (k *Kernel) execute(ctx context.Context, m *wire.Message) {
	req, err := decodeExecute(m.Content)
	if err != nil {
		k.badRequest(m, "execute_reply", err)
		return
	}
	silent := req.Silent
	store := boolOr(req.StoreHistory, !silent) && !silent
	if store {
		k.count++
	}
	n := k.count
	// Interruptible before execute_input goes out: a client may interrupt
	// as soon as it sees it.
	cellCtx, cancel := context.WithCancel(ctx)
	k.mu.Lock()
	k.cancelCell = cancel
	k.mu.Unlock()
	if !silent {
		k.publish(m, "execute_input", ExecuteInput{Code: req.Code, ExecutionCount: n})
	}
	if store {
		k.history.Add(n, req.Code)
	}

	out := newCellOutput(k, m, silent, boolOr(req.AllowStdin, true))
	res := k.cfg.Engine.Execute(cellCtx, engine.Request{
		Code: req.Code, Silent: silent, AllowStdin: out.stdin,
		ExecutionCount: n, UserExpressions: req.UserExpressions,
	}, out)
	k.mu.Lock()
	k.cancelCell = nil
	k.mu.Unlock()
	cancel()
	out.Flush()

	if res.Data != nil && !silent {
		md := res.Metadata
		if md == nil {
			md = map[string]any{}
		}
		k.publish(m, "execute_result", ExecuteResultContent{ExecutionCount: n, Data: res.Data, Metadata: md})
	}
	rep := ExecuteReply{Status: "ok", ExecutionCount: n, Payload: res.Payloads}
	if rep.Payload == nil {
		rep.Payload = []map[string]any{}
	}
	rep.UserExpressions = map[string]json.RawMessage{}
	for name, v := range res.UserExpressions {
		rep.UserExpressions[name] = userExpression(v)
	}
	if e := res.Err; e != nil {
		tb := e.Traceback
		if tb == nil {
			tb = []string{}
		}
		if !silent {
			k.publish(m, "error", ErrorContent{EName: e.Name, EValue: e.Value, Traceback: tb})
		}
		rep.Status, rep.EName, rep.EValue, rep.Traceback = "error", e.Name, e.Value, tb
		if boolOr(req.StopOnError, true) {
			k.aborting = true
		}
	}
	k.reply(k.shell, m, "execute_reply", rep)
}

// decodeExecute decodes an execute_request's content, which must have code
// (null or {} is refused before it uses up an execution count).
func decodeExecute(content json.RawMessage) (ExecuteRequest, error) {
	var req ExecuteRequest
	if err := json.Unmarshal(content, &req); err != nil {
		return req, err
	}
	if req.Code == "" {
		// Tell "" from no code at all; the content is small.
		var probe struct {
			Code *string `json:"code"`
		}
		if json.Unmarshal(content, &probe); probe.Code == nil {
			return req, errors.New("no code in the content")
		}
	}
	return req, nil
}

func userExpression(v engine.ExprResult) json.RawMessage {
	var c any
	if v.Err != nil {
		c = errorReply{Status: "error", EName: v.Err.Name, EValue: v.Err.Value, Traceback: nonNil(v.Err.Traceback)}
	} else {
		c = struct {
			Status   string         `json:"status"`
			Data     map[string]any `json:"data"`
			Metadata map[string]any `json:"metadata"`
		}{"ok", v.Data, map[string]any{}}
	}
	b, _ := json.Marshal(c)
	return b
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func (k *Kernel) complete(ctx context.Context, m *wire.Message) {
	var req CompleteRequest
	if err := json.Unmarshal(m.Content, &req); err != nil {
		k.badRequest(m, "complete_reply", err)
		return
	}
	req.CursorPos = clampCursor(req.Code, req.CursorPos)
	c := k.cfg.Engine.Complete(ctx, req.Code, req.CursorPos)
	rep := CompleteReply{
		Status: "ok", Matches: c.Matches, CursorStart: c.CursorStart, CursorEnd: c.CursorEnd,
		Metadata: map[string]any{},
	}
	if rep.Matches == nil {
		rep.Matches = []string{}
		rep.CursorStart, rep.CursorEnd = req.CursorPos, req.CursorPos
	}
	if c.Types != nil {
		rep.Metadata["_jupyter_types_experimental"] = c.Types
	}
	k.reply(k.shell, m, "complete_reply", rep)
}

func (k *Kernel) inspect(ctx context.Context, m *wire.Message) {
	var req InspectRequest
	if err := json.Unmarshal(m.Content, &req); err != nil {
		k.badRequest(m, "inspect_reply", err)
		return
	}
	req.CursorPos = clampCursor(req.Code, req.CursorPos)
	in := k.cfg.Engine.Inspect(ctx, req.Code, req.CursorPos, req.DetailLevel)
	data := in.Data
	if data == nil {
		data = map[string]any{}
	}
	k.reply(k.shell, m, "inspect_reply", InspectReply{Status: "ok", Found: in.Found, Data: data, Metadata: map[string]any{}})
}

func (k *Kernel) historyRequest(m *wire.Message) {
	var req HistoryRequest
	if err := json.Unmarshal(m.Content, &req); err != nil {
		k.badRequest(m, "history_reply", err)
		return
	}
	k.reply(k.shell, m, "history_reply", HistoryReply{Status: "ok", History: k.history.Query(req)})
}

func (k *Kernel) badRequest(m *wire.Message, replyType string, err error) {
	k.log.Warn("malformed request", "msg_type", m.Header.MsgType, "err", err)
	k.reply(k.shell, m, replyType, errorReply{
		Status: "error", EName: "BadRequest", EValue: "malformed " + m.Header.MsgType + ": " + err.Error(), Traceback: []string{},
	})
}

// clampCursor keeps a cursor position (in code points) within code.
func clampCursor(code string, pos int) int {
	n := utf8.RuneCountInString(code)
	if pos < 0 || pos > n {
		return n
	}
	return pos
}

// pendingInput is the input_request a cell waits on: who was asked (the
// routing identities it was sent to) and its msg_id.
type pendingInput struct {
	to    [][]byte
	msgID string
}

// input sends an input_request on stdin to the client that sent parent and
// waits for its input_reply.
func (k *Kernel) input(ctx context.Context, parent *wire.Message, prompt string, password bool) (string, error) {
	req, err := wire.Reply(parent, "input_request", InputRequest{Prompt: prompt, Password: password})
	if err != nil {
		return "", err
	}
	k.mu.Lock()
	if k.inputWait != nil {
		k.mu.Unlock()
		return "", errors.New("another input request is already waiting")
	}
	k.inputWait = &pendingInput{to: req.Identities, msgID: req.Header.MsgID}
	k.mu.Unlock()
	defer func() {
		k.mu.Lock()
		k.inputWait = nil
		k.mu.Unlock()
	}()
	// Drop a stale reply to an earlier, interrupted request.
	select {
	case <-k.stdinReply:
	default:
	}
	k.stdin.send(req)
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	case r := <-k.stdinReply:
		var rep InputReply
		if err := json.Unmarshal(r.Content, &rep); err != nil {
			return "", errors.New("malformed input_reply: " + err.Error())
		}
		return rep.Value, nil
	}
}

// handleStdin passes on an input_reply from the client that was asked,
// whose parent is the waiting input_request; anything else is logged and
// dropped.
func (k *Kernel) handleStdin(m *wire.Message) {
	if m.Header.MsgType != "input_reply" {
		k.log.Warn("unexpected message on stdin", "msg_type", m.Header.MsgType)
		return
	}
	k.mu.Lock()
	p := k.inputWait
	k.mu.Unlock()
	switch {
	case p == nil:
		k.log.Warn("dropping input_reply: no input_request waiting")
		return
	case !slices.EqualFunc(m.Identities, p.to, bytes.Equal):
		k.log.Warn("dropping input_reply: from another connection than the one asked")
		return
	case m.Parent == nil || m.Parent.MsgID != p.msgID:
		k.log.Warn("dropping input_reply: its parent is not the waiting input_request")
		return
	}
	select {
	case k.stdinReply <- m:
	default:
	}
}
