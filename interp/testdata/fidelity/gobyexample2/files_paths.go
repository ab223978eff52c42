package main

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "gbe")
	check(err)
	defer os.RemoveAll(dir)

	p := filepath.Join(dir, "dat1")
	d1 := []byte("hello\ngo\n")
	check(os.WriteFile(p, d1, 0644))

	f, err := os.Create(filepath.Join(dir, "dat2"))
	check(err)
	n2, err := f.Write([]byte{115, 111, 109, 101, 10})
	check(err)
	fmt.Printf("wrote %d bytes\n", n2)
	n3, _ := f.WriteString("writes\n")
	fmt.Printf("wrote %d bytes\n", n3)
	w := bufio.NewWriter(f)
	n4, _ := w.WriteString("buffered\n")
	fmt.Printf("wrote %d bytes\n", n4)
	w.Flush()
	f.Close()

	dat, err := os.ReadFile(filepath.Join(dir, "dat2"))
	check(err)
	fmt.Print(string(dat))

	f2, err := os.Open(p)
	check(err)
	b1 := make([]byte, 5)
	n1, err := f2.Read(b1)
	check(err)
	fmt.Printf("%d bytes: %s\n", n1, string(b1[:n1]))
	o2, _ := f2.Seek(6, io.SeekStart)
	b2 := make([]byte, 2)
	n2, _ = f2.Read(b2)
	fmt.Printf("%d bytes @ %d: %v\n", n2, o2, string(b2[:n2]))
	_, err = f2.Seek(0, io.SeekStart)
	check(err)
	r4 := bufio.NewReader(f2)
	b4, _ := r4.Peek(5)
	fmt.Printf("5 bytes: %s\n", string(b4))
	f2.Close()

	check(os.MkdirAll(filepath.Join(dir, "sub", "deep"), 0755))
	for _, name := range []string{"sub/a.txt", "sub/b.go", "sub/deep/c.txt"} {
		check(os.WriteFile(filepath.Join(dir, name), []byte(name), 0644))
	}
	var found []string
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, path)
		if d.IsDir() {
			rel += "/"
		}
		found = append(found, rel)
		return nil
	})
	sort.Strings(found)
	fmt.Println(strings.Join(found, " "))
	entries, _ := os.ReadDir(filepath.Join(dir, "sub"))
	for _, e := range entries {
		fmt.Println(" ", e.Name(), e.IsDir())
	}
	fmt.Println(filepath.Base("a/b/c.tar.gz"), filepath.Ext("c.tar.gz"), filepath.Dir("a/b/c"), filepath.IsAbs("/x"))
	fmt.Println(strings.TrimSuffix("config.json", filepath.Ext("config.json")))
	m, _ := filepath.Match("*.txt", "notes.txt")
	fmt.Println(m, filepath.Clean("a//b/../c/."), filepath.Join("dir1//", "filename"))
	_, err = os.Stat(filepath.Join(dir, "missing"))
	fmt.Println(os.IsNotExist(err), errorsIs(err))
	os.Setenv("FOO", "1")
	fmt.Println("FOO:", os.Getenv("FOO"), "BAR:", os.Getenv("BAR"))
	v, ok := os.LookupEnv("BAR")
	fmt.Printf("%q %v\n", v, ok)
}

func errorsIs(err error) bool {
	var pe *fs.PathError
	ok := false
	if e, isPE := err.(*fs.PathError); isPE {
		pe = e
		ok = pe.Op == "stat"
	}
	return ok
}
