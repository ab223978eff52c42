// Decoding a paginated API response with nested and optional fields,
// then re-encoding a summary; HTML escaping and SetEscapeHTML.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"sort"
)

type Owner struct {
	Login string `json:"login"`
	ID    int64  `json:"id"`
}

type Repo struct {
	Name        string   `json:"name"`
	FullName    string   `json:"full_name"`
	Owner       Owner    `json:"owner"`
	Stars       int      `json:"stargazers_count"`
	Description *string  `json:"description"`
	Topics      []string `json:"topics"`
	Fork        bool     `json:"fork"`
}

type Page struct {
	Total int    `json:"total_count"`
	Items []Repo `json:"items"`
	Next  string `json:"next,omitempty"`
}

const body = `{"total_count": 3, "items": [
 {"name": "yaegi", "full_name": "traefik/yaegi", "owner": {"login": "traefik", "id": 1},
  "stargazers_count": 7000, "description": "Go interpreter", "topics": ["go", "interpreter"], "fork": false},
 {"name": "gophernotes", "full_name": "gopherdata/gophernotes", "owner": {"login": "gopherdata", "id": 2},
  "stargazers_count": 3800, "description": null, "topics": [], "fork": false},
 {"name": "fork-of-x", "full_name": "me/fork-of-x", "owner": {"login": "me", "id": 3},
  "stargazers_count": 1, "fork": true}
], "next": "page=2"}`

type Summary struct {
	Repo  string `json:"repo"`
	Stars int    `json:"stars"`
	Desc  string `json:"desc"`
	Note  string `json:"note,omitempty"`
}

func main() {
	var p Page
	if err := json.Unmarshal([]byte(body), &p); err != nil {
		panic(err)
	}
	fmt.Println(p.Total, len(p.Items), p.Next)
	sort.Slice(p.Items, func(i, j int) bool { return p.Items[i].Stars > p.Items[j].Stars })

	var sums []Summary
	for _, r := range p.Items {
		if r.Fork {
			continue
		}
		desc := "<none>"
		if r.Description != nil {
			desc = *r.Description
		}
		s := Summary{Repo: r.FullName, Stars: r.Stars, Desc: desc}
		if len(r.Topics) == 0 {
			s.Note = "no topics & no <tags>"
		}
		sums = append(sums, s)
		fmt.Printf("%-24s %5d %v %v\n", r.FullName, r.Stars, r.Topics == nil, r.Topics)
	}
	b, _ := json.Marshal(sums)
	fmt.Println(string(b))

	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(sums[1])
	fmt.Print(buf.String())

	var compact bytes.Buffer
	json.Compact(&compact, []byte("{ \"a\" : [ 1 , 2 ] }"))
	fmt.Println(compact.String())
	var ind bytes.Buffer
	json.Indent(&ind, []byte(`{"x":{"y":[1,2]}}`), ">", "  ")
	ind.WriteTo(os.Stdout)
	fmt.Println()
	fmt.Println(json.Valid([]byte(`{"ok":true}`)), json.Valid([]byte(`{ok}`)))
}
