package stdlib

import (
	"io"
	"reflect"
)

// Compiled code asks an io.Writer or an io.Reader for optional methods:
// io.WriteString for WriteString, io.Copy for ReadFrom and WriteTo (and
// strings.Reader's WriteTo for WriteString). yaegi's wrapper of a cell's
// value for the interface has the interface's methods only, so those
// calls went to Write and Read instead of the methods Go calls, also
// those promoted from an embedded *strings.Builder or *bytes.Buffer (a
// counting Write beside the Builder's WriteString counted every byte).
// These wrappers, which yaegi picks when the value has methods of those
// names (the most first), have them too. yaegi picks by name only: a
// method of another signature is left alone, as Go leaves a value that
// does not implement the optional interface (the fields are any).

// _io_WriterSR wraps a cell's io.Writer with WriteString and ReadFrom.
type _io_WriterSR struct {
	IValue       any
	WWrite       func(p []byte) (n int, err error)
	WWriteString any
	WReadFrom    any
}

func (w _io_WriterSR) Write(p []byte) (int, error) { return w.WWrite(p) }
func (w _io_WriterSR) WriteString(s string) (int, error) {
	return writeString(w.WWriteString, w.WWrite, s)
}
func (w _io_WriterSR) ReadFrom(r io.Reader) (int64, error) {
	return readFrom(w.WReadFrom, w.WWrite, r)
}

// _io_WriterS wraps a cell's io.Writer with WriteString.
type _io_WriterS struct {
	IValue       any
	WWrite       func(p []byte) (n int, err error)
	WWriteString any
}

func (w _io_WriterS) Write(p []byte) (int, error) { return w.WWrite(p) }
func (w _io_WriterS) WriteString(s string) (int, error) {
	return writeString(w.WWriteString, w.WWrite, s)
}

// _io_WriterR wraps a cell's io.Writer with ReadFrom.
type _io_WriterR struct {
	IValue    any
	WWrite    func(p []byte) (n int, err error)
	WReadFrom any
}

func (w _io_WriterR) Write(p []byte) (int, error)         { return w.WWrite(p) }
func (w _io_WriterR) ReadFrom(r io.Reader) (int64, error) { return readFrom(w.WReadFrom, w.WWrite, r) }

// _io_ReaderW wraps a cell's io.Reader with WriteTo.
type _io_ReaderW struct {
	IValue   any
	WRead    func(p []byte) (n int, err error)
	WWriteTo any
}

func (r _io_ReaderW) Read(p []byte) (int, error) { return r.WRead(p) }
func (r _io_ReaderW) WriteTo(w io.Writer) (int64, error) {
	if f, ok := r.WWriteTo.(func(io.Writer) (int64, error)); ok {
		return f(w)
	}
	return io.Copy(w, readFunc(r.WRead))
}

// writeString calls a WriteString method f, or write as io.WriteString
// does for a writer without one.
func writeString(f any, write func([]byte) (int, error), s string) (int, error) {
	if f, ok := f.(func(string) (int, error)); ok {
		return f(s)
	}
	return write([]byte(s))
}

// readFrom calls a ReadFrom method f, or copies with write as io.Copy does
// for a writer without one.
func readFrom(f any, write func([]byte) (int, error), r io.Reader) (int64, error) {
	if f, ok := f.(func(io.Reader) (int64, error)); ok {
		return f(r)
	}
	return io.Copy(writeFunc(write), r)
}

// writeFunc and readFunc are a Write and a Read method alone.
type (
	writeFunc func([]byte) (int, error)
	readFunc  func([]byte) (int, error)
)

func (f writeFunc) Write(p []byte) (int, error) { return f(p) }
func (f readFunc) Read(p []byte) (int, error)   { return f(p) }

func init() {
	MapTypes[reflect.ValueOf((*_io_Writer)(nil))] = []reflect.Type{
		reflect.TypeFor[_io_WriterSRG](),
		reflect.TypeFor[_io_WriterSR](), reflect.TypeFor[_io_WriterSG](), reflect.TypeFor[_io_WriterRG](),
		reflect.TypeFor[_io_WriterS](), reflect.TypeFor[_io_WriterR](), reflect.TypeFor[_io_WriterG](),
	}
	MapTypes[reflect.ValueOf((*_io_Reader)(nil))] = []reflect.Type{
		reflect.TypeFor[_io_ReaderWG](), reflect.TypeFor[_io_ReaderW](), reflect.TypeFor[_io_ReaderG](),
	}
}

// The same wrappers with GopadSelf (a G after the name), for a cell's
// struct value, whose IValue yaegi fills with one of its fields: through
// the method SelfValue has the value back, which fmt prints (self.go,
// internal/genself for the other interfaces).

// _io_WriterSRG is _io_WriterSR with GopadSelf.
type _io_WriterSRG struct {
	IValue       any
	WWrite       func(p []byte) (n int, err error)
	WWriteString any
	WReadFrom    any
	WGopadSelf   any
}

func (w _io_WriterSRG) Write(p []byte) (int, error) { return w.WWrite(p) }
func (w _io_WriterSRG) WriteString(s string) (int, error) {
	return writeString(w.WWriteString, w.WWrite, s)
}
func (w _io_WriterSRG) ReadFrom(r io.Reader) (int64, error) {
	return readFrom(w.WReadFrom, w.WWrite, r)
}

// _io_WriterSG is _io_WriterS with GopadSelf.
type _io_WriterSG struct {
	IValue       any
	WWrite       func(p []byte) (n int, err error)
	WWriteString any
	WGopadSelf   any
}

func (w _io_WriterSG) Write(p []byte) (int, error) { return w.WWrite(p) }
func (w _io_WriterSG) WriteString(s string) (int, error) {
	return writeString(w.WWriteString, w.WWrite, s)
}

// _io_WriterRG is _io_WriterR with GopadSelf.
type _io_WriterRG struct {
	IValue     any
	WWrite     func(p []byte) (n int, err error)
	WReadFrom  any
	WGopadSelf any
}

func (w _io_WriterRG) Write(p []byte) (int, error)         { return w.WWrite(p) }
func (w _io_WriterRG) ReadFrom(r io.Reader) (int64, error) { return readFrom(w.WReadFrom, w.WWrite, r) }

// _io_WriterG is yaegi's _io_Writer with GopadSelf.
type _io_WriterG struct {
	IValue     any
	WWrite     func(p []byte) (n int, err error)
	WGopadSelf any
}

func (w _io_WriterG) Write(p []byte) (int, error) { return w.WWrite(p) }

// _io_ReaderWG is _io_ReaderW with GopadSelf.
type _io_ReaderWG struct {
	IValue     any
	WRead      func(p []byte) (n int, err error)
	WWriteTo   any
	WGopadSelf any
}

func (r _io_ReaderWG) Read(p []byte) (int, error) { return r.WRead(p) }
func (r _io_ReaderWG) WriteTo(w io.Writer) (int64, error) {
	return _io_ReaderW{r.IValue, r.WRead, r.WWriteTo}.WriteTo(w)
}

// _io_ReaderG is yaegi's _io_Reader with GopadSelf.
type _io_ReaderG struct {
	IValue     any
	WRead      func(p []byte) (n int, err error)
	WGopadSelf any
}

func (r _io_ReaderG) Read(p []byte) (int, error) { return r.WRead(p) }
