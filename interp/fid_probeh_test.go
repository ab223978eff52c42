package interp

import (
	"strings"
	"testing"
)

// A value of a cell's func type with methods (the appHandler of "Error
// handling and Go", an ast.Visitor over a func) reaches compiled code as
// the interface it implements: passed to a compiled function, or set in a
// compiled struct's field.
func TestFidProbeHFuncTypeAsCompiledInterface(t *testing.T) {
	decls := `type appHandler func(http.ResponseWriter, *http.Request) error
func (fn appHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := fn(w, r); err != nil {
		http.Error(w, "failed: "+err.Error(), http.StatusTeapot)
	}
}
func page(w http.ResponseWriter, r *http.Request) error { return errors.New("boom") }
func code(h http.Handler) int {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/p/x", nil))
	return rec.Code
}
`
	runSilentCases(t, []silentCase{
		{"handler passed to a mux", decls + `mux := http.NewServeMux()
mux.Handle("/a/", appHandler(page))
ah := appHandler(page)
mux.Handle("/p/", ah)
fmt.Println(code(mux), code(http.StripPrefix("/p", ah)))`, "418 418\n"},
		{"handler in a server's field", decls + `srv := &http.Server{Handler: appHandler(page)}
fmt.Println(code(srv.Handler))
srv.Handler = appHandler(page)
fmt.Println(code(srv.Handler))`, "418\n418\n"},
		{"visitor func", `type visitor func(ast.Node) bool
func (v visitor) Visit(n ast.Node) ast.Visitor { if v(n) { return v }; return nil }
e, _ := parser.ParseExpr("a + b*c")
idents := 0
ast.Walk(visitor(func(n ast.Node) bool {
	if _, ok := n.(*ast.Ident); ok { idents++ }
	return true
}), e)
fmt.Println(idents)`, "3\n"},
	})
}

// A fresh value of a cell's type in a compiled struct's field of a
// compiled interface (&http.Client{Transport: headerTransport{...}}) is
// the interface, as in Go.
func TestFidProbeHCellValueInCompiledField(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"round trippers", `type failing struct{ n int }
func (f failing) RoundTrip(*http.Request) (*http.Response, error) { return nil, fmt.Errorf("down %d", f.n) }
type keyed struct{ base http.RoundTripper; key string }
func (k *keyed) RoundTrip(r *http.Request) (*http.Response, error) { return k.base.RoundTrip(r) }
for _, c := range []*http.Client{
	{Transport: failing{1}},
	{Transport: &keyed{base: failing{2}, key: "k"}},
} {
	_, err := c.Get("http://example.invalid/")
	fmt.Println(err)
}`, "Get \"http://example.invalid/\": down 1\nGet \"http://example.invalid/\": down 2\n"},
	})
}

// A literal of a compiled package's named map or slice type whose
// elements leave out &T before a struct (fstest.MapFS{"a": {Data: b}})
// builds, as Go builds it.
func TestFidProbeHElidedAddrInCompiledNamedLiteral(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"in-memory file system", `fsys := fstest.MapFS{
	"index.html":   {Data: []byte("<h1>Home</h1>")},
	"css/site.css": {Data: []byte("body{}"), Mode: 0o644},
}
b, err := fs.ReadFile(fsys, "css/site.css")
fmt.Printf("%s %v %d %v\n", b, err, len(fsys), fsys["css/site.css"].Mode)
names, _ := fs.Glob(fsys, "*.html")
fmt.Println(names)`, "body{} <nil> 2 -rw-r--r--\n[index.html]\n"},
	})
}

// A generic type or function instantiated in a function's body with a
// type that body declares works as with a package-level type, and the
// type keeps its name.
func TestFidProbeHLocalTypeArgs(t *testing.T) {
	decls := `type pair[K comparable, V any] struct {
	key   K
	value V
}
type Cache[K comparable, V any] struct{ items map[K]any }
func NewCache[K comparable, V any]() *Cache[K, V] { return &Cache[K, V]{items: map[K]any{}} }
func (c *Cache[K, V]) Put(k K, v V) { c.items[k] = &pair[K, V]{k, v} }
func (c *Cache[K, V]) Get(k K) (V, bool) {
	if e, ok := c.items[k]; ok {
		return e.(*pair[K, V]).value, true
	}
	var zero V
	return zero, false
}
`
	runSilentCases(t, []silentCase{
		{"local key type", decls + `func main() {
	type point struct{ x, y int }
	type tags []string
	c := NewCache[point, tags]()
	c.Put(point{1, 2}, tags{"tree"})
	v, ok := c.Get(point{1, 2})
	_, missing := c.Get(point{})
	fmt.Printf("%v %v %v %T %T\n", v, ok, missing, point{}, v)
}
main()`, "[tree] true false main.point main.tags\n"},
	})
}

// The error of a cell's MarshalJSON method comes back from json.Marshal
// and Encoder.Encode as Go reports it, naming the cell's type, and
// errors.As still finds both the *json.MarshalerError and the method's
// own error.
func TestFidProbeHMarshalJSONErrorNamesType(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"bad level", `var ErrLevel = errors.New("bad level")
type Level int
func (l Level) MarshalJSON() ([]byte, error) {
	if l > 2 { return nil, fmt.Errorf("%w %d", ErrLevel, int(l)) }
	return json.Marshal(int(l))
}
type Config struct{ L Level }
b, err := json.Marshal(Config{9})
var me *json.MarshalerError
fmt.Println(b == nil, err, errors.As(err, &me), errors.Is(err, ErrLevel))
fmt.Println(json.NewEncoder(io.Discard).Encode([]Level{1, 7}))
b, err = json.Marshal(Config{1})
fmt.Println(string(b), err)`, "true json: error calling MarshalJSON for type main.Level: bad level 9 true true\njson: error calling MarshalJSON for type main.Level: bad level 7\n{\"L\":1} <nil>\n"},
	})
}

// Values of a cell's type with a Format method print through it also as
// elements of a slice, an array or a map, and as a struct's field; %T
// shows their type (fmt does not call Format for it).
func TestFidProbeHFormatterElements(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"points", `type Point struct{ X, Y float64 }
func (p Point) Format(f fmt.State, verb rune) {
	if f.Flag('+') { fmt.Fprintf(f, "Point{%g %g}", p.X, p.Y); return }
	fmt.Fprintf(f, "(%g,%g)", p.X, p.Y)
}
type Seg struct{ A, B Point }
fmt.Println([]Point{{0, 0}, {1, 1}}, [1]Point{{2, 2}}, map[string]Point{"o": {}})
fmt.Printf("%v %+v\n", Seg{Point{1, 2}, Point{3, 4}}, []Point{{5, 6}})
p := Point{7, 8}
fmt.Printf("%T %T %v\n", p, &p, p)`, "[(0,0) (1,1)] [(2,2)] map[o:(0,0)]\n{(1,2) (3,4)} [Point{5 6}]\nmain.Point *main.Point (7,8)\n"},
	})
}

// encoding/gob refuses, loudly, a value whose type has an unexported
// field (yaegi would send it, Go leaves it out); other values round-trip.
func TestFidProbeHGobUnexportedRefused(t *testing.T) {
	s := newSession(t)
	res, rec := run(t, s, `type Pub struct{ Name string; Tags []string }
type Emp struct {
	Name    string
	private int
}
var buf bytes.Buffer
if err := gob.NewEncoder(&buf).Encode(Pub{"ann", []string{"x"}}); err != nil { panic(err) }
var p Pub
fmt.Println(gob.NewDecoder(&buf).Decode(&p), p)
gob.NewEncoder(&buf).Encode(Emp{"bob", 7})
fmt.Println("not reached")`)
	if got := rec.out(); got != "<nil> {ann [x]}\n" {
		t.Errorf("printed %q", got)
	}
	if res.Err == nil || !strings.Contains(res.Err.Value, "unexported field Emp.private") {
		t.Fatalf("want a refusal naming Emp.private, got %+v", res.Err)
	}
}

// A value of an unnamed struct type that embeds an interface with methods
// (struct{ http.ResponseWriter }) is refused where it becomes an interface
// in interpreted code, with the named type as the workaround; a named
// type works.
func TestFidProbeHAnonEmbeddedInterfaceRefused(t *testing.T) {
	s := newSession(t)
	res, rec := run(t, s, `type wrapped struct{ http.ResponseWriter }
status := func(w http.ResponseWriter) { w.WriteHeader(http.StatusAccepted) }
rec := httptest.NewRecorder()
status(wrapped{rec})
fmt.Println(rec.Code)
var plain struct{ http.ResponseWriter }
plain.ResponseWriter = httptest.NewRecorder()
status(plain)
fmt.Println("not reached")`)
	if got := rec.out(); got != "202\n" {
		t.Errorf("printed %q", got)
	}
	if res.Err == nil || !strings.Contains(res.Err.Value, "type wrapped struct{http.ResponseWriter}") {
		t.Fatalf("want a refusal naming the workaround, got %+v", res.Err)
	}
}
