package main

import (
	"fmt"
	"sort"
	"strings"
)

// A tiny mustache-like engine: {{name}}, {{#list}}...{{/list}}, {{^flag}}...{{/flag}}.
type Context map[string]interface{}

func lookup(stack []Context, key string) (interface{}, bool) {
	for i := len(stack) - 1; i >= 0; i-- {
		if v, ok := stack[i][key]; ok {
			return v, true
		}
	}
	return nil, false
}

func truthy(v interface{}) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case string:
		return x != ""
	case int:
		return x != 0
	case []Context:
		return len(x) > 0
	}
	return true
}

func render(tpl string, stack []Context) (string, error) {
	var out strings.Builder
	for {
		i := strings.Index(tpl, "{{")
		if i < 0 {
			out.WriteString(tpl)
			return out.String(), nil
		}
		out.WriteString(tpl[:i])
		j := strings.Index(tpl[i:], "}}")
		if j < 0 {
			return "", fmt.Errorf("unclosed tag at %d", i)
		}
		tag := strings.TrimSpace(tpl[i+2 : i+j])
		tpl = tpl[i+j+2:]
		if tag == "" {
			return "", fmt.Errorf("empty tag")
		}
		switch tag[0] {
		case '#', '^':
			name := tag[1:]
			end := "{{/" + name + "}}"
			k := strings.Index(tpl, end)
			if k < 0 {
				return "", fmt.Errorf("section %q not closed", name)
			}
			inner := tpl[:k]
			tpl = tpl[k+len(end):]
			v, _ := lookup(stack, name)
			if tag[0] == '^' {
				if !truthy(v) {
					s, err := render(inner, stack)
					if err != nil {
						return "", err
					}
					out.WriteString(s)
				}
				continue
			}
			if list, ok := v.([]Context); ok {
				for _, item := range list {
					s, err := render(inner, append(stack, item))
					if err != nil {
						return "", err
					}
					out.WriteString(s)
				}
			} else if truthy(v) {
				s, err := render(inner, stack)
				if err != nil {
					return "", err
				}
				out.WriteString(s)
			}
		default:
			v, ok := lookup(stack, tag)
			if !ok {
				v = "<" + tag + "?>"
			}
			fmt.Fprint(&out, v)
		}
	}
}

func main() {
	ctx := Context{
		"title": "Inventory",
		"items": []Context{{"name": "apple", "qty": 3}, {"name": "pear", "qty": 0, "note": "reorder"}},
		"empty": []Context{},
		"admin": true,
	}
	tpls := []string{
		"# {{title}}\n{{#items}}- {{name}}: {{qty}}{{#note}} ({{note}}){{/note}}\n{{/items}}",
		"{{^empty}}nothing here{{/empty}} / {{#admin}}admin of {{title}}{{/admin}}",
		"missing: {{nope}}",
		"broken {{#items}} no end",
		"bad {{title",
	}
	for _, t := range tpls {
		s, err := render(t, []Context{ctx})
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(s)
	}
	keys := make([]string, 0, len(ctx))
	for k := range ctx {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, truthy(ctx["empty"]), truthy(0), truthy("x"))
}
