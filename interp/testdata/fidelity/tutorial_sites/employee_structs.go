package main

import (
	"fmt"
	"strings"
)

// Employee is a struct as golangbot teaches it.
type Employee struct {
	FirstName string
	LastName  string
	Age       int
	Salary    float64
	Address
}

type Address struct {
	City  string
	State string
}

func (e Employee) FullName() string {
	return e.FirstName + " " + e.LastName
}

func (e *Employee) Raise(pct float64) {
	e.Salary = e.Salary * (1 + pct/100)
}

func (a Address) String() string {
	return fmt.Sprintf("%s, %s", a.City, a.State)
}

func main() {
	emp1 := Employee{
		FirstName: "Sam",
		LastName:  "Anderson",
		Age:       25,
		Salary:    500,
		Address:   Address{City: "Chicago", State: "Illinois"},
	}
	emp2 := Employee{"Thomas", "Paul", 29, 800, Address{"Austin", "Texas"}}

	fmt.Println("Employee 1", emp1)
	fmt.Printf("Employee 2 %+v\n", emp2)

	var emp3 Employee
	fmt.Println("zero value:", emp3)
	fmt.Printf("%#v\n", emp3.Address)

	emp4 := &Employee{FirstName: "Sally", LastName: "Ride"}
	emp4.Age = 33
	fmt.Println("First Name:", (*emp4).FirstName, "Age:", emp4.Age)

	anon := struct {
		firstName string
		age       int
	}{"Andreah", 31}
	fmt.Println("anonymous struct:", anon)

	emp1.Raise(10)
	fmt.Printf("%s now earns %.2f and lives in %v\n", emp1.FullName(), emp1.Salary, emp1.Address)
	fmt.Println("promoted field City:", emp2.City)

	if emp1 == emp2 {
		fmt.Println("equal")
	} else {
		fmt.Println("emp1 and emp2 are not equal")
	}
	copyEmp := emp2
	copyEmp.Age++
	fmt.Println(emp2.Age, copyEmp.Age, emp2 == copyEmp)

	staff := []Employee{emp1, emp2, *emp4}
	var names []string
	total := 0.0
	for i, e := range staff {
		names = append(names, strings.ToUpper(e.LastName))
		total += e.Salary
		fmt.Printf("%d: %-10s|%6.1f|%v\n", i, e.FirstName, e.Salary, e.Address)
	}
	fmt.Println(strings.Join(names, ", "), total)
	fmt.Printf("%T %T\n", emp4, anon)
}
