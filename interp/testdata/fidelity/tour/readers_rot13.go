package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type MyReader struct{}

func (MyReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 'A'
	}
	return len(b), nil
}

type rot13Reader struct {
	r io.Reader
}

func rot13(b byte) byte {
	switch {
	case b >= 'A' && b <= 'Z':
		return 'A' + (b-'A'+13)%26
	case b >= 'a' && b <= 'z':
		return 'a' + (b-'a'+13)%26
	}
	return b
}

func (rr rot13Reader) Read(p []byte) (int, error) {
	n, err := rr.r.Read(p)
	for i := 0; i < n; i++ {
		p[i] = rot13(p[i])
	}
	return n, err
}

type upperWriter struct {
	w io.Writer
}

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

func main() {
	r := strings.NewReader("Hello, Reader!")
	b := make([]byte, 8)
	for {
		n, err := r.Read(b)
		fmt.Printf("n = %v err = %v b = %v\n", n, err, b)
		fmt.Printf("b[:n] = %q\n", b[:n])
		if err == io.EOF {
			break
		}
	}

	buf := make([]byte, 5)
	n, _ := MyReader{}.Read(buf)
	fmt.Println(n, string(buf))
	lim := io.LimitReader(MyReader{}, 12)
	all, err := io.ReadAll(lim)
	fmt.Println(string(all), err)

	s := strings.NewReader("Lbh penpxrq gur pbqr!")
	rr := rot13Reader{s}
	io.Copy(os.Stdout, &rr)
	fmt.Println()

	back := rot13Reader{rot13Reader{strings.NewReader("Double rot is identity")}}
	data, _ := io.ReadAll(back)
	fmt.Println(string(data))

	io.Copy(upperWriter{os.Stdout}, rot13Reader{strings.NewReader("uryyb jbeyq\n")})

	var sb strings.Builder
	mw := io.MultiWriter(&sb, upperWriter{os.Stdout})
	fmt.Fprintf(mw, "multi %d\n", 3)
	fmt.Print("builder got: ", sb.String())

	pr := io.MultiReader(strings.NewReader("abc"), strings.NewReader("def"))
	chunk := make([]byte, 4)
	for {
		n, err := pr.Read(chunk)
		if n > 0 {
			fmt.Printf("%q ", chunk[:n])
		}
		if err != nil {
			fmt.Println(err)
			break
		}
	}
}
