package main

import "fmt"

type UserID int
type Query struct {
	Table string
	Limit int
}

type cache struct {
	data         map[any]string
	hits, misses int
}

func (c *cache) get(key any, load func() string) string {
	if v, ok := c.data[key]; ok {
		c.hits++
		return v
	}
	c.misses++
	v := load()
	c.data[key] = v
	return v
}

func main() {
	c := &cache{data: map[any]string{}}
	for i := 0; i < 3; i++ {
		fmt.Println(c.get(UserID(7), func() string { return "user seven" }))
		fmt.Println(c.get(7, func() string { return "row seven" }))
		fmt.Println(c.get(Query{"orders", 10}, func() string { return "10 orders" }))
		fmt.Println(c.get("7", func() string { return "string seven" }))
	}
	fmt.Println("hits", c.hits, "misses", c.misses, "size", len(c.data))
	delete(c.data, UserID(7))
	fmt.Println(len(c.data), c.data[7], c.data[UserID(7)] == "")
	for _, k := range []any{UserID(7), 7, Query{"orders", 10}, Query{"orders", 11}, "7"} {
		_, ok := c.data[k]
		fmt.Printf("%T %v cached=%v\n", k, k, ok)
	}
}
