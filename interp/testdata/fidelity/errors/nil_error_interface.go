package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p // a typed nil when fail is false
}

func mayFailFixed(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

func main() {
	err := mayFail(false)
	fmt.Println("err == nil:", err == nil)
	fmt.Printf("%T %v\n", err, err == (*MyErr)(nil))

	err = mayFailFixed(false)
	fmt.Println("fixed err == nil:", err == nil)

	err = mayFail(true)
	fmt.Println(err)
}
