package main

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
	City string
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type ValidationError struct {
	Field string
	Issue string
}

func (v ValidationError) Error() string { return v.Field + ": " + v.Issue }

func validate(p Person) error {
	var errs []error
	if p.Name == "" {
		errs = append(errs, ValidationError{"name", "empty"})
	}
	if p.Age < 0 || p.Age > 150 {
		errs = append(errs, ValidationError{"age", fmt.Sprintf("out of range: %d", p.Age)})
	}
	if strings.ToLower(p.City) != p.City {
		errs = append(errs, fmt.Errorf("city %q: %w", p.City, errors.ErrUnsupported))
	}
	return errors.Join(errs...)
}

func main() {
	people := []Person{{"Alice", 30, "paris"}, {"Bob", 25, "rome"}, {"Carol", 35, "oslo"}, {"Dan", 25, "lima"}, {"Eve", 30, "rome"}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Stable(sort.Reverse(ByAge(people)))
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].City < people[j].City })
	fmt.Println(people)
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Or(cmp.Compare(a.Age, b.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(people)
	i, found := slices.BinarySearchFunc(people, 30, func(p Person, age int) int { return cmp.Compare(p.Age, age) })
	fmt.Println(i, found)
	idx := sort.Search(len(people), func(i int) bool { return people[i].Age >= 31 })
	fmt.Println(idx, people[idx].Name)
	fmt.Println(sort.IsSorted(ByAge(people)), sort.SearchInts([]int{1, 3, 5, 7}, 4))

	nums := []int{5, 2, 8, 2, 9, 1, 5, 5}
	s := slices.Clone(nums)
	slices.Sort(s)
	fmt.Println(s, slices.Compact(s), nums)
	fmt.Println(slices.Index(nums, 8), slices.Contains(nums, 7), slices.Max(nums), slices.Min(nums))
	fmt.Println(slices.Equal(nums, slices.Clone(nums)))
	r := slices.Clone(nums)
	slices.Reverse(r)
	fmt.Println(r, slices.IndexFunc(r, func(n int) bool { return n > 6 }))
	r = slices.DeleteFunc(r, func(n int) bool { return n == 5 })
	fmt.Println(r, len(r), slices.Repeat([]string{"ab"}, 3), slices.Concat([]int{1}, []int{2, 3}))
	names := []string{"bob", "Alice", "carol", "Dave"}
	slices.SortFunc(names, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(names)
	sort.Sort(sort.Reverse(sort.StringSlice(names)))
	fmt.Println(names)

	for _, p := range []Person{{"", 200, "Rome"}, {"Zed", 40, "kyiv"}, {"", 1, "x"}} {
		err := validate(p)
		if err == nil {
			fmt.Println("valid:", p.Name)
			continue
		}
		fmt.Printf("invalid %q:\n%v\n", p.Name, err)
		var ve ValidationError
		fmt.Println("  first validation error:", errors.As(err, &ve), ve.Field, "| unsupported:", errors.Is(err, errors.ErrUnsupported))
	}
	_, err := os.Open("/definitely/not/here.txt")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		fmt.Println(pathErr.Op, pathErr.Path, pathErr.Err)
	}
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", os.ErrPermission))
	fmt.Println(wrapped, errors.Unwrap(errors.Unwrap(wrapped)) == os.ErrPermission)
	multi := fmt.Errorf("both: %w and %w", os.ErrClosed, os.ErrDeadlineExceeded)
	fmt.Println(errors.Is(multi, os.ErrClosed), errors.Is(multi, os.ErrDeadlineExceeded), errors.Unwrap(multi) == nil)
}
