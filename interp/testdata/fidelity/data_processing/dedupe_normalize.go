package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

type Contact struct {
	Name  string
	Email string
	Phone string
	Tags  []string
}

func normalizeEmail(e string) string {
	e = strings.ToLower(strings.TrimSpace(e))
	local, domain, ok := strings.Cut(e, "@")
	if !ok {
		return e
	}
	if domain == "gmail.com" {
		local = strings.ReplaceAll(local, ".", "")
		if i := strings.IndexByte(local, '+'); i >= 0 {
			local = local[:i]
		}
	}
	return local + "@" + domain
}

func normalizePhone(p string) string {
	var b strings.Builder
	for _, r := range p {
		if unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	d := b.String()
	if len(d) == 11 && d[0] == '1' {
		d = d[1:]
	}
	if len(d) != 10 {
		return ""
	}
	return fmt.Sprintf("(%s) %s-%s", d[:3], d[3:6], d[6:])
}

func titleName(n string) string {
	words := strings.Fields(strings.ToLower(n))
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

func main() {
	raw := []Contact{
		{"  ada LOVELACE ", "Ada.Lovelace+notes@Gmail.com", "+1 (555) 010-2030", []string{"math"}},
		{"Ada Lovelace", "adalovelace@gmail.com", "555.010.2030", []string{"poetry", "math"}},
		{"grace hopper", "grace@navy.mil", "555-0199", nil},
		{"Alan Turing", "alan@bletchley.uk", "1-555-867-5309", []string{"crypto"}},
		{"alan turing", "ALAN@bletchley.uk ", "", []string{"ai"}},
	}
	merged := map[string]*Contact{}
	var order []string
	for _, c := range raw {
		key := normalizeEmail(c.Email)
		if ex, ok := merged[key]; ok {
			ex.Tags = append(ex.Tags, c.Tags...)
			if ex.Phone == "" {
				ex.Phone = normalizePhone(c.Phone)
			}
			continue
		}
		cc := c
		cc.Name = titleName(c.Name)
		cc.Email = key
		cc.Phone = normalizePhone(c.Phone)
		merged[key] = &cc
		order = append(order, key)
	}
	for _, k := range order {
		c := merged[k]
		tags := map[string]bool{}
		var uniq []string
		for _, t := range c.Tags {
			if !tags[t] {
				tags[t] = true
				uniq = append(uniq, t)
			}
		}
		sort.Strings(uniq)
		phone := c.Phone
		if phone == "" {
			phone = "n/a"
		}
		fmt.Printf("%-14s %-22s %-15s %v\n", c.Name, c.Email, phone, uniq)
	}
	fmt.Println(len(raw), "->", len(merged))
}
