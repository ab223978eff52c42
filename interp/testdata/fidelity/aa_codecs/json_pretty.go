package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const doc = `{
  "name": "gopad",
  "version": 3,
  "tags": ["go", "jupyter", "kernel"],
  "owner": {"login": "ada", "id": 42, "admin": true, "meta": null},
  "ratio": 0.125,
  "matrix": [[1, 2], [3, 4.5], []],
  "empty": {},
  "unicode": "caf\u00e9 \u2603"
}`

func pretty(sb *strings.Builder, v any, indent int) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case map[string]any:
		if len(x) == 0 {
			sb.WriteString("{}")
			return
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(sb, "%s  %s: ", pad, strconv.Quote(k))
			pretty(sb, x[k], indent+1)
			if i < len(keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "}")
	case []any:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[")
		for i, e := range x {
			if i > 0 {
				sb.WriteString(", ")
			}
			pretty(sb, e, indent+1)
		}
		sb.WriteString("]")
	case string:
		sb.WriteString(strconv.QuoteToASCII(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case nil:
		sb.WriteString("null")
	default:
		fmt.Fprintf(sb, "<%T>", x)
	}
}

func count(v any, kinds map[string]int) {
	switch x := v.(type) {
	case map[string]any:
		kinds["object"]++
		for _, e := range x {
			count(e, kinds)
		}
	case []any:
		kinds["array"]++
		for _, e := range x {
			count(e, kinds)
		}
	default:
		kinds[fmt.Sprintf("%T", x)]++
	}
}

func main() {
	var v any
	if err := json.Unmarshal([]byte(doc), &v); err != nil {
		fmt.Println("error:", err)
		return
	}
	var sb strings.Builder
	pretty(&sb, v, 0)
	fmt.Println(sb.String())
	kinds := map[string]int{}
	count(v, kinds)
	fmt.Println(kinds)

	var bad any
	err := json.Unmarshal([]byte(`{"a": [1, 2,]}`), &bad)
	fmt.Println("error:", err)
	var se *json.SyntaxError
	if e, ok := err.(*json.SyntaxError); ok {
		se = e
		fmt.Println("offset:", se.Offset)
	}
	out, _ := json.Marshal(v.(map[string]any)["owner"])
	fmt.Println(string(out))
}
