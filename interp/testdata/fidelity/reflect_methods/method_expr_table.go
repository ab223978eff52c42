// reflect's methods used as function values and through interfaces.
package main

import (
	"fmt"
	"reflect"
)

type Robot struct{ x, y int }

func (r *Robot) Up()    { r.y++ }
func (r *Robot) Down()  { r.y-- }
func (r *Robot) Left()  { r.x-- }
func (r *Robot) Right() { r.x++ }

type methodFinder interface {
	MethodByName(string) (reflect.Method, bool)
	NumMethod() int
}

var byName = reflect.Type.MethodByName
var count = reflect.Value.NumMethod

func main() {
	r := &Robot{}
	var f methodFinder = reflect.TypeOf(r)
	fmt.Println("moves:", f.NumMethod(), count(reflect.ValueOf(r)))
	for _, step := range []string{"Up", "Up", "Right", "Jump", "Left", "Left", "Down"} {
		m, ok := f.MethodByName(step)
		if !ok {
			fmt.Println("cannot", step)
			continue
		}
		m.Func.Call([]reflect.Value{reflect.ValueOf(r)})
	}
	fmt.Println("at", r.x, r.y)
	m, ok := byName(reflect.TypeOf(r), "Right")
	fmt.Println(m.Name, ok, m.Index)
	m.Func.Interface().(func(*Robot))(r)
	fmt.Println("at", r.x, r.y)
}
