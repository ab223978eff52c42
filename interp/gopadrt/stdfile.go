package gopadrt

import (
	"io"
	"os"
	"reflect"
)

// A cell's os.Stdout and os.Stderr are the session's writers (yaegi's
// special stdio), typed io.Writer, and its os.Stdin the session's reader,
// typed io.Reader, so the methods of *os.File that programs call on them
// (WriteString, Fd, Name, ...) do not compile, and assertions to the
// other interface (os.Stdin.(io.Writer)) fail. Package rewrite's
// stdStreams pass replaces each use of os.Stdin, os.Stdout and os.Stderr
// with gopadBuiltin.Stdin, Stdout or Stderr: a stdFile with those methods,
// which
// writes to the same writer as fmt.Print, so output keeps its order and is
// captured and streamed. Its Close closes the stream for the rest of the
// cell (the session's, through streamCloser): later writes fail as a
// closed *os.File's do, and the next cell has its streams again.

// StdFileMismatch is yaegi's error where a cell gives its os.Stdout to
// an *os.File, and StdFileLimit explains it.
const StdFileMismatch = "cannot use type *gopadrt.stdFile as type *os.File"

// StdFileLimit explains why os.Stdout cannot go where an *os.File must.
const StdFileLimit = "os.Stdout and os.Stderr are the session's output streams in gopad, with the methods of " +
	"*os.File but not its type: declare the parameter or variable as io.Writer (func report(w io.Writer))"

// StdFileOther is the start of yaegi's error where a cell gives its
// os.Stdout to another type whose methods it lacks (an io.ReadSeeker: it
// has no Seek), and StdFileOtherLimit explains it, given that type.
const StdFileOther = "cannot use type *gopadrt.stdFile as type "

// StdFileOtherLimit explains why os.Stdout cannot go where t must.
func StdFileOtherLimit(t string) string {
	return "gopad cannot use os.Stdout or os.Stderr as " + t + ": they are the session's streams, with " +
		"the Read, Write, WriteString, ReadFrom, Close, Name, Fd, Stat and Sync of *os.File but not its other " +
		"methods; declare the field or parameter as io.Writer (or io.WriteCloser)"
}

// stdFile is os.Stdin, os.Stdout or os.Stderr as a cell sees it.
type stdFile struct {
	w    io.Writer
	r    io.Reader
	real *os.File // the process's file, for Fd and Stat
}

// StdFileType is the run-time type of a cell's os.Stdin, os.Stdout and
// os.Stderr, which %T and reflect name *os.File.
var StdFileType = reflect.TypeFor[*stdFile]()

// newStdFile is the session's stream w (os.Stdout, os.Stderr) over the
// process's file real.
func newStdFile(w io.Writer, real *os.File) *stdFile { return &stdFile{w, real, real} }

// newStdin is the session's input r as os.Stdin: reads ask the frontend,
// writes go to the process's file, as *os.File's do.
func newStdin(r io.Reader) *stdFile { return &stdFile{os.Stdin, r, os.Stdin} }

// streamCloser is the session's side of a stream a cell can close.
type streamCloser interface{ CloseStream() error }

// Close closes the stream until the cell ends: what the cell writes to
// it afterwards (fmt.Println too) is lost with an error, as in a program
// that closed its os.Stdout.
func (f *stdFile) Close() error {
	for _, side := range []any{f.w, f.r} {
		if c, ok := side.(streamCloser); ok {
			return c.CloseStream()
		}
	}
	return nil
}

func (f *stdFile) Write(p []byte) (int, error)       { return f.w.Write(p) }
func (f *stdFile) WriteString(s string) (int, error) { return io.WriteString(f.w, s) }

// Read reads the stream: the process's for os.Stdout, as *os.File's Read
// does, so that the stream is an io.Reader and an io.ReadWriter as
// os.Stdout is; the session's input for os.Stdin.
func (f *stdFile) Read(p []byte) (int, error) { return f.r.Read(p) }

// Name is the file's name, as *os.File names the standard streams.
func (f *stdFile) Name() string { return f.real.Name() }

// Fd is the process's descriptor of the stream.
func (f *stdFile) Fd() uintptr { return f.real.Fd() }

// Stat describes the process's stream.
func (f *stdFile) Stat() (os.FileInfo, error) { return f.real.Stat() }

// Sync has nothing to do: writes reach the session's output at once.
func (f *stdFile) Sync() error { return nil }

// ReadFrom copies r to the stream (io.Copy(os.Stdout, r)).
func (f *stdFile) ReadFrom(r io.Reader) (int64, error) {
	return io.Copy(struct{ io.Writer }{f.w}, r)
}
