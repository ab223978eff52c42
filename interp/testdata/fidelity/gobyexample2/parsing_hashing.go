package main

import (
	"crypto/sha256"
	b64 "encoding/base64"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"time"
)

func main() {
	f, _ := strconv.ParseFloat("1.234", 64)
	fmt.Println(f)
	i, _ := strconv.ParseInt("123", 0, 64)
	fmt.Println(i)
	d, _ := strconv.ParseInt("0x1c8", 0, 64)
	fmt.Println(d)
	u, _ := strconv.ParseUint("789", 0, 64)
	fmt.Println(u)
	k, _ := strconv.Atoi("135")
	fmt.Println(k)
	_, e := strconv.Atoi("wat")
	fmt.Println(e)

	s := "postgres://user:pass@host.com:5432/path?k=v#f"
	pu, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	fmt.Println(pu.Scheme)
	fmt.Println(pu.User)
	fmt.Println(pu.User.Username())
	pw, _ := pu.User.Password()
	fmt.Println(pw)
	fmt.Println(pu.Host)
	host, port, _ := net.SplitHostPort(pu.Host)
	fmt.Println(host)
	fmt.Println(port)
	fmt.Println(pu.Path)
	fmt.Println(pu.Fragment)
	fmt.Println(pu.RawQuery)
	m, _ := url.ParseQuery(pu.RawQuery)
	fmt.Println(m)
	fmt.Println(m["k"][0])

	str := "sha256 this string"
	h := sha256.New()
	h.Write([]byte(str))
	bs := h.Sum(nil)
	fmt.Println(str)
	fmt.Printf("%x\n", bs)
	fmt.Printf("%x\n", sha256.Sum256([]byte("abc")))

	data := "abc123!?$*&()'-=@~"
	sEnc := b64.StdEncoding.EncodeToString([]byte(data))
	fmt.Println(sEnc)
	sDec, _ := b64.StdEncoding.DecodeString(sEnc)
	fmt.Println(string(sDec))
	fmt.Println()
	uEnc := b64.URLEncoding.EncodeToString([]byte(data))
	fmt.Println(uEnc)
	uDec, _ := b64.URLEncoding.DecodeString(uEnc)
	fmt.Println(string(uDec))

	p := fmt.Println
	then := time.Date(2009, 11, 17, 20, 34, 58, 651387237, time.UTC)
	p(then)
	p(then.Year(), then.Month(), then.Day(), then.Hour(), then.Minute(), then.Second(), then.Nanosecond(), then.Location())
	p(then.Weekday())
	now := time.Date(2024, 2, 29, 12, 0, 0, 0, time.UTC)
	p(then.Before(now), then.After(now), then.Equal(now))
	diff := now.Sub(then)
	p(diff)
	p(diff.Hours(), diff.Minutes())
	p(then.Add(diff), then.Add(-diff))
	p(then.Format(time.RFC3339))
	t1, e := time.Parse(time.RFC3339, "2012-11-01T22:08:41+00:00")
	p(t1, e)
	p(then.Format("3:04PM"), then.Format("Mon Jan _2 15:04:05 2006"), then.Format("2006-01-02T15:04:05.999999-07:00"))
	form := "3 04 PM"
	t2, e := time.Parse(form, "8 41 PM")
	p(t2)
	fmt.Printf("%d-%02d-%02dT%02d:%02d:%02d-00:00\n", then.Year(), then.Month(), then.Day(), then.Hour(), then.Minute(), then.Second())
	_, e = time.Parse(" Mon Jan 2 15:04:05 2006", "8:41PM")
	p(e)
	p(then.Unix(), then.UnixMilli(), then.UnixNano())
	p(time.Unix(then.Unix(), 0).UTC(), time.Unix(0, then.UnixNano()).UTC())
}
