package gopadrt

import (
	"errors"
	"reflect"
)

// yaegi runs a function's deferred calls in one loop of compiled code: a
// deferred call that panics ends the loop, so the deferred calls after it
// never run, and a recover() in them would see the first panic, not the
// one that replaced it (Go runs them all; recover returns the last panic).
// The rewrite deferPanics gives such a function a *Defers: its deferred
// calls that may panic hand their panic to Caught and return normally,
// the deferred calls after them read it through Take, and End, deferred
// first so that it runs last, raises a panic nobody recovered.

// Defers is the panic a function's deferred calls raised while they ran,
// for one call of the function. Its deferred calls run one after another
// on the function's goroutine, so it needs no lock.
type Defers struct {
	pending any
	has     bool
	// raise, in a goroutine literal, hands End's panic to the session
	// (Hooks.GoPanic) instead of panicking: a panic in End would skip the
	// goroutine's own deferred recover, which yaegi runs after it.
	raise func(any)
}

// newDefers is gopadBuiltin.NewDefers.
func newDefers() *Defers { return &Defers{} }

// newGoDefers is gopadBuiltin.NewGoDefers, for the body of a goroutine
// literal.
func newGoDefers(raise func(any)) func() *Defers {
	return func() *Defers { return &Defers{raise: raise} }
}

// Caught records r, recover()'s value at the end of a deferred call: the
// call panicked, and its panic replaces any panic before it.
func (d *Defers) Caught(r any) {
	if r != nil {
		d.pending, d.has = r, true
	}
}

// Take is recover() in a deferred call of the function: the panic of a
// deferred call that ran before it, when there is one (it replaced v, the
// function's own panic, which yaegi's recover returned), else v.
func (d *Defers) Take(v any) any {
	if !d.has {
		return v
	}
	p := d.pending
	d.pending, d.has = nil, false
	return p
}

// End raises the panic of a deferred call that no later one recovered.
func (d *Defers) End() {
	if !d.has {
		return
	}
	p := d.pending
	d.pending, d.has = nil, false
	if d.raise != nil {
		d.raise(p)
		return
	}
	panic(p)
}

// Guard returns fn (a function of the cells) as a function of the same
// type whose panic is handed to Caught. Deferred in its place, it keeps
// fn's panic from ending yaegi's loop of deferred calls.
func (d *Defers) Guard(fn any) any {
	f := reflect.ValueOf(fn)
	return reflect.MakeFunc(f.Type(), func(in []reflect.Value) (out []reflect.Value) {
		defer func() {
			if r := recover(); r != nil {
				d.Caught(r)
				out = zeroResults(f.Type())
			}
		}()
		if f.Type().IsVariadic() {
			return f.CallSlice(in)
		}
		return f.Call(in)
	}).Interface()
}

// Recovering returns fn (a function of the cells that calls recover) as a
// function of the same type that refuses to run while a deferred call's
// panic is pending: fn's recover() would return the function's first
// panic, not the one that replaced it.
func (d *Defers) Recovering(name string, fn any) any {
	f := reflect.ValueOf(fn)
	return reflect.MakeFunc(f.Type(), func(in []reflect.Value) []reflect.Value {
		if d.has {
			panic(errors.New("gopad cannot run the deferred call of " + name + " here: it calls recover() after " +
				"another deferred call panicked, and gopad would hand it the earlier panic instead of the later one. " +
				"Workaround: recover in a deferred function literal, defer func() { r := recover(); ... }()"))
		}
		if f.Type().IsVariadic() {
			return f.CallSlice(in)
		}
		return f.Call(in)
	}).Interface()
}

// zeroResults are the zero values of t's results.
func zeroResults(t reflect.Type) []reflect.Value {
	out := make([]reflect.Value, t.NumOut())
	for i := range out {
		out[i] = reflect.Zero(t.Out(i))
	}
	return out
}
