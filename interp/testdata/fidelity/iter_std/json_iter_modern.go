package main

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Settings struct {
	Theme    string            `json:"theme"`
	FontSize int               `json:"font_size,omitempty"`
	Plugins  []string          `json:"plugins"`
	Keys     map[string]string `json:"keys,omitempty"`
	Beta     *bool             `json:"beta,omitempty"`
}

func merge(base, over Settings) Settings {
	out := base
	if over.Theme != "" {
		out.Theme = over.Theme
	}
	if over.FontSize != 0 {
		out.FontSize = over.FontSize
	}
	out.Plugins = slices.Compact(slices.Sorted(slices.Values(append(slices.Clone(base.Plugins), over.Plugins...))))
	out.Keys = maps.Clone(base.Keys)
	if out.Keys == nil {
		out.Keys = map[string]string{}
	}
	maps.Copy(out.Keys, over.Keys)
	if over.Beta != nil {
		out.Beta = over.Beta
	}
	return out
}

func main() {
	defaults := `{"theme":"light","font_size":12,"plugins":["git","lint"],"keys":{"save":"ctrl+s"}}`
	user := `{"theme":"dark","plugins":["vim","git"],"keys":{"save":"cmd+s","quit":"cmd+q"},"beta":true}`
	var base, over Settings
	for _, p := range []struct {
		src string
		dst *Settings
	}{{defaults, &base}, {user, &over}} {
		if err := json.Unmarshal([]byte(p.src), p.dst); err != nil {
			fmt.Println("error:", err)
		}
	}
	m := merge(base, over)
	fmt.Printf("%+v beta=%v\n", m.Plugins, *m.Beta)
	for _, k := range slices.Sorted(maps.Keys(m.Keys)) {
		fmt.Printf("  %s => %s\n", k, m.Keys[k])
	}
	b, _ := json.Marshal(m)
	fmt.Println(string(b))

	var anyDoc map[string]any
	json.Unmarshal(b, &anyDoc)
	for _, k := range slices.Sorted(maps.Keys(anyDoc)) {
		fmt.Printf("%s: %T\n", k, anyDoc[k])
	}

	var lines []string
	for line := range strings.Lines("{\"n\":1}\n{\"n\":2}\nnot json\n{\"n\":3}\n") {
		var rec struct{ N int }
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			lines = append(lines, "ERR "+err.Error())
			continue
		}
		lines = append(lines, fmt.Sprint(rec.N*rec.N))
	}
	fmt.Println(strings.Join(lines, " | "))
	empty, _ := json.Marshal(Settings{})
	fmt.Println(string(empty))
}
