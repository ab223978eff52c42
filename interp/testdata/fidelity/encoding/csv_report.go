package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"strconv"
	"strings"
)

const data = `name,dept,salary
"Smith, Ann",eng,120000
Bob,ops,90000
"Quote ""Q"" Lee",eng,110000
`

func main() {
	r := csv.NewReader(strings.NewReader(data))
	rows, err := r.ReadAll()
	if err != nil {
		fmt.Println(err)
		return
	}
	sums := map[string]int{}
	for _, row := range rows[1:] {
		n, _ := strconv.Atoi(row[2])
		sums[row[1]] += n
		fmt.Printf("%q\n", row[0])
	}
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"dept", "total"})
	for _, d := range []string{"eng", "ops"} {
		w.Write([]string{d, strconv.Itoa(sums[d])})
	}
	w.Write([]string{"note, with comma", `say "hi"`})
	w.Flush()
	_, err = csv.NewReader(strings.NewReader("a,b\nc\n")).ReadAll()
	fmt.Println(err)
}
