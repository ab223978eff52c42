// Named slice types sorted through sort.Interface and passed through any.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person
type Names []string
type Scores map[string]int

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func (n Names) Len() int { return len(n) }
func (n Names) Less(i, j int) bool {
	return len(n[i]) < len(n[j]) || len(n[i]) == len(n[j]) && n[i] < n[j]
}
func (n Names) Swap(i, j int) { n[i], n[j] = n[j], n[i] }

func summary(v any) string {
	switch x := v.(type) {
	case ByAge:
		return fmt.Sprintf("%d people, youngest %s", len(x), x[0].Name)
	case Names:
		return fmt.Sprintf("%d names, shortest %s", len(x), x[0])
	case []string:
		return "plain strings"
	case Scores:
		best, who := -1, ""
		for k, s := range x {
			if s > best || s == best && k < who {
				best, who = s, k
			}
		}
		return fmt.Sprintf("best %s with %d", who, best)
	case map[string]int:
		return "plain map"
	}
	return fmt.Sprintf("other %T", v)
}

func main() {
	people := ByAge{{"Alice", 31}, {"Bob", 25}, {"Carol", 40}}
	names := Names{"Zoe", "Al", "Beatrice", "Bo"}
	var ifaces []sort.Interface = []sort.Interface{people, names}
	for _, s := range ifaces {
		sort.Sort(s)
		fmt.Printf("%T sorted\n", s)
	}
	items := []any{people, names, []string{"x"}, Scores{"ann": 3, "bob": 7}, map[string]int{"a": 1}}
	for _, it := range items {
		fmt.Printf("%-12T %s\n", it, summary(it))
	}
	fmt.Println(people, names)

	var s sort.Interface = names
	if n, ok := s.(Names); ok {
		fmt.Println("first:", n[0])
	}
	_, isPeople := s.(ByAge)
	fmt.Println("is ByAge:", isPeople)
}
