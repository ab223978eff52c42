package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "notes-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	files := map[string]string{"b.txt": "beta\nline two\n", "a.md": "# alpha\n", "sub/c.txt": "gamma\n"}
	for name, body := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			fmt.Println(err)
		}
	}
	var found []string
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if !d.IsDir() {
			rel, _ := filepath.Rel(dir, path)
			found = append(found, filepath.ToSlash(rel))
		}
		return nil
	})
	sort.Strings(found)
	fmt.Println(found)

	f, _ := os.Open(filepath.Join(dir, "b.txt"))
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fmt.Println(strings.ToUpper(sc.Text()))
	}
	f.Close()
	fa, _ := os.OpenFile(filepath.Join(dir, "a.md"), os.O_APPEND|os.O_WRONLY, 0)
	fa.WriteString("more\n")
	fa.Close()
	data, _ := os.ReadFile(filepath.Join(dir, "a.md"))
	fmt.Printf("%q\n", data)

	info, _ := os.Stat(filepath.Join(dir, "sub"))
	fmt.Println(info.IsDir(), info.Name())

	_, err = os.ReadFile(filepath.Join(dir, "missing.txt"))
	fmt.Println(os.IsNotExist(err))
}
