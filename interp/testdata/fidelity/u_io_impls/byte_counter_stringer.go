package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"
)

// WordCounter implements io.Writer by counting words across writes.
type WordCounter struct {
	counts  map[string]int
	partial []byte
}

func NewWordCounter() *WordCounter { return &WordCounter{counts: map[string]int{}} }

func (wc *WordCounter) Write(p []byte) (int, error) {
	data := append(wc.partial, p...)
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Split(bufio.ScanWords)
	var words []string
	for sc.Scan() {
		words = append(words, strings.ToLower(strings.Trim(sc.Text(), ".,!?;:")))
	}
	// Keep a trailing partial word for the next write.
	wc.partial = nil
	if len(data) > 0 && data[len(data)-1] != ' ' && data[len(data)-1] != '\n' && len(words) > 0 {
		last := words[len(words)-1]
		words = words[:len(words)-1]
		idx := bytes.LastIndexAny(data, " \n")
		wc.partial = append([]byte(nil), data[idx+1:]...)
		_ = last
	}
	for _, w := range words {
		if w != "" {
			wc.counts[w]++
		}
	}
	return len(p), nil
}

func (wc *WordCounter) Flush() {
	if len(wc.partial) > 0 {
		w := strings.ToLower(strings.Trim(string(wc.partial), ".,!?;:"))
		wc.counts[w]++
		wc.partial = nil
	}
}

func (wc *WordCounter) String() string {
	type kv struct {
		k string
		v int
	}
	var list []kv
	for k, v := range wc.counts {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].v != list[j].v {
			return list[i].v > list[j].v
		}
		return list[i].k < list[j].k
	})
	var sb strings.Builder
	for i, e := range list {
		if i == 5 {
			break
		}
		fmt.Fprintf(&sb, "%s=%d ", e.k, e.v)
	}
	return strings.TrimSpace(sb.String())
}

// slowReader hands out at most n bytes per Read to exercise partial writes.
type slowReader struct {
	r io.Reader
	n int
}

func (s *slowReader) Read(p []byte) (int, error) {
	if len(p) > s.n {
		p = p[:s.n]
	}
	return s.r.Read(p)
}

const text = `The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs. A quick fox, a lazy dog, and the end of the story!`

func main() {
	for _, size := range []int{3, 7, 64} {
		wc := NewWordCounter()
		n, err := io.Copy(wc, &slowReader{strings.NewReader(text), size})
		wc.Flush()
		fmt.Printf("size %2d: n=%d err=%v\n", size, n, err)
		fmt.Println("  ", wc)
	}
	var s fmt.Stringer = NewWordCounter()
	fmt.Fprintf(s.(io.Writer), "alpha beta alpha ")
	fmt.Printf("%v|%s|%q\n", s, s, s)
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.WriteByte('w')
	buf.WriteRune('ö')
	buf.Write([]byte("rld"))
	fmt.Println(buf.String(), buf.Len())
	rd := bufio.NewReader(&buf)
	r, size, _ := rd.ReadRune()
	fmt.Println(string(r), size)
	rest, err := rd.ReadString(' ')
	fmt.Printf("%q %v\n", rest, err)
	rest, err = rd.ReadString(' ')
	fmt.Printf("%q %v\n", rest, err)
}
