package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/fnv"
	"io"
	"strings"
)

type namedHash struct {
	name string
	h    hash.Hash
}

func digestAll(input string, hs []namedHash) {
	ws := make([]io.Writer, len(hs))
	for i, nh := range hs {
		ws[i] = nh.h
	}
	mw := io.MultiWriter(ws...)
	n, _ := io.Copy(mw, strings.NewReader(input))
	fmt.Printf("hashed %d bytes\n", n)
	for _, nh := range hs {
		fmt.Printf("  %-8s size=%2d %x\n", nh.name, nh.h.Size(), nh.h.Sum(nil))
	}
}

type shard struct {
	name string
	keys []string
}

func shardOf(key string, n uint32) uint32 {
	h := fnv.New32a()
	h.Write([]byte(key))
	return h.Sum32() % n
}

func main() {
	msg := "The quick brown fox jumps over the lazy dog"
	fmt.Printf("%08x\n", crc32.ChecksumIEEE([]byte(msg)))
	castagnoli := crc32.MakeTable(crc32.Castagnoli)
	fmt.Printf("%08x\n", crc32.Checksum([]byte(msg), castagnoli))
	c := crc32.NewIEEE()
	io.WriteString(c, "The quick brown fox ")
	io.WriteString(c, "jumps over the lazy dog")
	fmt.Println(c.Sum32() == crc32.ChecksumIEEE([]byte(msg)), crc32.Update(0, crc32.IEEETable, []byte("abc")))

	sum := sha256.Sum256([]byte(msg))
	fmt.Println(hex.EncodeToString(sum[:]))
	fmt.Printf("%x\n", sha1.Sum([]byte("")))
	fmt.Printf("%X\n", md5.Sum([]byte(msg)))
	fmt.Println(len(sum), sha256.Size, sha256.BlockSize)

	digestAll(msg, []namedHash{
		{"md5", md5.New()},
		{"sha1", sha1.New()},
		{"sha256", sha256.New()},
		{"sha224", sha256.New224()},
		{"fnv64a", fnv.New64a()},
		{"adler32", adler32.New()},
		{"crc32", crc32.NewIEEE()},
	})

	h := sha256.New()
	h.Write([]byte("part1"))
	mid := h.Sum(nil)
	h.Write([]byte("part2"))
	fmt.Printf("%x\n%x\n", mid[:8], h.Sum([]byte("prefix:"))[:15])
	h.Reset()
	fmt.Printf("%x\n", h.Sum(nil)[:4])

	shards := make([]shard, 4)
	for i := range shards {
		shards[i].name = fmt.Sprintf("s%d", i)
	}
	for _, k := range strings.Fields("alpha beta gamma delta epsilon zeta eta theta iota kappa") {
		i := shardOf(k, uint32(len(shards)))
		shards[i].keys = append(shards[i].keys, k)
	}
	for _, s := range shards {
		fmt.Println(s.name, s.keys)
	}
	f := fnv.New64()
	f.Write([]byte("gopher"))
	fmt.Println(f.Sum64(), fnv.New128a().Size())
}
