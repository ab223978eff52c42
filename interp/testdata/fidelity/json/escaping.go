package main

import (
	"bytes"
	"encoding/json"
	"fmt"
)

func main() {
	b, _ := json.Marshal(map[string]string{"html": "<a href=\"x\">&</a>", "uni": "héllo\u2028", "ctl": "tab\tnl\n"})
	fmt.Println(string(b))

	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode("<b>")
	fmt.Print(buf.String())

	b, _ = json.Marshal([]byte("raw bytes"))
	fmt.Println(string(b))

	b, _ = json.Marshal(struct {
		F float64
		I int64
		N *int
		S []int
		E []int
		M map[string]int
	}{F: 1e21, I: -1 << 53, E: []int{}})
	fmt.Println(string(b))
	fmt.Println(json.Valid([]byte(`{"a":}`)), json.Valid([]byte(`[]`)))

	var out bytes.Buffer
	json.Indent(&out, []byte(`{"a":[1,2],"b":{}}`), "", " ")
	fmt.Println(out.String())
}
