// Source: github.com/duanbiaowu/go-examples-for-beginners, content/introduction/xml.md, code block 1
// (MIT License, Copyright (c) 2022 Biaowu Duan), kept as written.
package main

import (
	"encoding/xml"
	"fmt"
)

type person struct {
	Name string `xml:"name"`
	Age  int    `xml:"age"`
	addr string `xml:"addr"` // 该属性转 XML 时会被忽略
}

func main() {
	// 注意: XML 字符串格式一定要正确，否则会报错
	tomXml := `
<person>
    <name>Tom</name>
    <age>6</age>
    <addr>???</addr>
</person>
`
	var tom person
	err := xml.Unmarshal([]byte(tomXml), &tom)
	if err != nil {
		panic(err)
	}

	// 从输出字符串中可以看到，并没有为 addr 属性赋值
	fmt.Printf("Tom's name is %s, age is %d, addr is %s\n", tom.Name, tom.Age, tom.addr)
}

// $ go run main.go
// 输出如下
/**
  Tom's name is Tom, age is 6, addr is
*/
