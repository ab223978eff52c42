package main

import "fmt"

func process(items []string) (err error) {
	opened := 0
	for _, it := range items {
		if it == "" {
			err = fmt.Errorf("empty item after %d opened", opened)
			goto cleanup
		}
		opened++
		fmt.Println("opened", it)
	}
	fmt.Println("all opened")
cleanup:
	for i := opened; i > 0; i-- {
		fmt.Println("closing", i)
	}
	return err
}

func main() {
	fmt.Println(process([]string{"a", "b"}))
	fmt.Println(process([]string{"a", "", "c"}))
}
