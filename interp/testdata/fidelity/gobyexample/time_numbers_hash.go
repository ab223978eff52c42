package main

import (
	"crypto/sha256"
	b64 "encoding/base64"
	"fmt"
	"strconv"
	"time"
)

func main() {
	p := fmt.Println

	then := time.Date(2009, 11, 17, 20, 34, 58, 651387237, time.UTC)
	p(then)
	p(then.Year(), then.Month(), then.Day(), then.Hour(), then.Minute())
	p(then.Second(), then.Nanosecond(), then.Location(), then.Weekday())

	later := time.Date(2010, 2, 3, 4, 5, 6, 0, time.UTC)
	p(then.Before(later), then.After(later), then.Equal(later))
	diff := later.Sub(then)
	p(diff)
	p(diff.Hours(), diff.Minutes())
	p(then.Add(diff))
	p(then.Add(-diff))
	p(then.Unix(), then.UnixMilli())

	p(then.Format(time.RFC3339))
	t1, e := time.Parse(time.RFC3339, "2012-11-01T22:08:41+00:00")
	p(t1, e)
	p(then.Format("3:04PM"))
	p(then.Format("Mon Jan _2 15:04:05 2006"))
	p(then.Format("2006-01-02T15:04:05.999999-07:00"))
	form := "3 04 PM"
	t2, e := time.Parse(form, "8 41 PM")
	p(t2)
	fmt.Printf("%d-%02d-%02dT%02d:%02d:%02d-00:00\n",
		then.Year(), then.Month(), then.Day(), then.Hour(), then.Minute(), then.Second())
	_, e = time.Parse("Mon Jan _2 15:04:05 2006", "8:41PM")
	p(e)
	d := 90*time.Minute + 30*time.Second
	p(d, d.Round(time.Hour), time.Duration(1500)*time.Millisecond)
	p(then.Truncate(24 * time.Hour).Format(time.DateOnly))
	p(then.AddDate(0, 3, 20).Format(time.DateTime))

	f, _ := strconv.ParseFloat("1.234", 64)
	p(f)
	i, _ := strconv.ParseInt("123", 0, 64)
	p(i)
	dd, _ := strconv.ParseInt("0x1c8", 0, 64)
	p(dd)
	u, _ := strconv.ParseUint("789", 0, 64)
	p(u)
	k, _ := strconv.Atoi("135")
	p(k)
	_, e = strconv.Atoi("wat")
	p(e)
	p(strconv.Itoa(-42), strconv.FormatInt(255, 2), strconv.Quote("hi\n"))
	bv, e := strconv.ParseBool("maybe")
	p(bv, e)

	s := "sha256 this string"
	h := sha256.New()
	h.Write([]byte(s))
	bs := h.Sum(nil)
	p(s)
	fmt.Printf("%x\n", bs)
	fmt.Printf("%x\n", sha256.Sum256([]byte("abc")))

	data := "abc123!?$*&()'-=@~"
	sEnc := b64.StdEncoding.EncodeToString([]byte(data))
	p(sEnc)
	sDec, _ := b64.StdEncoding.DecodeString(sEnc)
	p(string(sDec))
	uEnc := b64.URLEncoding.EncodeToString([]byte(data))
	p(uEnc)
	uDec, _ := b64.URLEncoding.DecodeString(uEnc)
	p(string(uDec))
	_, err := b64.StdEncoding.DecodeString("!!!")
	p(err)
}
