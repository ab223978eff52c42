package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

type Entry struct {
	Date        string
	Description string
	Change      int // cents
}

var ErrLocale = errors.New("unknown locale")
var ErrCurrency = errors.New("unknown currency")

func money(cents int, cur, locale string) string {
	neg := cents < 0
	if neg {
		cents = -cents
	}
	whole, frac := cents/100, cents%100
	var parts []string
	s := fmt.Sprint(whole)
	for len(s) > 3 {
		parts = append([]string{s[len(s)-3:]}, parts...)
		s = s[:len(s)-3]
	}
	parts = append([]string{s}, parts...)
	sym := map[string]string{"USD": "$", "EUR": "€"}[cur]
	if locale == "nl-NL" {
		out := fmt.Sprintf("%s %s,%02d", sym, strings.Join(parts, "."), frac)
		if neg {
			out = fmt.Sprintf("%s -%s,%02d", sym, strings.Join(parts, "."), frac)
		}
		return out + " "
	}
	out := fmt.Sprintf("%s%s.%02d", sym, strings.Join(parts, ","), frac)
	if neg {
		return "(" + out + ")"
	}
	return out + " "
}

func FormatLedger(currency, locale string, entries []Entry) (string, error) {
	if currency != "USD" && currency != "EUR" {
		return "", fmt.Errorf("ledger: %q: %w", currency, ErrCurrency)
	}
	headers := map[string][3]string{
		"en-US": {"Date", "Description", "Change"},
		"nl-NL": {"Datum", "Omschrijving", "Verandering"},
	}
	h, ok := headers[locale]
	if !ok {
		return "", fmt.Errorf("ledger: %q: %w", locale, ErrLocale)
	}
	es := append([]Entry(nil), entries...)
	sort.Slice(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		if a.Description != b.Description {
			return a.Description < b.Description
		}
		return a.Change < b.Change
	})
	var sb strings.Builder
	fmt.Fprintf(&sb, "%-10s | %-25s | %s\n", h[0], h[1], h[2])
	for _, e := range es {
		t, err := time.Parse("2006-01-02", e.Date)
		if err != nil {
			return "", fmt.Errorf("ledger: entry %q: %w", e.Description, err)
		}
		date := t.Format("01/02/2006")
		if locale == "nl-NL" {
			date = t.Format("02-01-2006")
		}
		desc := e.Description
		if len(desc) > 25 {
			desc = desc[:22] + "..."
		}
		fmt.Fprintf(&sb, "%-10s | %-25s | %13s\n", date, desc, money(e.Change, currency, locale))
	}
	return sb.String(), nil
}

func main() {
	entries := []Entry{
		{"2015-01-02", "Get present", 1000},
		{"2015-01-01", "Buy present", -1000},
		{"2015-01-01", "Freude schoner Gotterfunken", -123456},
		{"2015-01-03", "Candy", -12},
		{"2015-01-03", "Bonus", 99999999},
	}
	for _, c := range [][2]string{{"USD", "en-US"}, {"EUR", "nl-NL"}, {"EUR", "en-US"}} {
		out, err := FormatLedger(c[0], c[1], entries)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Print(out)
		fmt.Println()
	}
	_, err := FormatLedger("GBP", "en-US", nil)
	fmt.Println(err, errors.Is(err, ErrCurrency))
	_, err = FormatLedger("USD", "fr-FR", nil)
	fmt.Println(err, errors.Is(err, ErrLocale))
	_, err = FormatLedger("USD", "en-US", []Entry{{"2015-13-01", "bad", 1}})
	fmt.Println(err)
	var pe *time.ParseError
	fmt.Println(errors.As(err, &pe))
}
