package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/fnv"
	"io"
	"sort"
	"strings"
)

var files = map[string]string{
	"README.md":   "# demo\nA tiny project.\n",
	"main.go":     "package main\n\nfunc main() {}\n",
	"go.mod":      "module demo\n\ngo 1.22\n",
	"empty.txt":   "",
	"data/a.json": `{"a":1}`,
}

type digest struct {
	name string
	new  func() hash.Hash
}

func main() {
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	all := sha256.New()
	for _, n := range names {
		sum := sha256.Sum256([]byte(files[n]))
		fmt.Printf("%x  %s\n", sum[:8], n)
		io.WriteString(all, n+"\x00"+files[n]+"\x00")
	}
	fmt.Printf("tree: %s\n", hex.EncodeToString(all.Sum(nil)))

	digests := []digest{
		{"md5", md5.New},
		{"sha1", sha1.New},
		{"crc32", func() hash.Hash { return crc32.NewIEEE() }},
		{"adler32", func() hash.Hash { return adler32.New() }},
		{"fnv64a", func() hash.Hash { return fnv.New64a() }},
	}
	for _, d := range digests {
		h := d.new()
		h.Write([]byte("The quick brown fox jumps over the lazy dog"))
		fmt.Printf("%-8s size=%2d block=%2d %x\n", d.name, h.Size(), h.BlockSize(), h.Sum(nil))
	}
	castag := crc32.MakeTable(crc32.Castagnoli)
	fmt.Printf("crc32c=%08x\n", crc32.Checksum([]byte("123456789"), castag))

	raw := []byte{0, 1, 2, 250, 251, 252, 253, 254, 255}
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding} {
		s := enc.EncodeToString(raw)
		back, err := enc.DecodeString(s)
		fmt.Println(s, back, err)
	}
	_, err := base64.StdEncoding.DecodeString("bad*input")
	fmt.Println(err)
	_, err = hex.DecodeString("abz")
	fmt.Println(err, strings.ToUpper(hex.EncodeToString([]byte("Go"))))
}
