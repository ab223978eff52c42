package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"
)

type Meta struct {
	ID      string    `json:"id"`
	Created time.Time `json:"created"`
	Tags    []string  `json:"tags,omitempty"`
}

type Audit struct {
	By      string `json:"by"`
	Version int    `json:"version,string"`
}

type User struct {
	Meta
	*Audit `json:"audit,omitempty"`
	Name   string  `json:"name"`
	Email  string  `json:"email,omitempty"`
	Score  float64 `json:"score"`
	Admin  bool    `json:"admin,omitempty"`
}

type Order struct {
	Meta
	UserID string  `json:"user"`
	Total  float64 `json:"total"`
	Items  []struct {
		SKU string `json:"sku"`
		N   int    `json:"n"`
	} `json:"items"`
}

const stream = `
{"kind":"user","body":{"id":"u1","created":"2024-01-02T03:04:05Z","name":"Ana","score":9.5,"tags":["vip"],"audit":{"by":"sys","version":"3"}}}
{"kind":"user","body":{"id":"u2","created":"2024-02-01T00:00:00+02:00","name":"Bo","email":"bo@x","score":7}}
{"kind":"order","body":{"id":"o1","created":"2024-02-03T10:00:00Z","user":"u1","total":19.9,"items":[{"sku":"a","n":2},{"sku":"b","n":1}]}}
{"kind":"order","body":{"id":"o2","created":"yesterday","user":"u2","total":5}}
{"kind":"coupon","body":{}}
{"kind":"order","body":{"id":"o3","created":"2024-02-04T11:30:00Z","user":"u2","total":12.25,"items":[]}}
{"kind":"user","body":{"id":"u3","created":"2024-03-01T00:00:00Z","name":"Cy","score":"high"}}
`

type line struct {
	Kind string          `json:"kind"`
	Body json.RawMessage `json:"body"`
}

func main() {
	dec := json.NewDecoder(strings.NewReader(stream))
	users := map[string]User{}
	var orders []Order
	var problems []string
	for n := 1; ; n++ {
		var l line
		err := dec.Decode(&l)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println("fatal:", err)
			return
		}
		switch l.Kind {
		case "user":
			var u User
			if err := json.Unmarshal(l.Body, &u); err != nil {
				problems = append(problems, fmt.Sprintf("line %d: %v", n, err))
				continue
			}
			users[u.ID] = u
		case "order":
			var o Order
			if err := json.Unmarshal(l.Body, &o); err != nil {
				var pe *time.ParseError
				problems = append(problems, fmt.Sprintf("line %d: time=%t %v", n, errors.As(err, &pe), err))
				continue
			}
			orders = append(orders, o)
		default:
			problems = append(problems, fmt.Sprintf("line %d: unknown kind %q", n, l.Kind))
		}
	}
	ids := make([]string, 0, len(users))
	for id := range users {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		u := users[id]
		by := "-"
		if u.Audit != nil {
			by = fmt.Sprintf("%s v%d", u.By, u.Version)
		}
		fmt.Printf("%s %-4s %4.1f %s %s %v\n", u.ID, u.Name, u.Score, u.Created.UTC().Format(time.DateTime), by, u.Tags)
	}
	spent := map[string]float64{}
	for _, o := range orders {
		spent[o.UserID] += o.Total
		fmt.Printf("%s by %s: %d items %.2f @%s\n", o.ID, o.UserID, len(o.Items), o.Total, o.Created.Format(time.Kitchen))
	}
	fmt.Println(spent)
	for _, p := range problems {
		fmt.Println("problem:", p)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	u := users["u1"]
	u.Admin = true
	if err := enc.Encode(u); err != nil {
		fmt.Println(err)
	}
	b, _ := json.Marshal(users["u2"])
	fmt.Println(string(b))
	fmt.Printf("%+v\n", orders[0].Items)
	fmt.Printf("%v\n", users["u2"].Meta)
}
