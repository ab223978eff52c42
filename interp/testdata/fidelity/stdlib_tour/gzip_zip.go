package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"log"
	"sort"
	"strings"
	"time"
)

func gzipRoundTrip(text string) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Name = "notes.txt"
	zw.Comment = "round trip"
	zw.ModTime = time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	if _, err := zw.Write([]byte(text)); err != nil {
		log.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("gzip: %d -> %d bytes, compressed smaller: %v\n", len(text), buf.Len(), buf.Len() < len(text))

	zr, err := gzip.NewReader(&buf)
	if err != nil {
		log.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("header:", zr.Name, zr.Comment, zr.ModTime.UTC().Format(time.RFC3339))
	fmt.Println("same:", string(out) == text, len(out))
}

func zipRoundTrip(files map[string]string) {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		f, err := w.Create(n)
		if err != nil {
			log.Fatal(err)
		}
		io.WriteString(f, files[n])
	}
	w.SetComment("made in memory")
	if err := w.Close(); err != nil {
		log.Fatal(err)
	}
	r, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("zip comment:", r.Comment, "files:", len(r.File))
	for _, f := range r.File {
		rc, err := f.Open()
		if err != nil {
			log.Fatal(err)
		}
		body, _ := io.ReadAll(rc)
		rc.Close()
		fmt.Printf("  %-12s %4d bytes method=%d %q\n", f.Name, f.UncompressedSize64, f.Method, firstLine(string(body)))
	}
}

func tarRoundTrip() {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	entries := []struct{ name, body string }{
		{"readme.txt", "This archive contains some text files."},
		{"gopher.txt", "Gopher names:\nGeorge\nGeoffrey\nGonzo"},
		{"todo.txt", "Get animal handling license."},
	}
	for _, e := range entries {
		hdr := &tar.Header{Name: e.name, Mode: 0600, Size: int64(len(e.body))}
		if err := tw.WriteHeader(hdr); err != nil {
			log.Fatal(err)
		}
		tw.Write([]byte(e.body))
	}
	tw.Close()
	tr := tar.NewReader(&buf)
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			log.Fatal(err)
		}
		b, _ := io.ReadAll(tr)
		fmt.Printf("tar %s (%d): %q\n", hdr.Name, hdr.Size, firstLine(string(b)))
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

func main() {
	gzipRoundTrip(strings.Repeat("all work and no play makes jack a dull boy\n", 40))
	zipRoundTrip(map[string]string{
		"a.txt":       "alpha\nbeta",
		"dir/b.txt":   strings.Repeat("b", 500),
		"empty.txt":   "",
		"unicode.txt": "héllo wörld",
	})
	tarRoundTrip()
	_, err := gzip.NewReader(strings.NewReader("not gzip at all"))
	fmt.Println("bad gzip:", err)
}
