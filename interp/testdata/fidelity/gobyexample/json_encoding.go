package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type response1 struct {
	Page   int
	Fruits []string
}

type response2 struct {
	Page   int      `json:"page"`
	Fruits []string `json:"fruits"`
}

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Employee struct {
	Name    string            `json:"name"`
	Age     int               `json:"age"`
	Email   string            `json:"email,omitempty"`
	Address *Address          `json:"address,omitempty"`
	Tags    map[string]string `json:"tags,omitempty"`
	secret  string
}

func main() {
	bolB, _ := json.Marshal(true)
	fmt.Println(string(bolB))
	intB, _ := json.Marshal(1)
	fmt.Println(string(intB))
	fltB, _ := json.Marshal(2.34)
	fmt.Println(string(fltB))
	strB, _ := json.Marshal("gopher")
	fmt.Println(string(strB))
	slcB, _ := json.Marshal([]string{"apple", "peach", "pear"})
	fmt.Println(string(slcB))
	mapB, _ := json.Marshal(map[string]int{"apple": 5, "lettuce": 7})
	fmt.Println(string(mapB))

	res1B, _ := json.Marshal(&response1{Page: 1, Fruits: []string{"apple", "peach", "pear"}})
	fmt.Println(string(res1B))
	res2B, _ := json.Marshal(&response2{Page: 1, Fruits: []string{"apple", "peach", "pear"}})
	fmt.Println(string(res2B))

	byt := []byte(`{"num":6.13,"strs":["a","b"]}`)
	var dat map[string]interface{}
	if err := json.Unmarshal(byt, &dat); err != nil {
		panic(err)
	}
	num := dat["num"].(float64)
	fmt.Println(num)
	strs := dat["strs"].([]interface{})
	str1 := strs[0].(string)
	fmt.Println(str1)

	str := `{"page": 1, "fruits": ["apple", "peach"]}`
	res := response2{}
	json.Unmarshal([]byte(str), &res)
	fmt.Println(res)
	fmt.Println(res.Fruits[0])

	enc := json.NewEncoder(os.Stdout)
	d := map[string]int{"apple": 5, "lettuce": 7}
	enc.Encode(d)

	e := Employee{Name: "Ann", Age: 31, Address: &Address{Street: "Main 1"}, secret: "x"}
	out, err := json.MarshalIndent(e, "", "  ")
	if err != nil {
		panic(err)
	}
	fmt.Println(string(out))

	var back Employee
	if err := json.Unmarshal(out, &back); err != nil {
		panic(err)
	}
	fmt.Printf("%+v %+v\n", back.Name, *back.Address)

	dec := json.NewDecoder(strings.NewReader(`{"name":"Bo","age":40,"tags":{"team":"infra"}}
{"name":"Cy","age":22}`))
	for {
		var emp Employee
		if err := dec.Decode(&emp); err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Println(emp.Name, emp.Age, emp.Tags["team"])
	}

	var bad response2
	err = json.Unmarshal([]byte(`{"page":"one"}`), &bad)
	fmt.Println("error:", err)
}
