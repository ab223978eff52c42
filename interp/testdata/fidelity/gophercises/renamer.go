package main

import (
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

var files = []string{
	"sample/birthday_001.txt", "sample/birthday_002.txt", "sample/birthday_003.txt", "sample/birthday_004.txt",
	"sample/christmas 2016 (1 of 100).txt", "sample/christmas 2016 (3 of 100).txt", "sample/christmas 2016 (2 of 100).txt",
	"sample/nested/n_008.txt", "sample/nested/n_009.txt", "sample/nested/n_010.txt", "sample/notes.md",
}

type match struct {
	base  string
	index int
	ext   string
}

var (
	numbered = regexp.MustCompile(`^(.+?) ([0-9]{4}) [(]([0-9]+) of ([0-9]+)[)][.](.+?)$`)
)

func matchUnderscore(name string) (*match, error) {
	pieces := strings.Split(name, ".")
	ext := pieces[len(pieces)-1]
	tmp := strings.Join(pieces[0:len(pieces)-1], ".")
	pieces = strings.Split(tmp, "_")
	name = strings.Join(pieces[0:len(pieces)-1], "_")
	number, err := strconv.Atoi(pieces[len(pieces)-1])
	if err != nil {
		return nil, fmt.Errorf("%s didn't match our pattern", name)
	}
	return &match{strings.Title(name), number, ext}, nil
}

func main() {
	toRename := map[string][]string{}
	for _, path := range files {
		dir, base := filepath.Split(path)
		if ok, _ := filepath.Match("*_[0-9][0-9][0-9].txt", base); !ok {
			continue
		}
		if m, err := matchUnderscore(base); err == nil {
			key := filepath.Join(dir, fmt.Sprintf("%s.%s", m.base, m.ext))
			toRename[key] = append(toRename[key], base)
		}
	}
	keys := make([]string, 0, len(toRename))
	for k := range toRename {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, key := range keys {
		dir := filepath.Dir(key)
		n := len(toRename[key])
		sort.Strings(toRename[key])
		for _, name := range toRename[key] {
			m, _ := matchUnderscore(name)
			newName := fmt.Sprintf("%s - %d of %d.%s", m.base, m.index, n, m.ext)
			fmt.Printf("mv %s => %s\n", filepath.Join(dir, name), filepath.Join(dir, newName))
		}
	}
	for _, path := range files {
		base := filepath.Base(path)
		if m := numbered.FindStringSubmatch(base); m != nil {
			fmt.Printf("%-40s year=%s n=%s/%s ext=%s\n", base, m[2], m[3], m[4], m[5])
		}
	}
	fmt.Println(filepath.Ext("a/b.tar.gz"), filepath.Clean("a//b/../c/"), filepath.IsAbs("/x"))
	rel, err := filepath.Rel("/a/b", "/a/b/c/d.txt")
	fmt.Println(rel, err)
	_, err = matchUnderscore("notes.md")
	fmt.Println(err)
}
