// Package display sends rich output (HTML, Markdown, images, SVG, JSON,
// LaTeX) from Go code to a Jupyter notebook, like IPython.display.
//
// A rich output is a MIME bundle ([Data]): one representation of the same
// thing per MIME type, for example "text/html" and a "text/plain" fallback.
// The host (the gopad kernel) installs a [Publisher] with [SetPublisher]; the
// functions of this package then send their bundles to the notebook as
// display_data messages. Without a publisher, as in an ordinary compiled
// program, they print the bundle's "text/plain" text (or a short placeholder
// such as "[image/png 1234 bytes]") to standard output instead.
//
//	display.HTML("<b>bold</b>")
//	display.Markdown("# Title")
//	h := display.NewHandle()  // a display that can be updated in place
//	h.Text("step 1")
//	h.Text("step 2")          // replaces "step 1"
//
// A value whose type has a Display() Data method (see [Displayer]) is shown
// richly by the kernel when it is the last expression of a cell.
package display

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html"
	"image"
	_ "image/jpeg" // DecodeConfig of JPEG data
	"image/png"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// MIME types used by this package.
const (
	MIMEText     = "text/plain"
	MIMEHTML     = "text/html"
	MIMEMarkdown = "text/markdown"
	MIMELaTeX    = "text/latex"
	MIMESVG      = "image/svg+xml"
	MIMEPNG      = "image/png"
	MIMEJPEG     = "image/jpeg"
	MIMEJSON     = "application/json"
)

// Data is a MIME bundle: the content of a Jupyter display_data message.
//
// Data maps a MIME type to its representation: a string for text formats
// and SVG, a base64 string for PNG and JPEG, a [json.RawMessage] for JSON.
// Metadata is optional per-type metadata. DisplayID names the display so
// that it can be updated later; Update true asks the frontend to replace
// the display with that ID (update_display_data) instead of adding one.
type Data struct {
	Data      map[string]any
	Metadata  map[string]any
	DisplayID string
	Update    bool
}

// Publisher sends bundles to the frontend. The kernel implements it.
type Publisher interface {
	// Publish sends a display_data (or update_display_data) message.
	Publish(d Data) error
	// Clear sends clear_output; wait true clears only when new output arrives.
	Clear(wait bool) error
}

// Displayer is implemented by values that know how to show themselves.
// When a cell's last expression has a type with this method, the kernel
// shows the returned bundle instead of the value's text form.
type Displayer interface {
	Display() Data
}

type pubBox struct{ p Publisher }

var current atomic.Pointer[pubBox]

// stdout is where output goes without a publisher; nil means os.Stdout
// (read at each call, so that tests and examples can redirect it).
var (
	stdoutMu sync.Mutex
	stdout   io.Writer
)

// SetPublisher makes p the process-wide publisher (nil removes it) and
// returns a function that restores the previous one (restores of nested
// calls must run in reverse order). It is safe to call concurrently with
// the other functions of this package.
func SetPublisher(p Publisher) (restore func()) {
	var box *pubBox
	if p != nil {
		box = &pubBox{p}
	}
	old := current.Swap(box)
	return func() { current.Store(old) }
}

func publisher() Publisher {
	if b := current.Load(); b != nil {
		return b.p
	}
	return nil
}

// Show publishes d, or prints its text form when there is no publisher.
func Show(d Data) error {
	if p := publisher(); p != nil {
		return p.Publish(d)
	}
	stdoutMu.Lock()
	defer stdoutMu.Unlock()
	w := stdout
	if w == nil {
		w = os.Stdout
	}
	_, err := io.WriteString(w, PlainText(d)+"\n")
	return err
}

// Clear clears the output of the current cell. With wait true the output
// is cleared only when new output arrives, which avoids flicker in loops.
// Without a publisher it does nothing.
func Clear(wait bool) error {
	if p := publisher(); p != nil {
		return p.Clear(wait)
	}
	return nil
}

// PlainText returns the bundle's "text/plain" representation or, when it
// has none, a placeholder such as "[image/png 1234 bytes]".
func PlainText(d Data) string {
	if s, ok := d.Data[MIMEText].(string); ok {
		return s
	}
	types := make([]string, 0, len(d.Data))
	for t := range d.Data {
		types = append(types, t)
	}
	if len(types) == 0 {
		return "[empty display]"
	}
	sort.Strings(types)
	t := types[0]
	return fmt.Sprintf("[%s %d bytes]", t, sizeOf(t, d.Data[t]))
}

func sizeOf(mime string, v any) int {
	switch v := v.(type) {
	case string:
		if mime == MIMEPNG || mime == MIMEJPEG {
			if b, err := base64.StdEncoding.DecodeString(v); err == nil {
				return len(b)
			}
		}
		return len(v)
	case []byte:
		return len(v)
	case json.RawMessage:
		return len(v)
	}
	b, _ := json.Marshal(v)
	return len(b)
}

func bundle(kv ...string) Data {
	m := make(map[string]any, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" || kv[i] != MIMEText {
			m[kv[i]] = kv[i+1]
		}
	}
	return Data{Data: m}
}

// HTMLData returns a bundle with s as "text/html" and its text, stripped
// of tags, as "text/plain".
func HTMLData(s string) Data { return bundle(MIMEHTML, s, MIMEText, stripTags(s)) }

// MarkdownData returns a bundle with s as "text/markdown" and "text/plain".
func MarkdownData(s string) Data { return bundle(MIMEMarkdown, s, MIMEText, s) }

// LaTeXData returns a bundle with s as "text/latex" and "text/plain". A
// formula without $ delimiters or \begin is wrapped in $$ … $$.
func LaTeXData(s string) Data {
	t := strings.TrimSpace(s)
	if !strings.HasPrefix(t, "$") && !strings.HasPrefix(t, `\begin`) {
		t = "$$" + t + "$$"
	}
	return bundle(MIMELaTeX, t, MIMEText, s)
}

// TextData returns a bundle with only "text/plain".
func TextData(s string) Data { return Data{Data: map[string]any{MIMEText: s}} }

// SVGData returns a bundle with the SVG document s as "image/svg+xml".
func SVGData(s string) Data { return bundle(MIMESVG, s, MIMEText, "[SVG image]") }

// PNGData returns a bundle with the PNG-encoded image b (base64 in the
// bundle) and a "text/plain" description with its size.
func PNGData(b []byte) Data { return imageData(MIMEPNG, "PNG", b) }

// JPEGData returns a bundle with the JPEG-encoded image b (base64 in the
// bundle) and a "text/plain" description with its size.
func JPEGData(b []byte) Data { return imageData(MIMEJPEG, "JPEG", b) }

func imageData(mime, kind string, b []byte) Data {
	text := fmt.Sprintf("[%s image, %d bytes]", kind, len(b))
	if cfg, _, err := image.DecodeConfig(bytes.NewReader(b)); err == nil {
		text = fmt.Sprintf("[%s image %dx%d]", kind, cfg.Width, cfg.Height)
	}
	return bundle(mime, base64.StdEncoding.EncodeToString(b), MIMEText, text)
}

// ImageData encodes img as PNG and returns its bundle.
func ImageData(img image.Image) (Data, error) {
	if img == nil {
		return Data{}, fmt.Errorf("display: nil image")
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return Data{}, fmt.Errorf("display: %w", err)
	}
	return PNGData(buf.Bytes()), nil
}

// JSONData returns a bundle with v marshalled as "application/json" and,
// indented, as "text/plain".
func JSONData(v any) (Data, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return Data{}, fmt.Errorf("display: %w", err)
	}
	var ind bytes.Buffer
	if json.Indent(&ind, b, "", "  ") != nil {
		ind.Reset()
		ind.Write(b)
	}
	return Data{Data: map[string]any{MIMEJSON: json.RawMessage(b), MIMEText: ind.String()}}, nil
}

// HTML shows s as HTML.
func HTML(s string) error { return Show(HTMLData(s)) }

// Markdown shows s rendered as Markdown.
func Markdown(s string) error { return Show(MarkdownData(s)) }

// LaTeX shows s as a LaTeX formula.
func LaTeX(s string) error { return Show(LaTeXData(s)) }

// Text shows s as plain text.
func Text(s string) error { return Show(TextData(s)) }

// SVG shows the SVG document s.
func SVG(s string) error { return Show(SVGData(s)) }

// PNG shows the PNG-encoded image b.
func PNG(b []byte) error { return Show(PNGData(b)) }

// JPEG shows the JPEG-encoded image b.
func JPEG(b []byte) error { return Show(JPEGData(b)) }

// Image encodes img as PNG and shows it.
func Image(img image.Image) error {
	d, err := ImageData(img)
	if err != nil {
		return err
	}
	return Show(d)
}

// JSON shows v as JSON (an interactive tree in JupyterLab).
func JSON(v any) error {
	d, err := JSONData(v)
	if err != nil {
		return err
	}
	return Show(d)
}

// Of returns the bundle for v when v can show itself: a [Displayer], a
// [Data] or *Data, or an [image.Image] (encoded as PNG). Otherwise it
// returns false.
func Of(v any) (Data, bool) {
	switch v := v.(type) {
	case nil:
		return Data{}, false
	case Displayer:
		return v.Display(), true
	case Data:
		return v, true
	case *Data:
		if v == nil {
			return Data{}, false
		}
		return *v, true
	case image.Image:
		d, err := ImageData(v)
		return d, err == nil
	}
	return Data{}, false
}

// Handle is a display that can be replaced in place, like IPython's
// display(..., display_id=True). The first call of Show (or of HTML, Text
// and the other shorthands) adds the display; later calls update it.
type Handle struct {
	id    string
	shown atomic.Bool
}

// NewHandle returns a handle with a fresh random display ID.
func NewHandle() *Handle {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	return &Handle{id: hex.EncodeToString(b[:])}
}

// ID returns the handle's display ID.
func (h *Handle) ID() string { return h.id }

// Show shows d under the handle's ID: a new display the first time, an
// update of it afterwards.
func (h *Handle) Show(d Data) error {
	d.DisplayID = h.id
	d.Update = h.shown.Swap(true)
	return Show(d)
}

// Update replaces the handle's display with d (even when it was shown by
// another cell).
func (h *Handle) Update(d Data) error {
	h.shown.Store(true)
	d.DisplayID = h.id
	d.Update = true
	return Show(d)
}

// HTML shows or updates the handle's display with HTML.
func (h *Handle) HTML(s string) error { return h.Show(HTMLData(s)) }

// Markdown shows or updates the handle's display with Markdown.
func (h *Handle) Markdown(s string) error { return h.Show(MarkdownData(s)) }

// Text shows or updates the handle's display with plain text.
func (h *Handle) Text(s string) error { return h.Show(TextData(s)) }

// SVG shows or updates the handle's display with an SVG document.
func (h *Handle) SVG(s string) error { return h.Show(SVGData(s)) }

// PNG shows or updates the handle's display with a PNG image.
func (h *Handle) PNG(b []byte) error { return h.Show(PNGData(b)) }

// Image shows or updates the handle's display with img encoded as PNG.
func (h *Handle) Image(img image.Image) error {
	d, err := ImageData(img)
	if err != nil {
		return err
	}
	return h.Show(d)
}

// JSON shows or updates the handle's display with v as JSON.
func (h *Handle) JSON(v any) error {
	d, err := JSONData(v)
	if err != nil {
		return err
	}
	return h.Show(d)
}

// stripTags returns the text of an HTML fragment: tags removed (block-level
// ones replaced by a space), entities decoded, white space collapsed.
func stripTags(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		name := strings.ToLower(strings.TrimLeft(s[i+1:i+j], "/"))
		if k := strings.IndexAny(name, " \t\n/"); k >= 0 {
			name = name[:k]
		}
		if !inline[name] {
			b.WriteByte(' ')
		}
		s = s[i+j+1:]
	}
	return strings.Join(strings.Fields(html.UnescapeString(b.String())), " ")
}

var inline = map[string]bool{
	"a": true, "abbr": true, "b": true, "code": true, "em": true, "i": true,
	"kbd": true, "mark": true, "s": true, "small": true, "span": true,
	"strong": true, "sub": true, "sup": true, "u": true,
}
