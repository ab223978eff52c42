package main

import (
	"fmt"
	"html"
	"mime"
	"net/netip"
	"net/url"
	"path"
	"path/filepath"
	"unicode/utf16"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"192.168.1.10", "::1", "2001:db8::68", "10.0.0.256", "fe80::1%eth0"} {
		a, err := netip.ParseAddr(s)
		if err != nil {
			fmt.Println("bad:", err)
			continue
		}
		fmt.Printf("%-14s v4=%v v6=%v loopback=%v private=%v zone=%q\n", a, a.Is4(), a.Is6(), a.IsLoopback(), a.IsPrivate(), a.Zone())
	}
	p := netip.MustParsePrefix("10.1.0.0/16")
	for _, s := range []string{"10.1.2.3", "10.2.0.1"} {
		fmt.Println(p, "contains", s, p.Contains(netip.MustParseAddr(s)))
	}
	ap, _ := netip.ParseAddrPort("[::1]:8080")
	fmt.Println(ap.Addr(), ap.Port(), p.Masked(), p.Bits(), netip.MustParseAddr("10.0.0.1").Next())

	u, err := url.Parse("https://user:p%40ss@example.com:8443/a/b%20c/?q=go+lang&tag=x&tag=y#frag")
	if err != nil {
		panic(err)
	}
	fmt.Println(u.Scheme, u.Host, u.Hostname(), u.Port(), u.Path, u.RawQuery, u.Fragment)
	pw, _ := u.User.Password()
	fmt.Println(u.User.Username(), pw, u.EscapedPath())
	q := u.Query()
	fmt.Println(q.Get("q"), q["tag"], q.Has("missing"))
	q.Set("page", "2")
	q.Add("tag", "z")
	q.Del("q")
	u.RawQuery = q.Encode()
	fmt.Println(u.String())
	ref, _ := url.Parse("../d?x=1")
	fmt.Println(u.ResolveReference(ref))
	fmt.Println(url.QueryEscape("a b&c=d/é"), url.PathEscape("a b/c"))
	un, err := url.QueryUnescape("%zz")
	fmt.Println(un, err)
	_, err = url.Parse("http://[::1")
	fmt.Println(err)
	fmt.Println(url.JoinPath("https://x.org/api/", "v1", "../v2", "items"))

	for _, pat := range []string{"*.go", "a?c", "[a-c]*", "dir/*"} {
		for _, name := range []string{"main.go", "abc", "cat", "dir/x"} {
			ok, _ := filepath.Match(pat, name)
			if ok {
				fmt.Printf("%s~%s ", pat, name)
			}
		}
	}
	fmt.Println()
	_, err = filepath.Match("[", "x")
	fmt.Println(err)
	fmt.Println(filepath.Clean("a//b/./c/../d/"), path.Clean("/../x"), path.Join("a", "", "b/", "../c"))
	fmt.Println(path.Base("/a/b.tar.gz"), path.Ext("/a/b.tar.gz"), path.Dir("/a/b/"), path.IsAbs("x/y"))
	dir, file := path.Split("static/css/site.css")
	fmt.Println(dir, file)
	rel, err := filepath.Rel("/a/b", "/a/c/d")
	fmt.Println(filepath.ToSlash(rel), err)

	for _, ext := range []string{".html", ".json", ".png", ".unknownext"} {
		fmt.Printf("%s=%q ", ext, mime.TypeByExtension(ext))
	}
	fmt.Println()
	mt, params, err := mime.ParseMediaType(`text/html; charset="utf-8"; q=0.9`)
	fmt.Println(mt, params["charset"], params["q"], err)
	fmt.Println(mime.FormatMediaType("attachment", map[string]string{"filename": "r é.txt"}))

	fmt.Println(html.EscapeString(`<script>alert("x & y")</script>`))
	fmt.Println(html.UnescapeString("&lt;b&gt; &amp;amp; &eacute; &#x263a; &#65;"))

	enc := utf16.Encode([]rune("a€😀"))
	fmt.Printf("%04x %d\n", enc, len(enc))
	fmt.Println(string(utf16.Decode(enc)), utf16.IsSurrogate(rune(enc[2])))
	r1, r2 := utf16.EncodeRune('😀')
	fmt.Printf("%x %x %c\n", r1, r2, utf16.DecodeRune(r1, r2))
	fmt.Println(utf8.RuneLen('😀'), utf8.ValidString("a\xffb"), utf8.RuneCountInString("a€😀"))
}
