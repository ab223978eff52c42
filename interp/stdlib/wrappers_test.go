package stdlib_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/gopad/gopad/interp/stdlib"
)

func TestWrappersRegistered(t *testing.T) {
	for pkg, names := range map[string][]string{
		"slices/slices": {"Sort", "SortFunc", "SortStableFunc", "Contains", "Index", "IndexFunc", "Reverse", "Max", "Min",
			"Equal", "BinarySearch", "Compact", "Insert", "Delete", "Clone", "Collect", "Sorted"},
		"maps/maps": {"Keys", "Values", "Clone", "Copy"},
		"sync/sync": {"OnceValue", "Once", "Mutex"},
	} {
		for _, n := range names {
			if !stdlib.Load()[pkg][n].IsValid() {
				t.Errorf("%s: %s missing", pkg, n)
			}
		}
	}
}

func TestSlicesInCells(t *testing.T) {
	s := newSession(t)
	s.run(`import ("slices"; "maps"; "strings"; "fmt")`)
	checks := []struct {
		cell string
		want any
	}{
		{`xs := []int{3, 1, 2}; slices.Sort(xs); fmt.Sprint(xs)`, "[1 2 3]"},
		{`ws := []string{"pear", "apple", "fig"}; slices.Sort(ws); strings.Join(ws, ",")`, "apple,fig,pear"},
		{`slices.Contains(xs, 2)`, true},
		{`slices.Contains(ws, "kiwi")`, false},
		{`slices.Max(xs).(int) + 1`, 4},
		{`slices.Min(ws).(string)`, "apple"},
		{`slices.Index(ws, "fig")`, 1},
		{`slices.IndexFunc(xs, func(x int) bool { return x > 1 })`, 1},
		{`ys := slices.Clone(xs).([]int); slices.Reverse(ys); fmt.Sprint(ys, xs)`, "[3 2 1] [1 2 3]"},
		{`slices.Equal(xs, []int{1, 2, 3})`, true},
		{`i, ok := slices.BinarySearch(xs, 3); fmt.Sprint(i, ok)`, "2 true"},
		{`fmt.Sprint(slices.Compact([]int{1, 1, 2, 2, 2, 1}))`, "[1 2 1]"},
		{`fmt.Sprint(slices.Insert(xs, 1, 9, 8))`, "[1 9 8 2 3]"},
		{`fmt.Sprint(slices.Delete([]int{0, 1, 2, 3}, 1, 3))`, "[0 3]"},
		{`i64 := []int64{5, 6}; slices.Contains(i64, 6)`, true},
		{`m := map[string]int{"b": 2, "a": 1, "c": 3}; strings.Join(slices.Sorted(maps.Keys(m)).([]string), ",")`, "a,b,c"},
		{`len(slices.Collect(maps.Keys(m)).([]string))`, 3},
		{`fmt.Sprint(slices.Sorted(maps.Values(m)))`, "[1 2 3]"},
		{`m2 := maps.Clone(m).(map[string]int); m2["d"] = 4; fmt.Sprint(len(m), len(m2))`, "3 4"},
		{`maps.Copy(m, map[string]int{"z": 26}); m["z"]`, 26},
		{`maps.Equal(m, m)`, true},
		// An iterator written in the cell.
		{`gen := func(yield func(int) bool) { for i := 3; i > 0; i-- { if !yield(i) { return } } }; fmt.Sprint(slices.Sorted(gen))`, "[1 2 3]"},
		{`fmt.Sprint(slices.Collect(slices.Values([]string{"p", "q"})))`, "[p q]"},
		{`fmt.Sprint(slices.Collect(slices.Chunk([]int{1, 2, 3}, 2)))`, "[[1 2] [3]]"},
		{`fmt.Sprint(slices.Concat([]int{1}, []int{2, 3}))`, "[1 2 3]"},
		{`fmt.Sprint(slices.Repeat([]int{7}, 3))`, "[7 7 7]"},
		{`slices.IsSorted(xs)`, true},
	}
	for _, c := range checks {
		got, err := s.eval(c.cell)
		if err != nil {
			t.Errorf("%s: %v", c.cell, err)
			continue
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s = %#v, want %#v", c.cell, got, c.want)
		}
	}
}

func TestSlicesOfCellStructs(t *testing.T) {
	s := newSession(t)
	s.run(`import ("slices"; "fmt"; "strings"; "sync")`, `type P struct { Name string; Age int }`,
		`ps := []P{{"ann", 40}, {"bob", 25}, {"cy", 33}, {"dee", 25}}`)
	checks := []struct {
		cell string
		want any
	}{
		{`slices.SortFunc(ps, func(a, b P) int { return a.Age - b.Age }); ps[0].Name + ps[3].Name`, "bobann"},
		{`slices.SortStableFunc(ps, func(a, b P) int { return strings.Compare(a.Name, b.Name) }); fmt.Sprint(ps)`, "[{ann 40} {bob 25} {cy 33} {dee 25}]"},
		{`slices.IndexFunc(ps, func(p P) bool { return p.Name == "cy" })`, 2},
		{`slices.Contains(ps, P{"dee", 25})`, true},
		{`slices.MaxFunc(ps, func(a, b P) int { return a.Age - b.Age }).(P).Name`, "ann"},
		{`q := slices.Clone(ps).([]P); q[0].Name = "zed"; ps[0].Name`, "ann"},
		{`len(slices.DeleteFunc(ps, func(p P) bool { return p.Age == 25 }).([]P))`, 2},
		{`get := sync.OnceValue(func() int { return 42 }); get().(int) + get().(int)`, 84},
	}
	for _, c := range checks {
		got, err := s.eval(c.cell)
		if err != nil {
			t.Errorf("%s: %v", c.cell, err)
			continue
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s = %#v, want %#v", c.cell, got, c.want)
		}
	}
}

func TestSlicesMaxPanicsOnEmpty(t *testing.T) {
	s := newSession(t)
	s.run(`import "slices"`)
	_, err := s.eval(`slices.Max([]int{})`)
	if err == nil || !strings.Contains(panicValue(t, err), "empty list") {
		t.Errorf("slices.Max of empty: %v", err)
	}
}

// Direct (compiled) calls, checking Go's semantics.
func TestWrappersCompiled(t *testing.T) {
	fs := []float64{2, 1, 3}
	stdlib.Sort(fs)
	if !reflect.DeepEqual(fs, []float64{1, 2, 3}) {
		t.Errorf("Sort floats: %v", fs)
	}
	type myInt int16
	mi := []myInt{3, -1, 2}
	stdlib.Sort(mi)
	if !reflect.DeepEqual(mi, []myInt{-1, 2, 3}) {
		t.Errorf("Sort named ints: %v", mi)
	}
	d := []int{0, 1, 2, 3}
	r := stdlib.Delete(d, 1, 3).([]int)
	if !reflect.DeepEqual(r, []int{0, 3}) || !reflect.DeepEqual(d, []int{0, 3, 0, 0}) {
		t.Errorf("Delete: %v %v", r, d)
	}
	if got := stdlib.Replace([]int{1, 2, 3, 4}, 1, 3, 9).([]int); !reflect.DeepEqual(got, []int{1, 9, 4}) {
		t.Errorf("Replace: %v", got)
	}
	if got := stdlib.Compare([]int{1, 2}, []int{1, 3}); got != -1 {
		t.Errorf("Compare: %d", got)
	}
	if got := stdlib.Clone([]int(nil)).([]int); got != nil {
		t.Errorf("Clone(nil) = %v", got)
	}
	if i, ok := stdlib.BinarySearch([]string{"a", "c"}, "b"); i != 1 || ok {
		t.Errorf("BinarySearch: %d %v", i, ok)
	}
	if g := stdlib.Grow([]int{1}, 10).([]int); cap(g) < 11 || len(g) != 1 {
		t.Errorf("Grow: len %d cap %d", len(g), cap(g))
	}
	m := map[int]string{1: "a", 2: "b"}
	stdlib.MapsDeleteFunc(m, func(k int, v string) bool { return k == 1 })
	if len(m) != 1 || m[2] != "b" {
		t.Errorf("maps.DeleteFunc: %v", m)
	}
	var keys []int
	stdlib.MapsKeys(m).(func(func(int) bool))(func(k int) bool { keys = append(keys, k); return true })
	if !reflect.DeepEqual(keys, []int{2}) {
		t.Errorf("Keys called directly: %v", keys)
	}
	v, err := stdlib.OnceValues(func() (int, error) { return 1, nil })()
	if v != 1 || err != nil {
		t.Errorf("OnceValues: %v %v", v, err)
	}
}
