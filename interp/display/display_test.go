package display

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"image"
	"image/color"
	"strings"
	"sync"
	"testing"
)

type recorder struct {
	mu      sync.Mutex
	got     []Data
	cleared []bool
}

func (r *recorder) Publish(d Data) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.got = append(r.got, d)
	return nil
}

func (r *recorder) Clear(wait bool) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.cleared = append(r.cleared, wait)
	return nil
}

func captureStdout(t *testing.T) *bytes.Buffer {
	var b bytes.Buffer
	stdoutMu.Lock()
	old := stdout
	stdout = &b
	stdoutMu.Unlock()
	t.Cleanup(func() {
		stdoutMu.Lock()
		stdout = old
		stdoutMu.Unlock()
	})
	return &b
}

func TestPublisher(t *testing.T) {
	r := &recorder{}
	restore := SetPublisher(r)
	if err := HTML("<p>Hello, <b>world</b> &amp; all</p>"); err != nil {
		t.Fatal(err)
	}
	if err := Clear(true); err != nil {
		t.Fatal(err)
	}
	restore()
	if len(r.got) != 1 || len(r.cleared) != 1 || !r.cleared[0] {
		t.Fatalf("published %v, cleared %v", r.got, r.cleared)
	}
	d := r.got[0]
	if d.Data[MIMEHTML] != "<p>Hello, <b>world</b> &amp; all</p>" || d.Data[MIMEText] != "Hello, world & all" {
		t.Fatalf("bundle = %v", d.Data)
	}
	// Restored: no publisher, text goes to stdout.
	out := captureStdout(t)
	HTML("<p>back</p>")
	if out.String() != "back\n" || len(r.got) != 1 {
		t.Fatalf("after restore: stdout %q, published %d", out.String(), len(r.got))
	}
}

func TestFallbackText(t *testing.T) {
	out := captureStdout(t)
	Markdown("# Title")
	LaTeX(`x^2`)
	Text("plain")
	PNG([]byte("not really a png"))
	Show(Data{Data: map[string]any{"application/vnd.custom": "abc"}})
	Show(Data{})
	Clear(false)
	want := "# Title\nx^2\nplain\n[PNG image, 16 bytes]\n[application/vnd.custom 3 bytes]\n[empty display]\n"
	if out.String() != want {
		t.Fatalf("stdout = %q, want %q", out.String(), want)
	}
	if got := PlainText(Data{Data: map[string]any{MIMEPNG: base64.StdEncoding.EncodeToString(make([]byte, 1234))}}); got != "[image/png 1234 bytes]" {
		t.Fatalf("PlainText = %q", got)
	}
}

func TestBundles(t *testing.T) {
	if d := LaTeXData(`E = mc^2`); d.Data[MIMELaTeX] != "$$E = mc^2$$" {
		t.Fatalf("LaTeX = %v", d.Data)
	}
	if d := LaTeXData(`$x$`); d.Data[MIMELaTeX] != "$x$" {
		t.Fatalf("LaTeX = %v", d.Data)
	}
	if d := SVGData("<svg/>"); d.Data[MIMESVG] != "<svg/>" || d.Data[MIMEText] == nil {
		t.Fatalf("SVG = %v", d.Data)
	}
	if d := HTMLData("<br>"); d.Data[MIMEText] != nil {
		t.Fatalf("empty text/plain kept: %v", d.Data)
	}
	d, err := JSONData(map[string]int{"a": 1})
	if err != nil {
		t.Fatal(err)
	}
	if raw, ok := d.Data[MIMEJSON].(json.RawMessage); !ok || string(raw) != `{"a":1}` || d.Data[MIMEText] != "{\n  \"a\": 1\n}" {
		t.Fatalf("JSON = %v", d.Data)
	}
	if _, err := JSONData(func() {}); err == nil {
		t.Fatal("JSON of a func: no error")
	}
	if err := JSON(make(chan int)); err == nil {
		t.Fatal("JSON of a chan: no error")
	}
}

func testImage() image.Image {
	img := image.NewRGBA(image.Rect(0, 0, 3, 2))
	img.Set(1, 1, color.RGBA{255, 0, 0, 255})
	return img
}

func TestImage(t *testing.T) {
	d, err := ImageData(testImage())
	if err != nil {
		t.Fatal(err)
	}
	b, err := base64.StdEncoding.DecodeString(d.Data[MIMEPNG].(string))
	if err != nil || !bytes.HasPrefix(b, []byte("\x89PNG")) {
		t.Fatalf("image/png is not base64 PNG: %v", err)
	}
	if d.Data[MIMEText] != "[PNG image 3x2]" {
		t.Fatalf("text/plain = %v", d.Data[MIMEText])
	}
	if _, err := ImageData(nil); err == nil {
		t.Fatal("nil image: no error")
	}
	if d := JPEGData([]byte{1, 2}); d.Data[MIMEJPEG] != "AQI=" {
		t.Fatalf("JPEG = %v", d.Data)
	}
	r := &recorder{}
	defer SetPublisher(r)()
	if err := Image(testImage()); err != nil || len(r.got) != 1 {
		t.Fatalf("Image: %v, %d published", err, len(r.got))
	}
}

type card struct{ title string }

func (c card) Display() Data { return HTMLData("<h3>" + c.title + "</h3>") }

func TestOf(t *testing.T) {
	if d, ok := Of(card{"hi"}); !ok || d.Data[MIMEHTML] != "<h3>hi</h3>" {
		t.Fatalf("Of(Displayer) = %v, %v", d, ok)
	}
	if d, ok := Of(testImage()); !ok || d.Data[MIMEPNG] == nil {
		t.Fatalf("Of(image) = %v, %v", d, ok)
	}
	td := TextData("x")
	if d, ok := Of(td); !ok || d.Data[MIMEText] != "x" {
		t.Fatalf("Of(Data) = %v, %v", d, ok)
	}
	if d, ok := Of(&td); !ok || d.Data[MIMEText] != "x" {
		t.Fatalf("Of(*Data) = %v, %v", d, ok)
	}
	for _, v := range []any{nil, 42, "s", (*Data)(nil)} {
		if _, ok := Of(v); ok {
			t.Errorf("Of(%#v) = true", v)
		}
	}
}

func TestHandle(t *testing.T) {
	r := &recorder{}
	defer SetPublisher(r)()
	h := NewHandle()
	h2 := NewHandle()
	if len(h.ID()) != 32 || h.ID() == h2.ID() {
		t.Fatalf("IDs %q %q", h.ID(), h2.ID())
	}
	h.Text("1")
	h.HTML("<b>2</b>")
	h.Markdown("3")
	h.SVG("<svg/>")
	h.PNG([]byte{1})
	h.Image(testImage())
	h.JSON([]int{1})
	h2.Update(TextData("u"))
	if len(r.got) != 8 {
		t.Fatalf("published %d", len(r.got))
	}
	for i, d := range r.got[:7] {
		if d.DisplayID != h.ID() || d.Update != (i > 0) {
			t.Errorf("message %d: id %q update %v", i, d.DisplayID, d.Update)
		}
	}
	if d := r.got[7]; d.DisplayID != h2.ID() || !d.Update {
		t.Errorf("Update: %+v", d)
	}
}

type failing struct{}

func (failing) Publish(Data) error { return errors.New("closed") }
func (failing) Clear(bool) error   { return errors.New("closed") }

func TestPublisherErrors(t *testing.T) {
	defer SetPublisher(failing{})()
	if err := Text("x"); err == nil || Clear(false) == nil {
		t.Fatal("publisher errors not returned")
	}
}

func TestConcurrentUse(t *testing.T) {
	r := &recorder{}
	captureStdout(t)
	// Restores that interleave may leave r installed; later tests and the
	// examples need no publisher.
	defer func() { SetPublisher(nil) }()
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); SetPublisher(r)() }()
		go func() { defer wg.Done(); Text("x") }()
	}
	wg.Wait()
}

func TestStripTags(t *testing.T) {
	for in, want := range map[string]string{
		"<p>a</p><p>b</p>":              "a b",
		"un<b>bold</b>ed":               "unbolded",
		"<table><tr><td>1<td>2</table>": "1 2",
		"x &lt; y":                      "x < y",
		"broken <":                      "broken",
		"<br/>":                         "",
	} {
		if got := stripTags(in); got != want {
			t.Errorf("stripTags(%q) = %q, want %q", in, got, want)
		}
	}
	if !strings.Contains(HTMLData("<i>x</i>").Data[MIMEText].(string), "x") {
		t.Fatal("HTML text/plain")
	}
}
