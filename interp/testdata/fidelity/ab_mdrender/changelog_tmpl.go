package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
	"time"
)

type Kind string

const (
	Feature Kind = "feat"
	Fix     Kind = "fix"
	Chore   Kind = "chore"
)

func (k Kind) Title() string {
	switch k {
	case Feature:
		return "New features"
	case Fix:
		return "Bug fixes"
	}
	return "Other"
}

type Commit struct {
	Hash     string
	Kind     Kind
	Scope    string
	Subject  string
	Author   string
	When     time.Time
	Breaking bool
}

func (c Commit) Short() string { return c.Hash[:7] }

type Section struct {
	Kind    Kind
	Commits []Commit
}

type Release struct {
	Version  string
	Date     time.Time
	Sections []Section
	Authors  map[string]int
}

func (r Release) Breaking() []Commit {
	var out []Commit
	for _, s := range r.Sections {
		for _, c := range s.Commits {
			if c.Breaking {
				out = append(out, c)
			}
		}
	}
	return out
}

func parseLog(lines []string, base time.Time) []Commit {
	var out []Commit
	for i, l := range lines {
		f := strings.SplitN(l, " ", 3)
		head, subject := f[1], f[2]
		breaking := strings.HasSuffix(head, "!:")
		head = strings.TrimRight(head, "!:")
		kind, scope := head, ""
		if i := strings.Index(head, "("); i >= 0 {
			kind, scope = head[:i], strings.Trim(head[i:], "()")
		}
		author := "anon"
		if j := strings.LastIndex(subject, " @"); j >= 0 {
			subject, author = subject[:j], subject[j+2:]
		}
		out = append(out, Commit{f[0], Kind(kind), scope, subject, author, base.Add(time.Duration(i) * 36 * time.Hour), breaking})
	}
	return out
}

const tmpl = `# {{.Version}} ({{.Date.Format "2006-01-02"}})
{{with .Breaking}}
## ⚠ Breaking
{{range .}}- {{.Subject}} ({{.Short}})
{{end}}{{end}}
{{- range .Sections}}
## {{.Kind.Title}}
{{range .Commits}}- {{if .Scope}}**{{.Scope}}**: {{end}}{{.Subject}} [{{.Short}}] {{.When.Format "Jan 2"}}
{{end}}{{end}}
Contributors: {{join (authors .Authors) ", "}}
`

func main() {
	log := []string{
		"a1b2c3d4e5 feat(kernel): add %time magic @ana",
		"b2c3d4e5f6 fix: crash on empty cell @bo",
		"c3d4e5f6a7 chore(ci): bump go @ana",
		"d4e5f6a7b8 feat!: drop Go 1.21 support @cy",
		"e5f6a7b8c9 fix(interp): %T of generic types @bo",
		"f6a7b8c9d0 feat(display): SVG output",
		"0a1b2c3d4e fix(kernel)!: rename --port flag @ana",
	}
	commits := parseLog(log, time.Date(2024, 6, 1, 8, 0, 0, 0, time.UTC))
	groups := map[Kind][]Commit{}
	authors := map[string]int{}
	for _, c := range commits {
		groups[c.Kind] = append(groups[c.Kind], c)
		authors[c.Author]++
	}
	rel := Release{Version: "v0.9.0", Date: commits[len(commits)-1].When, Authors: authors}
	for _, k := range []Kind{Feature, Fix, Chore} {
		if cs := groups[k]; len(cs) > 0 {
			sort.SliceStable(cs, func(i, j int) bool { return cs[i].Scope < cs[j].Scope })
			rel.Sections = append(rel.Sections, Section{k, cs})
		}
	}
	funcs := template.FuncMap{
		"join": strings.Join,
		"authors": func(m map[string]int) []string {
			names := make([]string, 0, len(m))
			for n := range m {
				names = append(names, n)
			}
			sort.Slice(names, func(i, j int) bool {
				if m[names[i]] != m[names[j]] {
					return m[names[i]] > m[names[j]]
				}
				return names[i] < names[j]
			})
			for i, n := range names {
				names[i] = fmt.Sprintf("%s (%d)", n, m[n])
			}
			return names
		},
	}
	t := template.Must(template.New("cl").Funcs(funcs).Parse(tmpl))
	if err := t.Execute(os.Stdout, rel); err != nil {
		fmt.Println("error:", err)
	}
	bad := template.Must(template.New("bad").Parse("{{.Version}} {{.Nope}}\n"))
	err := bad.Execute(os.Stdout, rel)
	fmt.Println()
	fmt.Println("error:", err)
	fmt.Printf("%v|%s|%q\n", commits[3].Kind, commits[3].Kind.Title(), commits[5].Author)
}
