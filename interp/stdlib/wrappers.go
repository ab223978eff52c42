package stdlib

// Reflection-based, non-generic stand-ins for the most used generic
// functions of slices, maps and sync, exported under their generic names.
//
// yaegi cannot call compiled generic functions (extract skips them), and the
// Go 1.22 generic source it embeds for slices and maps fails type inference
// for [S ~[]E, E ...] and ~map[K]V signatures, so `slices.Sort(xs)` does not
// work from a cell with yaegi's own tables. These wrappers take `any` and work
// on any slice or map value, including slices of struct types declared in a
// cell. Limits:
//
//   - Results are `any` where the generic result is S, E or M. A gopad
//     session asserts the real type after such calls when it can name it
//     (interp's typed rewrites); other users write `slices.Max(xs).(int)`.
//   - Iterators: maps.Keys, maps.Values, maps.All, slices.All,
//     slices.Backward, slices.Values and slices.Chunk return an `any`
//     holding a compiled func(yield func(E) bool) (or func(yield func(K, V)
//     bool)), for slices.Collect, slices.Sorted, maps.Collect, ... (which
//     also accept iterator funcs written in a cell) or for range, which a
//     gopad session rewrites into a call with a yield function.
//   - Explicit instantiation (`slices.Sort[[]int](xs)`) is not possible:
//     the names are plain functions.
//   - Functions not listed here do not exist for cells.
//   - The cmp package is left to yaegi's embedded generic source (cmp.Compare,
//     cmp.Less, cmp.Or and the cmp.Ordered constraint all work from it).

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/traefik/yaegi/stdlib/generic"
)

// installWrappers adds the stand-ins; Load runs it after the generated
// tables, which assign fresh maps (TestWrappersRegistered checks it).
func installWrappers() {
	for name, fn := range sliceWrappers {
		set("slices/slices", name, fn)
	}
	for name, fn := range mapWrappers {
		set("maps/maps", name, fn)
	}
	set("sync/sync", "OnceValue", OnceValue)
	set("sync/sync", "OnceValues", OnceValues)
	set("log/slog/slog", "NewTextHandler", slogNewTextHandler)
	set("log/slog/slog", "NewJSONHandler", slogNewJSONHandler)
	disableEmbeddedGenericSource("slices", "maps")
}

func set(pkg, name string, fn any) {
	if Symbols[pkg] == nil {
		Symbols[pkg] = map[string]reflect.Value{}
	}
	Symbols[pkg][name] = reflect.ValueOf(fn)
}

// disableEmbeddedGenericSource stops yaegi from compiling its embedded
// generic source of the given packages. interp.Use compiles every source of
// generic.Sources when the tables contain "fmt/fmt", and the resulting source
// package is found before any binary table of the same name (yaegi looks the
// identifier `slices` up in its universe scope first), so it would shadow the
// wrappers. The source of a disabled package is replaced by an empty file of
// a package that stays enabled (cmp), which compiles to nothing.
//
// This changes a variable of yaegi's stdlib/generic package for the whole
// process: an interpreter that uses yaegi's own stdlib tables in the same
// process gets neither the wrappers nor the embedded slices/maps source.
//
// The first freed slot takes iterSource instead, so that cells can name
// iter.Seq and iter.Seq2 (generic types, which extract cannot export).
func disableEmbeddedGenericSource(pkgs ...string) {
	keep := "cmp"
	iterDone := false
	for i, src := range generic.Sources {
		name := sourcePackage(src)
		if name == "iter" {
			iterDone = true
		}
		if slices.Contains(pkgs, name) {
			generic.Sources[i] = "package " + keep + "\n"
			if !iterDone {
				generic.Sources[i], iterDone = iterSource, true
			}
		}
	}
}

// iterSource is the iter package for cells: the iterator types. (Pull and
// Pull2 are missing: yaegi cannot instantiate a generic function that
// returns closures over its type parameters.)
const iterSource = `package iter

type Seq[V any] func(yield func(V) bool)

type Seq2[K, V any] func(yield func(K, V) bool)
`

func sourcePackage(src string) string {
	for line := range strings.Lines(src) {
		if rest, ok := strings.CutPrefix(line, "package "); ok {
			return strings.TrimSpace(rest)
		}
	}
	return ""
}

var sliceWrappers = map[string]any{
	"AppendSeq":        AppendSeq,
	"BinarySearch":     BinarySearch,
	"BinarySearchFunc": BinarySearchFunc,
	"Chunk":            Chunk,
	"Clip":             Clip,
	"Clone":            Clone,
	"Collect":          Collect,
	"Compact":          Compact,
	"CompactFunc":      CompactFunc,
	"Compare":          Compare,
	"CompareFunc":      CompareFunc,
	"Concat":           Concat,
	"Contains":         Contains,
	"ContainsFunc":     ContainsFunc,
	"Delete":           Delete,
	"DeleteFunc":       DeleteFunc,
	"Equal":            Equal,
	"EqualFunc":        EqualFunc,
	"Grow":             Grow,
	"Index":            Index,
	"IndexFunc":        IndexFunc,
	"Insert":           Insert,
	"IsSorted":         IsSorted,
	"IsSortedFunc":     IsSortedFunc,
	"Max":              Max,
	"MaxFunc":          MaxFunc,
	"Min":              Min,
	"MinFunc":          MinFunc,
	"Repeat":           Repeat,
	"Replace":          Replace,
	"Reverse":          Reverse,
	"Sort":             Sort,
	"SortFunc":         SortFunc,
	"SortStableFunc":   SortStableFunc,
	"Sorted":           Sorted,
	"SortedFunc":       SortedFunc,
	"SortedStableFunc": SortedStableFunc,
	"Values":           Values,
	"All":              All,
	"Backward":         Backward,
}

var mapWrappers = map[string]any{
	"Clone":      MapsClone,
	"Copy":       MapsCopy,
	"DeleteFunc": MapsDeleteFunc,
	"Equal":      MapsEqual,
	"EqualFunc":  MapsEqualFunc,
	"Keys":       MapsKeys,
	"Values":     MapsValues,
	"All":        MapsAll,
	"Collect":    MapsCollect,
	"Insert":     MapsInsert,
}

// ---- helpers ----

func sliceArg(fn string, s any) reflect.Value {
	v := reflect.ValueOf(s)
	if v.Kind() != reflect.Slice {
		panic(fmt.Sprintf("slices.%s: argument of type %T is not a slice", fn, s))
	}
	return v
}

func mapArg(fn string, m any) reflect.Value {
	v := reflect.ValueOf(m)
	if v.Kind() != reflect.Map {
		panic(fmt.Sprintf("maps.%s: argument of type %T is not a map", fn, m))
	}
	return v
}

func funcArg(fn string, f any) reflect.Value {
	v := reflect.ValueOf(f)
	if v.Kind() != reflect.Func || v.IsNil() {
		panic(fmt.Sprintf("%s: argument of type %T is not a func", fn, f))
	}
	return v
}

// to returns v as a value of type t, converting it like an untyped constant
// would be in Go (slices.Contains(int64s, 3) passes an int).
func to(fn string, v reflect.Value, t reflect.Type) reflect.Value {
	if !v.IsValid() {
		return reflect.Zero(t)
	}
	if v.Type() == t {
		return v
	}
	if v.Type().AssignableTo(t) {
		r := reflect.New(t).Elem()
		r.Set(v)
		return r
	}
	if v.Type().ConvertibleTo(t) && (numeric(v.Kind()) && numeric(t.Kind()) || v.Kind() == t.Kind()) {
		return v.Convert(t)
	}
	panic(fmt.Sprintf("%s: cannot use value of type %s as %s", fn, v.Type(), t))
}

func numeric(k reflect.Kind) bool {
	return k >= reflect.Int && k <= reflect.Complex128
}

// call calls f with args adapted to its parameter types.
func call(fn string, f reflect.Value, args ...reflect.Value) []reflect.Value {
	t := f.Type()
	if t.NumIn() != len(args) {
		panic(fmt.Sprintf("%s: func of type %s must take %d arguments", fn, t, len(args)))
	}
	for i, a := range args {
		args[i] = to(fn, a, t.In(i))
	}
	return f.Call(args)
}

func callBool(fn string, f reflect.Value, args ...reflect.Value) bool {
	r := call(fn, f, args...)
	if len(r) != 1 || r[0].Kind() != reflect.Bool {
		panic(fmt.Sprintf("%s: func of type %s must return a bool", fn, f.Type()))
	}
	return r[0].Bool()
}

func callInt(fn string, f reflect.Value, args ...reflect.Value) int {
	r := call(fn, f, args...)
	if len(r) != 1 || !r[0].CanInt() {
		panic(fmt.Sprintf("%s: func of type %s must return an int", fn, f.Type()))
	}
	return int(r[0].Int())
}

func isNaN(v reflect.Value) bool {
	return (v.Kind() == reflect.Float32 || v.Kind() == reflect.Float64) && math.IsNaN(v.Float())
}

// compare is cmp.Compare on reflect values of an ordered kind.
func compare(fn string, a, b reflect.Value) int {
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		x, y := a.Int(), b.Int()
		return cmp3(x < y, x > y)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		x, y := a.Uint(), b.Uint()
		return cmp3(x < y, x > y)
	case reflect.Float32, reflect.Float64:
		x, y := a.Float(), b.Float()
		xNaN, yNaN := math.IsNaN(x), math.IsNaN(y)
		if xNaN {
			if yNaN {
				return 0
			}
			return -1
		}
		if yNaN {
			return +1
		}
		return cmp3(x < y, x > y)
	case reflect.String:
		return strings.Compare(a.String(), b.String())
	}
	panic(fmt.Sprintf("%s: values of type %s are not ordered", fn, a.Type()))
}

func cmp3(less, greater bool) int {
	switch {
	case less:
		return -1
	case greater:
		return +1
	}
	return 0
}

// equal is == on two values of the same type.
func equal(fn string, a, b reflect.Value) bool {
	if !a.Type().Comparable() {
		panic(fmt.Sprintf("%s: values of type %s are not comparable", fn, a.Type()))
	}
	return a.Equal(b)
}

func clearTail(s reflect.Value, from int) {
	for i := from; i < s.Len(); i++ {
		s.Index(i).SetZero()
	}
}

// ---- iterators ----

// seq makes an iter.Seq[elem]-shaped compiled func: func(yield func(elem) bool).
func seq(elem reflect.Type, each func(yield func(reflect.Value) bool)) any {
	yieldT := reflect.FuncOf([]reflect.Type{elem}, []reflect.Type{reflect.TypeFor[bool]()}, false)
	seqT := reflect.FuncOf([]reflect.Type{yieldT}, nil, false)
	return reflect.MakeFunc(seqT, func(args []reflect.Value) []reflect.Value {
		yield := args[0]
		each(func(v reflect.Value) bool { return yield.Call([]reflect.Value{v})[0].Bool() })
		return nil
	}).Interface()
}

// seq2 makes an iterator func(yield func(K, V) bool) over reflect values.
func seq2(k, v reflect.Type, each func(yield func(k, v reflect.Value) bool)) any {
	yieldT := reflect.FuncOf([]reflect.Type{k, v}, []reflect.Type{reflect.TypeFor[bool]()}, false)
	seqT := reflect.FuncOf([]reflect.Type{yieldT}, nil, false)
	return reflect.MakeFunc(seqT, func(args []reflect.Value) []reflect.Value {
		yield := args[0]
		each(func(k, v reflect.Value) bool { return yield.Call([]reflect.Value{k, v})[0].Bool() })
		return nil
	}).Interface()
}

// pairs runs an iterator func(yield func(K, V) bool), compiled or written
// in a cell, calling f with each pair until f returns false.
func pairs(fn string, it any, f func(k, v reflect.Value) bool) (k, v reflect.Type) {
	fv := funcArg(fn, it)
	t := fv.Type()
	if t.NumIn() != 1 || t.NumOut() != 0 || t.In(0).Kind() != reflect.Func {
		panic(fmt.Sprintf("%s: %s is not an iterator func(yield func(K, V) bool)", fn, t))
	}
	yt := t.In(0)
	if yt.NumIn() != 2 || yt.NumOut() != 1 || yt.Out(0).Kind() != reflect.Bool {
		panic(fmt.Sprintf("%s: %s is not an iterator func(yield func(K, V) bool)", fn, t))
	}
	yield := reflect.MakeFunc(yt, func(args []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(f(args[0], args[1])).Convert(yt.Out(0))}
	})
	fv.Call([]reflect.Value{yield})
	return yt.In(0), yt.In(1)
}

// All is slices.All: an iterator over the indices and values of s.
func All(s any) any {
	v := sliceArg("All", s)
	return seq2(reflect.TypeFor[int](), v.Type().Elem(), func(yield func(k, v reflect.Value) bool) {
		for i := 0; i < v.Len(); i++ {
			if !yield(reflect.ValueOf(i), v.Index(i)) {
				return
			}
		}
	})
}

// Backward is slices.Backward: All from the last element to the first.
func Backward(s any) any {
	v := sliceArg("Backward", s)
	return seq2(reflect.TypeFor[int](), v.Type().Elem(), func(yield func(k, v reflect.Value) bool) {
		for i := v.Len() - 1; i >= 0; i-- {
			if !yield(reflect.ValueOf(i), v.Index(i)) {
				return
			}
		}
	})
}

// SortedStableFunc is slices.SortedStableFunc: Collect then SortStableFunc.
func SortedStableFunc(seq any, cmp any) any {
	s := collect("slices.SortedStableFunc", seq).Interface()
	SortStableFunc(s, cmp)
	return s
}

// MapsAll is maps.All: an iterator over the key-value pairs of m.
func MapsAll(m any) any {
	v := mapArg("All", m)
	return seq2(v.Type().Key(), v.Type().Elem(), func(yield func(k, v reflect.Value) bool) {
		for it := v.MapRange(); it.Next(); {
			if !yield(it.Key(), it.Value()) {
				return
			}
		}
	})
}

// MapsCollect is maps.Collect: a new map of the pairs of seq.
func MapsCollect(seq any) any {
	var out reflect.Value
	k, v := pairs("maps.Collect", seq, func(k, v reflect.Value) bool {
		if !out.IsValid() {
			out = reflect.MakeMap(reflect.MapOf(k.Type(), v.Type()))
		}
		out.SetMapIndex(k, v)
		return true
	})
	if !out.IsValid() {
		out = reflect.MakeMap(reflect.MapOf(k, v))
	}
	return out.Interface()
}

// MapsInsert is maps.Insert: it adds the pairs of seq to m.
func MapsInsert(m any, seq any) {
	mv := mapArg("Insert", m)
	pairs("maps.Insert", seq, func(k, v reflect.Value) bool {
		mv.SetMapIndex(to("maps.Insert", k, mv.Type().Key()), to("maps.Insert", v, mv.Type().Elem()))
		return true
	})
}

// collect runs an iterator func(yield func(E) bool), compiled or written in
// a cell, and returns its values as a []E.
func collect(fn string, it any) reflect.Value {
	f := funcArg(fn, it)
	t := f.Type()
	if t.NumIn() != 1 || t.NumOut() != 0 || t.In(0).Kind() != reflect.Func {
		panic(fmt.Sprintf("%s: %s is not an iterator func(yield func(E) bool)", fn, t))
	}
	yt := t.In(0)
	if yt.NumIn() != 1 || yt.NumOut() != 1 || yt.Out(0).Kind() != reflect.Bool {
		panic(fmt.Sprintf("%s: %s is not an iterator func(yield func(E) bool)", fn, t))
	}
	// nil until a value comes, as Go's Collect appends to a nil slice.
	out := reflect.Zero(reflect.SliceOf(yt.In(0)))
	yield := reflect.MakeFunc(yt, func(args []reflect.Value) []reflect.Value {
		out = reflect.Append(out, args[0])
		return []reflect.Value{reflect.ValueOf(true).Convert(yt.Out(0))}
	})
	f.Call([]reflect.Value{yield})
	return out
}

// Collect is slices.Collect: it returns the values of the iterator seq as a
// new slice (an `any` holding a []E).
func Collect(seq any) any { return collect("slices.Collect", seq).Interface() }

// Sorted is slices.Sorted: Collect then Sort.
func Sorted(seq any) any {
	s := collect("slices.Sorted", seq).Interface()
	Sort(s)
	return s
}

// SortedFunc is slices.SortedFunc: Collect then SortFunc.
func SortedFunc(seq any, cmp any) any {
	s := collect("slices.SortedFunc", seq).Interface()
	SortFunc(s, cmp)
	return s
}

// AppendSeq is slices.AppendSeq: it appends the values of seq to s.
func AppendSeq(s any, seq any) any {
	v := sliceArg("AppendSeq", s)
	for _, e := range collect("slices.AppendSeq", seq).Seq2() {
		v = reflect.Append(v, to("slices.AppendSeq", e, v.Type().Elem()))
	}
	return v.Interface()
}

// Values is slices.Values: an iterator over the elements of s.
func Values(s any) any {
	v := sliceArg("Values", s)
	return seq(v.Type().Elem(), func(yield func(reflect.Value) bool) {
		for i := 0; i < v.Len(); i++ {
			if !yield(v.Index(i)) {
				return
			}
		}
	})
}

// Chunk is slices.Chunk: an iterator over consecutive sub-slices of up to n
// elements of s.
func Chunk(s any, n int) any {
	v := sliceArg("Chunk", s)
	if n < 1 {
		panic("cannot be less than 1")
	}
	return seq(v.Type(), func(yield func(reflect.Value) bool) {
		for i := 0; i < v.Len(); i += n {
			end := min(n, v.Len()-i) + i
			if !yield(v.Slice3(i, end, end)) {
				return
			}
		}
	})
}

// ---- sorting and searching ----

// Sort is slices.Sort: it sorts a slice of an ordered element type
// (integers, floats, strings, or types based on them) in place.
func Sort(s any) {
	switch x := s.(type) {
	case []int:
		slices.Sort(x)
	case []string:
		slices.Sort(x)
	case []float64:
		slices.Sort(x)
	case []int64:
		slices.Sort(x)
	default:
		v := sliceArg("Sort", s)
		sort.Slice(s, func(i, j int) bool { return compare("slices.Sort", v.Index(i), v.Index(j)) < 0 })
	}
}

// SortFunc is slices.SortFunc: cmp is a func(a, b E) int.
func SortFunc(s any, cmp any) {
	v, f := sliceArg("SortFunc", s), funcArg("slices.SortFunc", cmp)
	sort.Slice(s, func(i, j int) bool { return callInt("slices.SortFunc", f, v.Index(i), v.Index(j)) < 0 })
}

// SortStableFunc is slices.SortStableFunc.
func SortStableFunc(s any, cmp any) {
	v, f := sliceArg("SortStableFunc", s), funcArg("slices.SortStableFunc", cmp)
	sort.SliceStable(s, func(i, j int) bool { return callInt("slices.SortStableFunc", f, v.Index(i), v.Index(j)) < 0 })
}

// IsSorted is slices.IsSorted.
func IsSorted(s any) bool {
	v := sliceArg("IsSorted", s)
	for i := 1; i < v.Len(); i++ {
		if compare("slices.IsSorted", v.Index(i), v.Index(i-1)) < 0 {
			return false
		}
	}
	return true
}

// IsSortedFunc is slices.IsSortedFunc.
func IsSortedFunc(s any, cmp any) bool {
	v, f := sliceArg("IsSortedFunc", s), funcArg("slices.IsSortedFunc", cmp)
	for i := 1; i < v.Len(); i++ {
		if callInt("slices.IsSortedFunc", f, v.Index(i), v.Index(i-1)) < 0 {
			return false
		}
	}
	return true
}

// BinarySearch is slices.BinarySearch on a sorted slice.
func BinarySearch(s any, target any) (int, bool) {
	v := sliceArg("BinarySearch", s)
	t := to("slices.BinarySearch", reflect.ValueOf(target), v.Type().Elem())
	i := sort.Search(v.Len(), func(i int) bool { return compare("slices.BinarySearch", v.Index(i), t) >= 0 })
	return i, i < v.Len() && compare("slices.BinarySearch", v.Index(i), t) == 0
}

// BinarySearchFunc is slices.BinarySearchFunc: cmp is a func(E, T) int.
func BinarySearchFunc(s any, target any, cmp any) (int, bool) {
	v, f := sliceArg("BinarySearchFunc", s), funcArg("slices.BinarySearchFunc", cmp)
	t := reflect.ValueOf(target)
	i := sort.Search(v.Len(), func(i int) bool { return callInt("slices.BinarySearchFunc", f, v.Index(i), t) >= 0 })
	return i, i < v.Len() && callInt("slices.BinarySearchFunc", f, v.Index(i), t) == 0
}

// Max is slices.Max: the largest element (an `any`; a NaN wins for floats).
// It panics on an empty slice.
func Max(s any) any { return extreme("Max", s, +1) }

// Min is slices.Min: the smallest element.
func Min(s any) any { return extreme("Min", s, -1) }

func extreme(fn string, s any, sign int) any {
	v := sliceArg(fn, s)
	if v.Len() == 0 {
		panic("slices." + fn + ": empty list")
	}
	m := v.Index(0)
	for i := 1; i < v.Len(); i++ {
		e := v.Index(i)
		if isNaN(m) {
			break
		}
		if isNaN(e) || compare("slices."+fn, e, m)*sign > 0 {
			m = e
		}
	}
	return m.Interface()
}

// MaxFunc is slices.MaxFunc: the first maximal element by cmp.
func MaxFunc(s any, cmp any) any { return extremeFunc("MaxFunc", s, cmp, +1) }

// MinFunc is slices.MinFunc: the first minimal element by cmp.
func MinFunc(s any, cmp any) any { return extremeFunc("MinFunc", s, cmp, -1) }

func extremeFunc(fn string, s, cmp any, sign int) any {
	v, f := sliceArg(fn, s), funcArg("slices."+fn, cmp)
	if v.Len() == 0 {
		panic("slices." + fn + ": empty list")
	}
	m := v.Index(0)
	for i := 1; i < v.Len(); i++ {
		if e := v.Index(i); callInt("slices."+fn, f, e, m)*sign > 0 {
			m = e
		}
	}
	return m.Interface()
}

// Index is slices.Index: the first index of v in s, or -1.
func Index(s any, v any) int {
	sv := sliceArg("Index", s)
	x := to("slices.Index", reflect.ValueOf(v), sv.Type().Elem())
	for i := 0; i < sv.Len(); i++ {
		if equal("slices.Index", sv.Index(i), x) {
			return i
		}
	}
	return -1
}

// IndexFunc is slices.IndexFunc: f is a func(E) bool.
func IndexFunc(s any, f any) int {
	sv, fv := sliceArg("IndexFunc", s), funcArg("slices.IndexFunc", f)
	for i := 0; i < sv.Len(); i++ {
		if callBool("slices.IndexFunc", fv, sv.Index(i)) {
			return i
		}
	}
	return -1
}

// Contains is slices.Contains.
func Contains(s any, v any) bool { return Index(s, v) >= 0 }

// ContainsFunc is slices.ContainsFunc.
func ContainsFunc(s any, f any) bool { return IndexFunc(s, f) >= 0 }

// Equal is slices.Equal: same length and == elements.
func Equal(s1, s2 any) bool {
	a, b := sliceArg("Equal", s1), sliceArg("Equal", s2)
	if a.Len() != b.Len() {
		return false
	}
	for i := 0; i < a.Len(); i++ {
		if !equal("slices.Equal", a.Index(i), to("slices.Equal", b.Index(i), a.Type().Elem())) {
			return false
		}
	}
	return true
}

// EqualFunc is slices.EqualFunc: eq is a func(E1, E2) bool.
func EqualFunc(s1, s2 any, eq any) bool {
	a, b, f := sliceArg("EqualFunc", s1), sliceArg("EqualFunc", s2), funcArg("slices.EqualFunc", eq)
	if a.Len() != b.Len() {
		return false
	}
	for i := 0; i < a.Len(); i++ {
		if !callBool("slices.EqualFunc", f, a.Index(i), b.Index(i)) {
			return false
		}
	}
	return true
}

// Compare is slices.Compare: lexicographic comparison with cmp.Compare.
func Compare(s1, s2 any) int {
	a, b := sliceArg("Compare", s1), sliceArg("Compare", s2)
	for i := 0; i < min(a.Len(), b.Len()); i++ {
		if c := compare("slices.Compare", a.Index(i), to("slices.Compare", b.Index(i), a.Type().Elem())); c != 0 {
			return c
		}
	}
	return cmp3(a.Len() < b.Len(), a.Len() > b.Len())
}

// CompareFunc is slices.CompareFunc: cmp is a func(E1, E2) int.
func CompareFunc(s1, s2 any, cmp any) int {
	a, b, f := sliceArg("CompareFunc", s1), sliceArg("CompareFunc", s2), funcArg("slices.CompareFunc", cmp)
	for i := 0; i < min(a.Len(), b.Len()); i++ {
		if c := callInt("slices.CompareFunc", f, a.Index(i), b.Index(i)); c != 0 {
			return c
		}
	}
	return cmp3(a.Len() < b.Len(), a.Len() > b.Len())
}

// ---- building slices ----

// Clone is slices.Clone: a shallow copy (nil stays nil).
func Clone(s any) any {
	v := sliceArg("Clone", s)
	if v.IsNil() {
		return s
	}
	// append(s[:0:0], s...), as Go's: the capacity append rounds to.
	return reflect.AppendSlice(v.Slice3(0, 0, 0), v).Interface()
}

// Reverse is slices.Reverse, in place.
func Reverse(s any) {
	v := sliceArg("Reverse", s)
	swap := reflect.Swapper(s)
	for i, j := 0, v.Len()-1; i < j; i, j = i+1, j-1 {
		swap(i, j)
	}
}

// Insert is slices.Insert: s with vs inserted at index i. As Go's, it
// shifts the tail in place when s has the capacity (the caller's array
// sees the change), and otherwise appends to s[:i] once, so that the new
// array has the capacity append gives.
func Insert(s any, i int, vs ...any) any {
	v := sliceArg("Insert", s)
	n, m := v.Len(), len(vs)
	if i < 0 || i > n {
		panic(fmt.Sprintf("slices.Insert: index %d out of range [0:%d]", i, n))
	}
	if m == 0 {
		return s // Go returns s itself (a nil s stays nil)
	}
	ins := reflect.MakeSlice(v.Type(), m, m)
	for k, x := range vs {
		ins.Index(k).Set(to("slices.Insert", reflect.ValueOf(x), v.Type().Elem()))
	}
	if i == n {
		return reflect.AppendSlice(v, ins).Interface()
	}
	if n+m > v.Cap() {
		r := reflect.AppendSlice(v.Slice(0, i), reflect.MakeSlice(v.Type(), n+m-i, n+m-i))
		reflect.Copy(r.Slice(i, r.Len()), ins)
		reflect.Copy(r.Slice(i+m, r.Len()), v.Slice(i, n))
		return r.Interface()
	}
	r := v.Slice(0, n+m)
	reflect.Copy(r.Slice(i+m, n+m), v.Slice(i, n))
	reflect.Copy(r.Slice(i, i+m), ins)
	return r.Interface()
}

// Delete is slices.Delete: removes s[i:j] and zeroes the freed tail.
func Delete(s any, i, j int) any {
	v := sliceArg("Delete", s)
	n := v.Len()
	if i < 0 || j > n || i > j {
		panic(fmt.Sprintf("slices.Delete: slice bounds out of range [%d:%d] with length %d", i, j, n))
	}
	if i == j {
		return s
	}
	reflect.Copy(v.Slice(i, n), v.Slice(j, n))
	clearTail(v, n-(j-i))
	return v.Slice(0, n-(j-i)).Interface()
}

// DeleteFunc is slices.DeleteFunc: removes the elements for which del (a
// func(E) bool) is true.
func DeleteFunc(s any, del any) any {
	v, f := sliceArg("DeleteFunc", s), funcArg("slices.DeleteFunc", del)
	k := 0
	for i := 0; i < v.Len(); i++ {
		if e := v.Index(i); !callBool("slices.DeleteFunc", f, e) {
			if k != i {
				v.Index(k).Set(e)
			}
			k++
		}
	}
	clearTail(v, k)
	return v.Slice(0, k).Interface()
}

// Replace is slices.Replace: s[i:j] replaced by vs.
func Replace(s any, i, j int, vs ...any) any {
	v := sliceArg("Replace", s)
	n := v.Len()
	if i < 0 || j > n || i > j {
		panic(fmt.Sprintf("slices.Replace: slice bounds out of range [%d:%d] with length %d", i, j, n))
	}
	tail := Clone(v.Slice(j, n).Interface())
	r := v.Slice(0, i)
	for _, x := range vs {
		r = reflect.Append(r, to("slices.Replace", reflect.ValueOf(x), v.Type().Elem()))
	}
	r = reflect.AppendSlice(r, reflect.ValueOf(tail))
	if r.Len() < n {
		clearTail(v, r.Len())
	}
	return r.Interface()
}

// Compact is slices.Compact: runs of == elements replaced by one.
func Compact(s any) any {
	v := sliceArg("Compact", s)
	return compact(v, func(a, b reflect.Value) bool { return equal("slices.Compact", a, b) })
}

// CompactFunc is slices.CompactFunc: eq is a func(E, E) bool.
func CompactFunc(s any, eq any) any {
	v, f := sliceArg("CompactFunc", s), funcArg("slices.CompactFunc", eq)
	return compact(v, func(a, b reflect.Value) bool { return callBool("slices.CompactFunc", f, a, b) })
}

func compact(v reflect.Value, eq func(a, b reflect.Value) bool) any {
	if v.Len() < 2 {
		return v.Interface()
	}
	k := 1
	for i := 1; i < v.Len(); i++ {
		if e := v.Index(i); !eq(v.Index(k-1), e) {
			if k != i {
				v.Index(k).Set(e)
			}
			k++
		}
	}
	clearTail(v, k)
	return v.Slice(0, k).Interface()
}

// Grow is slices.Grow: room for n more elements.
func Grow(s any, n int) any {
	v := sliceArg("Grow", s)
	if n < 0 {
		panic("cannot be negative")
	}
	if v.Cap()-v.Len() >= n {
		return s
	}
	// append(s[:cap(s)], make([]E, n)...)[:len(s)], as Go's: the
	// capacity append rounds to.
	k := n - (v.Cap() - v.Len())
	return reflect.AppendSlice(v.Slice(0, v.Cap()), reflect.MakeSlice(v.Type(), k, k)).Slice(0, v.Len()).Interface()
}

// Clip is slices.Clip: s with its capacity reduced to its length.
func Clip(s any) any {
	v := sliceArg("Clip", s)
	return v.Slice3(0, v.Len(), v.Len()).Interface()
}

// Concat is slices.Concat: all slices (of one type) joined in a new slice.
// With no non-nil argument it returns nil.
func Concat(ss ...any) any {
	var r reflect.Value
	size := 0
	for _, s := range ss {
		if s == nil {
			continue
		}
		v := sliceArg("Concat", s)
		if !r.IsValid() {
			r = reflect.Zero(v.Type()) // nil while every slice is empty, as in Go
		}
		size += v.Len()
	}
	if !r.IsValid() {
		return nil
	}
	if size > 0 {
		// Grow(nil, size), as Go's: the capacity append rounds to.
		r = reflect.AppendSlice(r, reflect.MakeSlice(r.Type(), size, size)).Slice(0, 0)
	}
	for _, s := range ss {
		if s != nil {
			r = reflect.AppendSlice(r, to("slices.Concat", reflect.ValueOf(s), r.Type()))
		}
	}
	return r.Interface()
}

// Repeat is slices.Repeat: s repeated count times.
func Repeat(s any, count int) any {
	v := sliceArg("Repeat", s)
	if count < 0 {
		panic("cannot be negative")
	}
	r := reflect.MakeSlice(v.Type(), 0, v.Len()*count)
	for range count {
		r = reflect.AppendSlice(r, v)
	}
	return r.Interface()
}

// ---- maps ----

// MapsKeys is maps.Keys: an iterator func(yield func(K) bool) over the keys
// of m (in Go's random map order), for slices.Collect / slices.Sorted.
func MapsKeys(m any) any {
	v := mapArg("Keys", m)
	return seq(v.Type().Key(), func(yield func(reflect.Value) bool) {
		for it := v.MapRange(); it.Next(); {
			if !yield(it.Key()) {
				return
			}
		}
	})
}

// MapsValues is maps.Values: an iterator over the values of m.
func MapsValues(m any) any {
	v := mapArg("Values", m)
	return seq(v.Type().Elem(), func(yield func(reflect.Value) bool) {
		for it := v.MapRange(); it.Next(); {
			if !yield(it.Value()) {
				return
			}
		}
	})
}

// MapsClone is maps.Clone: a shallow copy (nil stays nil).
func MapsClone(m any) any {
	v := mapArg("Clone", m)
	if v.IsNil() {
		return m
	}
	c := reflect.MakeMapWithSize(v.Type(), v.Len())
	for it := v.MapRange(); it.Next(); {
		c.SetMapIndex(it.Key(), it.Value())
	}
	return c.Interface()
}

// MapsCopy is maps.Copy: copies all key/value pairs of src into dst.
func MapsCopy(dst, src any) {
	d, s := mapArg("Copy", dst), mapArg("Copy", src)
	for it := s.MapRange(); it.Next(); {
		d.SetMapIndex(to("maps.Copy", it.Key(), d.Type().Key()), to("maps.Copy", it.Value(), d.Type().Elem()))
	}
}

// MapsDeleteFunc is maps.DeleteFunc: del is a func(K, V) bool.
func MapsDeleteFunc(m any, del any) {
	v, f := mapArg("DeleteFunc", m), funcArg("maps.DeleteFunc", del)
	for it := v.MapRange(); it.Next(); {
		if callBool("maps.DeleteFunc", f, it.Key(), it.Value()) {
			v.SetMapIndex(it.Key(), reflect.Value{})
		}
	}
}

// MapsEqual is maps.Equal: same keys with == values.
func MapsEqual(m1, m2 any) bool {
	a, b := mapArg("Equal", m1), mapArg("Equal", m2)
	if a.Len() != b.Len() {
		return false
	}
	for it := a.MapRange(); it.Next(); {
		w := b.MapIndex(to("maps.Equal", it.Key(), b.Type().Key()))
		if !w.IsValid() || !equal("maps.Equal", it.Value(), to("maps.Equal", w, a.Type().Elem())) {
			return false
		}
	}
	return true
}

// MapsEqualFunc is maps.EqualFunc: eq is a func(V1, V2) bool.
func MapsEqualFunc(m1, m2 any, eq any) bool {
	a, b, f := mapArg("EqualFunc", m1), mapArg("EqualFunc", m2), funcArg("maps.EqualFunc", eq)
	if a.Len() != b.Len() {
		return false
	}
	for it := a.MapRange(); it.Next(); {
		w := b.MapIndex(to("maps.EqualFunc", it.Key(), b.Type().Key()))
		if !w.IsValid() || !callBool("maps.EqualFunc", f, it.Value(), w) {
			return false
		}
	}
	return true
}

// ---- sync ----

// OnceValue is sync.OnceValue: f (a func() T) runs once; the result func
// returns its value as an `any` (and re-panics f's panic on every call).
func OnceValue(f any) func() any {
	fv := funcArg("sync.OnceValue", f)
	if fv.Type().NumIn() != 0 || fv.Type().NumOut() != 1 {
		panic(fmt.Sprintf("sync.OnceValue: %s is not a func() T", fv.Type()))
	}
	return sync.OnceValue(func() any { return fv.Call(nil)[0].Interface() })
}

// OnceValues is sync.OnceValues for the usual func() (T, error): the result
// func returns T as an `any` and the error.
func OnceValues(f any) func() (any, error) {
	fv := funcArg("sync.OnceValues", f)
	t := fv.Type()
	if t.NumIn() != 0 || t.NumOut() != 2 || !t.Out(1).Implements(reflect.TypeFor[error]()) {
		panic(fmt.Sprintf("sync.OnceValues: %s is not a func() (T, error)", t))
	}
	return sync.OnceValues(func() (any, error) {
		r := fv.Call(nil)
		err, _ := r[1].Interface().(error)
		return r[0].Interface(), err
	})
}
