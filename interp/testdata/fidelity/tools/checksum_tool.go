package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"sort"
	"strings"
)

func main() {
	files := map[string]string{
		"readme.md": "# Project\n",
		"main.go":   "package main\n",
		"empty":     "",
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		h := sha256.New()
		if _, err := io.Copy(h, strings.NewReader(files[n])); err != nil {
			fmt.Println(err)
			continue
		}
		sum := hex.EncodeToString(h.Sum(nil))
		fmt.Printf("%s  %s\n", sum[:16], n)
	}
}
