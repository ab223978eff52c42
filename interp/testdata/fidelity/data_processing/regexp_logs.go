package main

import (
	"bufio"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

const accessLog = `192.168.1.10 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.5 - - [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 401 128
192.168.1.10 - - [10/Oct/2023:13:57:12 +0000] "GET /images/logo.png HTTP/1.1" 200 10240
172.16.0.3 - - [10/Oct/2023:13:58:45 +0000] "GET /api/users?id=42 HTTP/1.1" 500 512
this line is garbage
10.0.0.5 - - [10/Oct/2023:13:59:59 +0000] "POST /api/login HTTP/1.1" 200 256
`

var lineRE = regexp.MustCompile(`^(\S+) \S+ \S+ \[([^\]]+)\] "(\w+) ([^ ]+) [^"]+" (\d{3}) (\d+)$`)

type Entry struct {
	IP     string
	Method string
	Path   string
	Status int
	Bytes  int
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(accessLog))
	var entries []Entry
	lineNo := 0
	for sc.Scan() {
		lineNo++
		m := lineRE.FindStringSubmatch(sc.Text())
		if m == nil {
			fmt.Printf("line %d: no match\n", lineNo)
			continue
		}
		status, _ := strconv.Atoi(m[5])
		size, _ := strconv.Atoi(m[6])
		entries = append(entries, Entry{m[1], m[3], m[4], status, size})
	}
	fmt.Println("parsed", len(entries), "entries")

	byIP := map[string][]int{}
	for _, e := range entries {
		byIP[e.IP] = append(byIP[e.IP], e.Status)
	}
	ips := make([]string, 0, len(byIP))
	for ip := range byIP {
		ips = append(ips, ip)
	}
	sort.Strings(ips)
	for _, ip := range ips {
		fmt.Printf("%-14s %v\n", ip, byIP[ip])
	}

	errRE := regexp.MustCompile(`[45]\d\d`)
	for _, e := range entries {
		if errRE.MatchString(strconv.Itoa(e.Status)) {
			fmt.Printf("error %d on %s %s\n", e.Status, e.Method, e.Path)
		}
	}

	named := regexp.MustCompile(`(?P<key>\w+)=(?P<val>\w+)`)
	q := "id=42&sort=desc&limit=10"
	for _, m := range named.FindAllStringSubmatch(q, -1) {
		fmt.Printf("%s => %s\n", m[named.SubexpIndex("key")], m[named.SubexpIndex("val")])
	}
	fmt.Println(named.SubexpNames())
	fmt.Println(named.ReplaceAllString(q, "${val}:${key}"))

	dates := regexp.MustCompile(`(\d{4})-(\d{2})-(\d{2})`)
	txt := "released 2023-10-10, patched 2023-11-02 and 2024-01-15"
	fmt.Println(dates.ReplaceAllString(txt, "$3/$2/$1"))
	fmt.Println(dates.FindAllStringIndex(txt, 2))
	fmt.Printf("%q\n", dates.FindAllString(txt, -1))
	up := regexp.MustCompile(`\b(\w)(\w*)\b`).ReplaceAllStringFunc("hello big world", func(w string) string {
		return strings.ToUpper(w[:1]) + w[1:]
	})
	fmt.Println(up)
	fmt.Printf("%q\n", regexp.MustCompile(`\s*[,;]\s*`).Split("a , b;c ;  d", -1))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	fmt.Println(regexp.QuoteMeta("1+1=2?"), lineRE.NumSubexp())
}
