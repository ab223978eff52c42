package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

var (
	emailRe = regexp.MustCompile(`(?i)\b([a-z0-9._%+-]+)@([a-z0-9.-]+\.[a-z]{2,})\b`)
	dateRe  = regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})`)
	wordRe  = regexp.MustCompile(`\w+`)
	logRe   = regexp.MustCompile(`^(\S+) \[(\w+)\] (.*)$`)
)

const text = `Contact alice@example.com or Bob.Smith@Mail.Example.org before 2024-03-15.
Invalid: joe@localhost, @nobody.com. Deadline moved to 2024-04-01; archive 1999-12-31.`

func main() {
	for _, m := range emailRe.FindAllStringSubmatch(text, -1) {
		fmt.Printf("user=%-10s domain=%s\n", m[1], strings.ToLower(m[2]))
	}
	fmt.Println(emailRe.FindAllStringIndex(text, -1))
	for _, m := range dateRe.FindAllStringSubmatch(text, -1) {
		parts := map[string]string{}
		for i, name := range dateRe.SubexpNames() {
			if name != "" {
				parts[name] = m[i]
			}
		}
		fmt.Println(parts["day"] + "/" + parts["month"] + "/" + parts["year"])
	}
	fmt.Println(dateRe.ReplaceAllString(text[:60], "${day}.${month}.${year}"))
	fmt.Println(dateRe.SubexpIndex("month"), dateRe.NumSubexp(), dateRe.String())
	counts := map[string]int{}
	for _, w := range wordRe.FindAllString(strings.ToLower(text), -1) {
		counts[w]++
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range counts {
		if v > 1 {
			kvs = append(kvs, kv{k, v})
		}
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].k < kvs[j].k })
	fmt.Println(kvs)
	lines := []string{"12:00:01 [INFO] server started", "12:00:05 [WARN] disk 91% full", "garbage line", "12:01:00 [ERROR] crash: code=7"}
	for _, l := range lines {
		if m := logRe.FindStringSubmatch(l); m != nil {
			fmt.Printf("%-5s at %s: %q\n", m[2], m[1], m[3])
		} else {
			fmt.Printf("no match: %q\n", l)
		}
	}
	re := regexp.MustCompile(`a(x*)b`)
	fmt.Println(re.ReplaceAllString("-ab-axxb-", "T"), re.ReplaceAllString("-ab-axxb-", "$1"), re.ReplaceAllLiteralString("-ab-axxb-", "$1"))
	fmt.Println(re.ReplaceAllStringFunc("-ab-axxb-", strings.ToUpper), re.MatchString("axxxb"), re.FindStringSubmatchIndex("zzaxbzz"))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	fmt.Printf("%q\n", regexp.MustCompile(`\s*,\s*`).Split("a , b,c ,  d", -1))
	fmt.Println(regexp.QuoteMeta("1.5+2=3.5?"))
}
