package kernel_test

// End-to-end protocol tests against the real gopad binary (built once by
// hdGopad, started by hdStart): each drives the kernel over ZeroMQ with
// kernel/client and asserts what a frontend would see, through the kernel
// process and its supervised session child, for behaviours that were only
// tested with a fake engine: user_expressions, input_request, rich displays
// and images, late goroutine output, a session crash with the heartbeat
// running, kernel_info_reply and complete_request.

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/gopad/gopad/kernel/client"
	"github.com/gopad/gopad/kernel/engine"
)

const peTimeout = 60 * time.Second

// peRequest sends a request on shell with the given content and returns its
// reply and every iopub message it caused, up to idle.
func peRequest(t testing.TB, c *client.Client, msgType string, content any) (client.Msg, []client.Msg) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), peTimeout)
	defer cancel()
	var io []client.Msg // onIOPub runs on this goroutine, inside Request
	rep, err := c.Request(ctx, false, msgType, content, func(m client.Msg) { io = append(io, m) })
	if err != nil {
		t.Fatalf("%s: %v", msgType, err)
	}
	return rep, io
}

// peExecute sends an execute_request with allow_stdin as given and
// user_expressions (nil: none).
func peExecute(t testing.TB, c *client.Client, code string, allowStdin bool, exprs map[string]string) (client.Msg, []client.Msg) {
	t.Helper()
	if exprs == nil {
		exprs = map[string]string{}
	}
	return peRequest(t, c, "execute_request", map[string]any{
		"code": code, "silent": false, "store_history": true, "user_expressions": exprs,
		"allow_stdin": allowStdin, "stop_on_error": false,
	})
}

// peStream concatenates the text of the name stream messages of ms.
func peStream(ms []client.Msg, name string) string {
	var b strings.Builder
	for _, m := range ms {
		if m.Header.MsgType != "stream" {
			continue
		}
		var s struct{ Name, Text string }
		m.Decode(&s)
		if s.Name == name {
			b.WriteString(s.Text)
		}
	}
	return b.String()
}

func peOfType(ms []client.Msg, msgType string) []client.Msg {
	var out []client.Msg
	for _, m := range ms {
		if m.Header.MsgType == msgType {
			out = append(out, m)
		}
	}
	return out
}

func peDecode(t testing.TB, m client.Msg, v any) {
	t.Helper()
	if err := m.Decode(v); err != nil {
		t.Fatalf("%s content %s: %v", m.Header.MsgType, m.Content, err)
	}
}

// TestProtoE2EUserExpressions: the execute_reply carries the value of each
// user expression, and an expression that fails gives an error entry of
// its own while the others and the cell succeed.
func TestProtoE2EUserExpressions(t *testing.T) {
	t.Parallel()
	c, _ := hdStart(t, client.Options{})
	if rep, _ := hdExec(t, c, "x := 21", peTimeout); rep.Status != "ok" {
		t.Fatalf("x := 21: %+v", rep)
	}
	m, io := peExecute(t, c, `fmt.Println("cell")`, false, map[string]string{"a": "x * 2", "bad": "nosuch", "panics": "[]int{}[x]", "s": `"größe: " + fmt.Sprint(x)`})
	var rep struct {
		Status          string `json:"status"`
		UserExpressions map[string]struct {
			Status    string            `json:"status"`
			Data      map[string]string `json:"data"`
			Metadata  map[string]any    `json:"metadata"`
			EName     string            `json:"ename"`
			EValue    string            `json:"evalue"`
			Traceback []string          `json:"traceback"`
		} `json:"user_expressions"`
	}
	peDecode(t, m, &rep)
	if rep.Status != "ok" {
		t.Fatalf("execute_reply %s", m.Content)
	}
	a, ok := rep.UserExpressions["a"]
	if !ok || a.Status != "ok" || a.Data["text/plain"] != "42" || a.Metadata == nil {
		t.Errorf(`user_expressions["a"] = %+v, want status ok, data text/plain "42", metadata {}`, a)
	}
	bad, ok := rep.UserExpressions["bad"]
	if !ok || bad.Status != "error" || bad.EName == "" || !strings.Contains(bad.EValue, "nosuch") || bad.Traceback == nil {
		t.Errorf(`user_expressions["bad"] = %+v, want status error with ename, an evalue naming "nosuch" and a traceback`, bad)
	}
	if p := rep.UserExpressions["panics"]; p.Status != "error" || !strings.Contains(p.EValue, "index out of range") {
		t.Errorf(`user_expressions["panics"] = %+v, want an index out of range error`, p)
	}
	// A user expression shows as the same expression's execute_result.
	_, rio := peExecute(t, c, `"größe: " + fmt.Sprint(x)`, false, nil)
	var want struct {
		Data map[string]string `json:"data"`
	}
	if res := peOfType(rio, "execute_result"); len(res) == 1 {
		peDecode(t, res[0], &want)
	}
	if s := rep.UserExpressions["s"]; s.Status != "ok" || !strings.Contains(s.Data["text/plain"], "größe: 21") || s.Data["text/plain"] != want.Data["text/plain"] {
		t.Errorf(`user_expressions["s"] = %+v, want the text/plain of its execute_result, %q`, s, want.Data["text/plain"])
	}
	if out := peStream(io, "stdout"); out != "cell\n" {
		t.Errorf("cell stdout %q", out)
	}
	if errs := peOfType(io, "error"); len(errs) != 0 {
		t.Errorf("failing user expressions published %d error messages; they belong in the reply only", len(errs))
	}
	if len(rep.UserExpressions) != 4 {
		t.Errorf("user_expressions has %d entries, want 4: %s", len(rep.UserExpressions), m.Content)
	}
	// The expressions did not change the session.
	if rep, out := hdExec(t, c, "fmt.Println(x)", peTimeout); rep.Status != "ok" || out != "21\n" {
		t.Errorf("after user_expressions: %+v %q", rep, out)
	}
}

// TestProtoE2EInputRoundTrip: a cell reading stdin sends input_request to
// the client and prints the line it answered; display.Password's prompt and
// password flag reach the client too.
func TestProtoE2EInputRoundTrip(t *testing.T) {
	t.Parallel()
	type ask struct {
		prompt   string
		password bool
	}
	var mu sync.Mutex
	var asks []ask
	c, _ := hdStart(t, client.Options{InputHandler: func(prompt string, pw bool) string {
		mu.Lock()
		defer mu.Unlock()
		asks = append(asks, ask{prompt, pw})
		if pw {
			return "s3cret"
		}
		return "typed"
	}})
	asked := func() []ask {
		mu.Lock()
		defer mu.Unlock()
		a := asks
		asks = nil
		return a
	}
	rep, out := hdExec(t, c, "var s string\nfmt.Scanln(&s)\nfmt.Println(\"got\", s)", peTimeout)
	if rep.Status != "ok" || out != "got typed\n" {
		t.Errorf("cell with input: %+v, stdout %q, want \"got typed\\n\"", rep, out)
	}
	if a := asked(); len(a) != 1 || a[0] != (ask{"", false}) {
		t.Errorf("input requests %+v, want one, without prompt or password", a)
	}
	// bufio on os.Stdin asks again for the next line.
	rep, out = hdExec(t, c, "r := bufio.NewReader(os.Stdin)\nline, err := r.ReadString('\\n')\nfmt.Printf(\"%q %v\\n\", line, err)", peTimeout)
	if rep.Status != "ok" || out != "\"typed\\n\" <nil>\n" {
		t.Errorf("bufio read: %+v, stdout %q", rep, out)
	}
	asked()
	rep, out = hdExec(t, c, "import \"github.com/gopad/gopad/interp/display\"\npin, err := display.Password(\"pin: \")\nfmt.Println(pin, err)", peTimeout)
	if rep.Status != "ok" || out != "s3cret <nil>\n" {
		t.Errorf("display.Password: %+v, stdout %q", rep, out)
	}
	if a := asked(); len(a) != 1 || a[0] != (ask{"pin: ", true}) {
		t.Errorf("input requests %+v, want one with prompt \"pin: \" and password true", a)
	}
}

// TestProtoE2EInputNotAllowed: with allow_stdin false a read of stdin
// fails at once with engine.ErrNoStdin's message; no input_request is sent.
func TestProtoE2EInputNotAllowed(t *testing.T) {
	t.Parallel()
	var asked atomic.Int32
	c, _ := hdStart(t, client.Options{InputHandler: func(string, bool) string {
		asked.Add(1)
		return "should not be asked"
	}})
	t0 := time.Now()
	m, io := peExecute(t, c, "var s string\n_, err := fmt.Scanln(&s)\nfmt.Println(\"got\", s)\nfmt.Println(\"err:\", err)", false, nil)
	var rep client.ExecuteReply
	peDecode(t, m, &rep)
	out := peStream(io, "stdout")
	if rep.Status != "ok" || !strings.HasPrefix(out, "got \nerr: ") || !strings.Contains(out, engine.ErrNoStdin.Error()) {
		t.Errorf("read with allow_stdin false: %+v, stdout %q, want the error %q", rep, out, engine.ErrNoStdin)
	}
	// The brief's cell, which ignores the error, ends too (no hang).
	m, io = peExecute(t, c, "var s2 string\nfmt.Scanln(&s2)\nfmt.Println(\"got\", s2)", false, nil)
	peDecode(t, m, &rep)
	if out := peStream(io, "stdout"); rep.Status != "ok" || out != "got \n" {
		t.Errorf("cell ignoring the error: %+v, stdout %q", rep, out)
	}
	if d := time.Since(t0); d > 10*time.Second {
		t.Errorf("reads without stdin took %v", d)
	}
	if n := asked.Load(); n != 0 {
		t.Errorf("%d input_request messages with allow_stdin false, want none", n)
	}
}

type peDisplay struct {
	Data      map[string]any `json:"data"`
	Metadata  map[string]any `json:"metadata"`
	Transient struct {
		DisplayID string `json:"display_id"`
	} `json:"transient"`
}

// TestProtoE2EDisplayUpdate: a display.Handle shows display_data with
// transient.display_id, and its later updates (in the same cell and in a
// later one) are update_display_data with the same id.
func TestProtoE2EDisplayUpdate(t *testing.T) {
	t.Parallel()
	c, _ := hdStart(t, client.Options{})
	code := `import "github.com/gopad/gopad/interp/display"
h := display.NewHandle()
h.HTML("<b>step 1</b>")
h.Text("step 2")
fmt.Println(h.ID())`
	m, io := peExecute(t, c, code, false, nil)
	var rep client.ExecuteReply
	peDecode(t, m, &rep)
	if rep.Status != "ok" {
		t.Fatalf("display cell: %+v", rep)
	}
	id := strings.TrimSpace(peStream(io, "stdout"))
	if id == "" {
		t.Fatal("the cell printed no display id")
	}
	var kinds []string
	for _, m := range io {
		if k := m.Header.MsgType; k == "display_data" || k == "update_display_data" {
			kinds = append(kinds, k)
		}
	}
	if want := []string{"display_data", "update_display_data"}; !slices.Equal(kinds, want) {
		t.Fatalf("display messages %v, want %v", kinds, want)
	}
	var first, upd peDisplay
	peDecode(t, peOfType(io, "display_data")[0], &first)
	peDecode(t, peOfType(io, "update_display_data")[0], &upd)
	if first.Transient.DisplayID != id || first.Data["text/html"] != "<b>step 1</b>" || first.Data["text/plain"] != "step 1" {
		t.Errorf("display_data %+v, want display_id %s and the HTML bundle", first, id)
	}
	if upd.Transient.DisplayID != id || upd.Data["text/plain"] != "step 2" || first.Metadata == nil || upd.Metadata == nil {
		t.Errorf("update_display_data %+v, want display_id %s and text/plain \"step 2\"", upd, id)
	}
	// A later cell updates the display of the first one.
	m, io = peExecute(t, c, `h.Text("step 3")`, false, nil)
	peDecode(t, m, &rep)
	ups := peOfType(io, "update_display_data")
	if rep.Status != "ok" || len(ups) != 1 || len(peOfType(io, "display_data")) != 0 {
		t.Fatalf("update from a later cell: %+v, iopub %v", rep, peTypes(io))
	}
	peDecode(t, ups[0], &upd)
	if upd.Transient.DisplayID != id || upd.Data["text/plain"] != "step 3" {
		t.Errorf("update from a later cell %+v, want display_id %s", upd, id)
	}
	if ups[0].Parent.MsgID != m.Parent.MsgID {
		t.Errorf("update's parent %s, want the cell that made it, %s", ups[0].Parent.MsgID, m.Parent.MsgID)
	}
}

func peTypes(ms []client.Msg) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Header.MsgType)
	}
	return out
}

// TestProtoE2EImageResult: a cell whose last expression is an image.Image
// has an execute_result with a PNG of the image's size.
func TestProtoE2EImageResult(t *testing.T) {
	t.Parallel()
	c, _ := hdStart(t, client.Options{})
	m, io := peExecute(t, c, "import \"image\"\nimage.NewRGBA(image.Rect(0, 0, 4, 3))", false, nil)
	var rep client.ExecuteReply
	peDecode(t, m, &rep)
	res := peOfType(io, "execute_result")
	if rep.Status != "ok" || len(res) != 1 {
		t.Fatalf("image cell: %+v, iopub %v", rep, peTypes(io))
	}
	var r struct {
		ExecutionCount int            `json:"execution_count"`
		Data           map[string]any `json:"data"`
		Metadata       map[string]any `json:"metadata"`
	}
	peDecode(t, res[0], &r)
	s, _ := r.Data["image/png"].(string)
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil || s == "" {
		t.Fatalf("execute_result data %v: image/png is not base64 (%v)", r.Data, err)
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil || cfg.Width != 4 || cfg.Height != 3 {
		t.Errorf("image/png: %dx%d (%v), want a 4x3 PNG", cfg.Width, cfg.Height, err)
	}
	if txt, _ := r.Data["text/plain"].(string); txt == "" {
		t.Errorf("execute_result has no text/plain fallback: %v", r.Data)
	}
	if r.ExecutionCount != rep.ExecutionCount || r.Metadata == nil {
		t.Errorf("execute_result execution_count %d (reply %d), metadata %v", r.ExecutionCount, rep.ExecutionCount, r.Metadata)
	}
}

// TestProtoE2ELateOutput: a line that a goroutine prints after its cell
// ended crosses the session process boundary and reaches the client as a
// stream message. README.md: "Output that a goroutine prints after its cell
// ended is shown under the latest cell, never dropped". So the late line
// arrives under the latest cell: the one that started the goroutine when no
// cell came after it (after that cell's idle status), a newer cell that has
// ended, or a newer cell that is running (then inside its busy…idle).
func TestProtoE2ELateOutput(t *testing.T) {
	t.Parallel()
	late := make(chan client.Msg, 16)
	c, _ := hdStart(t, client.Options{OnLate: func(m client.Msg) {
		if m.Header.MsgType == "stream" {
			late <- m
		}
	}})
	// A goroutine prints its line once the test creates its file, that
	// is once the test has seen what must come before the line (no timer
	// that a busy machine can outrun).
	dir := t.TempDir()
	goLater := func(text string) (code string, release func()) {
		file := filepath.Join(dir, strings.ReplaceAll(text, " ", "_"))
		code = fmt.Sprintf("go func() {\n\tfor {\n\t\tif _, err := os.Stat(%q); err == nil {\n\t\t\tbreak\n\t\t}\n\t\ttime.Sleep(5 * time.Millisecond)\n\t}\n\tfmt.Println(%q)\n}()", file, text)
		return code, func() {
			if err := os.WriteFile(file, nil, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	waitLate := func(what, text, parent string) {
		t.Helper()
		select {
		case lm := <-late:
			var s struct{ Name, Text string }
			peDecode(t, lm, &s)
			if s.Name != "stdout" || s.Text != text+"\n" {
				t.Errorf("%s: late stream %+v, want stdout %q", what, s, text+"\n")
			}
			if lm.Parent.MsgID != parent || lm.Parent.MsgType != "execute_request" {
				t.Errorf("%s: late line's parent %s (%s), want %s", what, lm.Parent.MsgID, lm.Parent.MsgType, parent)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: the late line never reached the client", what)
		}
	}
	execID := func(code string) (string, []client.Msg) {
		t.Helper()
		m, io := peExecute(t, c, code, false, nil)
		var rep client.ExecuteReply
		peDecode(t, m, &rep)
		if rep.Status != "ok" {
			t.Fatalf("%q: %+v", code, rep)
		}
		return m.Parent.MsgID, io
	}

	// 1. No newer cell: under the cell that started the goroutine.
	code, release := goLater("late one")
	a, io := execID(code)
	if out := peStream(io, "stdout"); out != "" {
		t.Fatalf("the late line came before the reply: %q", out)
	}
	release()
	waitLate("no newer cell", "late one", a)

	// 2. A newer cell ran and ended before the line: under that cell.
	code, release = goLater("late two")
	execID(code)
	b, io := execID(`fmt.Println("cell B")`)
	if out := peStream(io, "stdout"); out != "cell B\n" {
		t.Errorf("cell B's stdout %q", out)
	}
	release()
	waitLate("newer cell ended", "late two", b)

	// 3. A newer cell runs when the line is printed: inside that cell. The
	// cell lets the goroutine print and waits until it has.
	execID("release3, printed3 := make(chan struct{}), make(chan struct{})\ngo func() {\n\t<-release3\n\tfmt.Println(\"late three\")\n\tclose(printed3)\n}()")
	_, io = execID("close(release3)\n<-printed3\nfmt.Println(\"cell D\")")
	if out := peStream(io, "stdout"); out != "late three\ncell D\n" {
		t.Errorf("stdout under the running cell D: %q, want the late line, then D's own", out)
	}
	select {
	case lm := <-late:
		t.Errorf("a late line arrived outside the running cell (parent %s): %s", lm.Parent.MsgID, lm.Content)
	case <-time.After(200 * time.Millisecond):
	}
}

// TestProtoE2EHeartbeatDuringCrash: a goroutine panic kills the session
// process; the kernel process keeps answering heartbeats throughout (the
// crash, and the start of a fresh session for the next cell), the cell's
// reply is a SessionCrashed error naming the panic, and the next cell runs
// in a fresh session with a notice on stderr.
func TestProtoE2EHeartbeatDuringCrash(t *testing.T) {
	t.Parallel()
	c, _ := hdStart(t, client.Options{})
	if rep, _ := hdExec(t, c, "kept := 1", peTimeout); rep.Status != "ok" {
		t.Fatalf("setup: %+v", rep)
	}
	stop := make(chan struct{})
	var mu sync.Mutex
	var answered [][2]time.Time // sent, echoed
	var failed error
	var maxLat time.Duration
	hbDone := make(chan struct{})
	go func() {
		defer close(hbDone)
		for {
			select {
			case <-stop:
				return
			default:
			}
			ctx, cancel := context.WithTimeout(context.Background(), hdTimeToDead)
			t0 := time.Now()
			err := c.Heartbeat(ctx)
			cancel()
			mu.Lock()
			if err != nil {
				failed = err
				mu.Unlock()
				return // a REQ socket that missed its reply cannot send again
			}
			answered = append(answered, [2]time.Time{t0, time.Now()})
			maxLat = max(maxLat, time.Since(t0))
			mu.Unlock()
			time.Sleep(2 * time.Millisecond)
		}
	}()
	// pingsIn counts the pings answered that were in flight between from
	// and to.
	pingsIn := func(from, to time.Time) int {
		mu.Lock()
		defer mu.Unlock()
		n := 0
		for _, p := range answered {
			if !p[1].Before(from) && !p[0].After(to) {
				n++
			}
		}
		return n
	}
	hdWaitFor(5*time.Second, func() bool { return pingsIn(time.Time{}, time.Now()) >= 3 })

	t0 := time.Now()
	m, io := peExecute(t, c, crashingCell, false, nil)
	t1 := time.Now()
	var rep client.ExecuteReply
	peDecode(t, m, &rep)
	if rep.Status != "error" || rep.EName != "SessionCrashed" || !strings.Contains(rep.EValue, "stack overflow") {
		t.Errorf("crashing cell: status %s ename %s evalue %q, want SessionCrashed naming the stack overflow", rep.Status, rep.EName, rep.EValue)
	}
	if errs := peOfType(io, "error"); len(errs) != 1 {
		t.Errorf("%d error messages on iopub, want 1", len(errs))
	}

	m, io = peExecute(t, c, `fmt.Println("after the crash")`, false, nil)
	t2 := time.Now()
	peDecode(t, m, &rep)
	if out := peStream(io, "stdout"); rep.Status != "ok" || out != "after the crash\n" {
		t.Errorf("next cell: %+v, stdout %q", rep, out)
	}
	if e := peStream(io, "stderr"); !strings.Contains(e, "a fresh Go session was started") {
		t.Errorf("next cell's stderr %q, want the notice of a fresh session", e)
	}
	close(stop)
	<-hbDone
	crash, restart := pingsIn(t0, t1), pingsIn(t1, t2)
	mu.Lock()
	if failed != nil || crash == 0 || restart == 0 {
		t.Errorf("heartbeat: %d pings answered during the crashing cell (%v), %d during the next cell; failure: %v", crash, t1.Sub(t0), restart, failed)
	}
	t.Logf("heartbeat: %d pings answered during the crashing cell (%v), %d during the next cell (%v); max latency %v",
		crash, t1.Sub(t0).Round(time.Millisecond), restart, t2.Sub(t1).Round(time.Millisecond), maxLat.Round(time.Microsecond))
	mu.Unlock()

	// The fresh session does not have the old one's variables.
	m, _ = peExecute(t, c, "kept", false, nil)
	peDecode(t, m, &rep)
	if rep.Status != "error" {
		t.Errorf("a variable of the crashed session is still defined: %+v", rep)
	}
}

// TestProtoE2EKernelInfo checks kernel_info_reply of the real kernel, on
// shell and on control.
func TestProtoE2EKernelInfo(t *testing.T) {
	t.Parallel()
	c, _ := hdStart(t, client.Options{})
	ctx, cancel := context.WithTimeout(context.Background(), peTimeout)
	defer cancel()
	for _, control := range []bool{false, true} {
		m, err := c.Request(ctx, control, "kernel_info_request", struct{}{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if m.Header.MsgType != "kernel_info_reply" {
			t.Fatalf("control=%v: reply type %s", control, m.Header.MsgType)
		}
		var r struct {
			Status          string `json:"status"`
			ProtocolVersion string `json:"protocol_version"`
			Implementation  string `json:"implementation"`
			ImplVersion     string `json:"implementation_version"`
			LanguageInfo    struct {
				Name, Version, Mimetype string
				FileExtension           string `json:"file_extension"`
				PygmentsLexer           string `json:"pygments_lexer"`
				CodemirrorMode          any    `json:"codemirror_mode"`
			} `json:"language_info"`
			Banner    string          `json:"banner"`
			HelpLinks json.RawMessage `json:"help_links"`
		}
		peDecode(t, m, &r)
		li := r.LanguageInfo
		if r.Status != "ok" || r.Implementation != "gopad" || r.ImplVersion == "" || !regexp.MustCompile(`^5\.\d+$`).MatchString(r.ProtocolVersion) {
			t.Errorf("control=%v: kernel_info_reply %s", control, m.Content)
		}
		if li.Name != "go" || li.Mimetype != "text/x-go" || li.FileExtension != ".go" || li.PygmentsLexer != "go" || li.CodemirrorMode != "go" || !regexp.MustCompile(`^\d+\.\d+`).MatchString(li.Version) {
			t.Errorf("control=%v: language_info %+v", control, li)
		}
		if strings.TrimSpace(r.Banner) == "" {
			t.Errorf("control=%v: empty banner", control)
		}
		var links []struct{ Text, URL string }
		if err := json.Unmarshal(r.HelpLinks, &links); err != nil || links == nil {
			t.Errorf("control=%v: help_links %s is not a list (%v)", control, r.HelpLinks, err)
		}
		for _, l := range links {
			if l.Text == "" || !strings.HasPrefix(l.URL, "https://") {
				t.Errorf("control=%v: help link %+v", control, l)
			}
		}
		if m.Header.Version != r.ProtocolVersion {
			t.Errorf("control=%v: header version %q, protocol_version %q", control, m.Header.Version, r.ProtocolVersion)
		}
	}
}

type peCompletion struct {
	Status      string   `json:"status"`
	Matches     []string `json:"matches"`
	CursorStart int      `json:"cursor_start"`
	CursorEnd   int      `json:"cursor_end"`
	Metadata    struct {
		Types []engine.CompletionType `json:"_jupyter_types_experimental"`
	} `json:"metadata"`
}

func peComplete(t testing.TB, c *client.Client, code string, cursor int) peCompletion {
	t.Helper()
	m, _ := peRequest(t, c, "complete_request", map[string]any{"code": code, "cursor_pos": cursor})
	var r peCompletion
	peDecode(t, m, &r)
	var raw struct {
		Metadata map[string]json.RawMessage `json:"metadata"`
	}
	peDecode(t, m, &raw)
	if _, ok := raw.Metadata["_jupyter_types_experimental"]; !ok {
		t.Errorf("complete %q: metadata lacks _jupyter_types_experimental: %s", code, m.Content)
	}
	if r.Status != "ok" {
		t.Fatalf("complete %q: %s", code, m.Content)
	}
	if len(r.Metadata.Types) != len(r.Matches) {
		t.Errorf("complete %q: %d matches, %d type entries", code, len(r.Matches), len(r.Metadata.Types))
	}
	// Packages are "module", as IPython (Jedi) and LSP name them.
	kinds := map[string]bool{"function": true, "variable": true, "type": true, "module": true, "keyword": true}
	for i, ty := range r.Metadata.Types {
		if !kinds[ty.Type] {
			t.Errorf("complete %q: entry %+v has type %q", code, ty, ty.Type)
		}
		if ty.Start != r.CursorStart || ty.End != r.CursorEnd {
			t.Errorf("complete %q: entry %+v, reply cursor %d..%d", code, ty, r.CursorStart, r.CursorEnd)
		}
		if i < len(r.Matches) && ty.Text != r.Matches[i] {
			t.Errorf("complete %q: entry %d text %q, match %q", code, i, ty.Text, r.Matches[i])
		}
	}
	return r
}

func peHasType(r peCompletion, text, kind string) bool {
	return slices.ContainsFunc(r.Metadata.Types, func(ty engine.CompletionType) bool { return ty.Text == text && ty.Type == kind })
}

// TestProtoE2EComplete: complete_request through the real kernel gives
// _jupyter_types_experimental entries matching the matches and the
// cursor range, with positions counted in Unicode code points.
func TestProtoE2EComplete(t *testing.T) {
	t.Parallel()
	c, _ := hdStart(t, client.Options{})
	if rep, _ := hdExec(t, c, "größe := 3\nfunc größer(n int) int { return n + 1 }\ntype Größte struct{}", peTimeout); rep.Status != "ok" {
		t.Fatalf("setup: %+v", rep)
	}

	// A package member: fmt.Pri → Print, Printf, Println (functions).
	r := peComplete(t, c, "fmt.Pri", 7)
	if !slices.Contains(r.Matches, "Println") && !slices.Contains(r.Matches, "fmt.Println") {
		t.Errorf("fmt.Pri: matches %q", r.Matches)
	}
	if !peHasType(r, "Println", "function") && !peHasType(r, "fmt.Println", "function") {
		t.Errorf("fmt.Pri: types %+v, want Println as a function", r.Metadata.Types)
	}
	if r.CursorEnd != 7 {
		t.Errorf("fmt.Pri: cursor_end %d, want 7", r.CursorEnd)
	}

	// A line with a non-ASCII identifier before the cursor: positions are
	// code points, not bytes.
	line := "x := größe + grö"
	cursor := utf8.RuneCountInString(line)
	r = peComplete(t, c, line, cursor)
	if r.CursorEnd != cursor {
		t.Errorf("%q: cursor_end %d, want %d (code points; %d bytes)", line, r.CursorEnd, cursor, len(line))
	}
	if want := cursor - utf8.RuneCountInString("grö"); r.CursorStart != want {
		t.Errorf("%q: cursor_start %d, want %d", line, r.CursorStart, want)
	}
	for _, w := range []struct{ text, kind string }{{"größe", "variable"}, {"größer", "function"}} {
		if !peHasType(r, w.text, w.kind) {
			t.Errorf("%q: types %+v, want %s as a %s", line, r.Metadata.Types, w.text, w.kind)
		}
	}
	// What the frontend replaces, code[cursor_start:cursor_end] in code
	// points, is the prefix being completed.
	runes := []rune(line)
	if r.CursorStart >= 0 && r.CursorStart <= r.CursorEnd && r.CursorEnd <= len(runes) {
		if got := string(runes[r.CursorStart:r.CursorEnd]); got != "grö" {
			t.Errorf("%q: replaced range %q, want \"grö\"", line, got)
		}
	}

	// Cursor in the middle of a multi-line cell, after non-ASCII text.
	code := "s := \"ünï😀\"\nvar v Grö\nfmt.Println(s)"
	cursor = utf8.RuneCountInString("s := \"ünï😀\"\nvar v Grö")
	r = peComplete(t, c, code, cursor)
	if r.CursorEnd != cursor || r.CursorStart != cursor-3 || !peHasType(r, "Größte", "type") {
		t.Errorf("%q at %d: cursor %d..%d, types %+v; want %d..%d with Größte a type", code, cursor, r.CursorStart, r.CursorEnd, r.Metadata.Types, cursor-3, cursor)
	}

	// Keywords and packages.
	r = peComplete(t, c, "retu", 4)
	if !peHasType(r, "return", "keyword") {
		t.Errorf("retu: types %+v, want return as a keyword", r.Metadata.Types)
	}
	r = peComplete(t, c, "strc", 4)
	if !peHasType(r, "strconv", "module") {
		t.Errorf("strc: types %+v, want strconv as a module (a package)", r.Metadata.Types)
	}
}
