package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/fnv"
	"io"
	"strings"
)

func sum(h hash.Hash, s string) string {
	h.Reset()
	io.WriteString(h, s)
	return hex.EncodeToString(h.Sum(nil))
}

type shard struct {
	name string
	keys []string
}

func main() {
	input := "The quick brown fox jumps over the lazy dog"
	fmt.Printf("md5    %x\n", md5.Sum([]byte(input)))
	fmt.Printf("sha1   %x\n", sha1.Sum([]byte(input)))
	fmt.Printf("sha256 %x\n", sha256.Sum256([]byte(input)))
	s512 := sha512.Sum512([]byte(input))
	fmt.Printf("sha512 %x...\n", s512[:16])

	hs := map[string]hash.Hash{"sha256": sha256.New(), "sha224": sha256.New224(), "md5": md5.New()}
	for _, name := range []string{"md5", "sha224", "sha256"} {
		h := hs[name]
		fmt.Printf("%-6s size=%d block=%d %s\n", name, h.Size(), h.BlockSize(), sum(h, "")[:16])
	}

	h := sha256.New()
	for _, chunk := range strings.SplitAfter(input, " ") {
		h.Write([]byte(chunk))
	}
	fmt.Printf("chunked equal: %v\n", hex.EncodeToString(h.Sum(nil)) == fmt.Sprintf("%x", sha256.Sum256([]byte(input))))

	fmt.Printf("crc32 ieee  %08x\n", crc32.ChecksumIEEE([]byte(input)))
	tab := crc32.MakeTable(crc32.Castagnoli)
	fmt.Printf("crc32 castagnoli %08x\n", crc32.Checksum([]byte(input), tab))
	c := crc32.NewIEEE()
	c.Write([]byte("The quick "))
	c.Write([]byte("brown fox jumps over the lazy dog"))
	fmt.Printf("crc32 stream %08x %d\n", c.Sum32(), c.Size())
	fmt.Printf("crc32 update %08x\n", crc32.Update(0, crc32.IEEETable, []byte(input)))
	fmt.Printf("adler32 %08x\n", adler32.Checksum([]byte(input)))

	f32 := fnv.New32a()
	f32.Write([]byte("hello"))
	fmt.Printf("fnv32a %d %x\n", f32.Sum32(), f32.Sum(nil))
	f64 := fnv.New64()
	f64.Write([]byte("hello"))
	fmt.Printf("fnv64 %d\n", f64.Sum64())
	f128 := fnv.New128a()
	f128.Write([]byte("hello"))
	fmt.Printf("fnv128a %x\n", f128.Sum(nil))

	shards := []shard{{name: "s0"}, {name: "s1"}, {name: "s2"}}
	for _, k := range []string{"alice", "bob", "carol", "dave", "erin", "frank", "grace"} {
		hf := fnv.New32a()
		hf.Write([]byte(k))
		i := hf.Sum32() % uint32(len(shards))
		shards[i].keys = append(shards[i].keys, k)
	}
	for _, s := range shards {
		fmt.Println(s.name, s.keys)
	}

	var h32 hash.Hash32 = crc32.NewIEEE()
	io.Copy(h32, strings.NewReader(strings.Repeat("x", 10000)))
	fmt.Println(h32.Sum32())
}
