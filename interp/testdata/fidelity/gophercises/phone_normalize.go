package main

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strings"
)

func normalize(phone string) string {
	var buf bytes.Buffer
	for _, ch := range phone {
		if ch >= '0' && ch <= '9' {
			buf.WriteRune(ch)
		}
	}
	return buf.String()
}

var nonDigit = regexp.MustCompile(`\D`)

func normalizeRe(phone string) string {
	return nonDigit.ReplaceAllString(phone, "")
}

type phoneDB struct {
	rows map[int]string
	next int
}

func (db *phoneDB) insert(p string) int {
	db.next++
	db.rows[db.next] = p
	return db.next
}

func (db *phoneDB) find(p string) (int, bool) {
	for id, v := range db.rows {
		if v == p {
			return id, true
		}
	}
	return 0, false
}

func (db *phoneDB) ids() []int {
	ids := make([]int, 0, len(db.rows))
	for id := range db.rows {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	return ids
}

func format(p string) string {
	if len(p) != 10 {
		return p
	}
	return fmt.Sprintf("(%s) %s-%s", p[:3], p[3:6], p[6:])
}

func main() {
	inputs := []string{
		"1234567890", "123 456 7891", "(123) 456 7892", "(123) 456-7893",
		"123-456-7894", "123-456-7890", "1234567892", "(123)456-7892",
	}
	db := &phoneDB{rows: map[int]string{}}
	for _, in := range inputs {
		db.insert(in)
	}
	for _, id := range db.ids() {
		p := db.rows[id]
		n := normalize(p)
		if n != normalizeRe(p) {
			fmt.Println("mismatch", p)
		}
		if other, ok := db.find(n); ok && other != id {
			fmt.Printf("%d: %-16q dup of %d, deleting\n", id, p, other)
			delete(db.rows, id)
			continue
		}
		db.rows[id] = n
		fmt.Printf("%d: %-16q -> %s\n", id, p, n)
	}
	fmt.Println("remaining:", len(db.rows))
	for _, id := range db.ids() {
		fmt.Printf("  %d %s\n", id, format(db.rows[id]))
	}
	re := regexp.MustCompile(`\(?(\d{3})\)?[ -]?(\d{3})[ -]?(\d{4})`)
	for _, in := range inputs[:4] {
		m := re.FindStringSubmatch(in)
		fmt.Printf("%q => %q\n", in, m[1:])
	}
	fmt.Println(strings.Join(re.FindAllString("call 123-456-7890 or (555) 123 4567 now", -1), " | "))
}
