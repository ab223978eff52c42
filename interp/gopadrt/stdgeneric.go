package gopadrt

import ()

// Run-time helpers of rewrite.StdGenericSource (gopad/stdgeneric for cells).

// pull runs an iterator on its own goroutine, one value per Next, as
// iter.Pull does: the iterator starts at the first Next, Stop makes its
// yield return false, and a panic of the iterator reaches Next's caller.
type pull struct {
	req    chan bool // true: produce a value; false: stop
	res    chan any  // one value per request; closed when the iterator returned
	panicv any       // the iterator's panic, set before res is closed
	done   bool      // Next saw the end, or Stop was called (caller's goroutine)
}

func newPull() *pull { return &pull{req: make(chan bool), res: make(chan any)} }

// Run runs iterate (which calls Yield) once the first value is asked for.
// It is the body of the iterator's goroutine.
func (p *pull) Run(iterate func()) {
	defer close(p.res)
	defer func() {
		if v := recover(); v != nil {
			p.panicv = v
		}
	}()
	if !<-p.req {
		return
	}
	iterate()
}

// Yield hands v to Next and waits for the next request: false when the
// caller stopped.
func (p *pull) Yield(v any) bool {
	p.res <- v
	return <-p.req
}

// Next returns the next value, or false once the iterator has ended.
func (p *pull) Next() (any, bool) {
	if p.done {
		return nil, false
	}
	p.req <- true
	v, ok := <-p.res
	if !ok {
		p.done = true
		if p.panicv != nil {
			panic(p.panicv)
		}
	}
	return v, ok
}

// Stop ends the iteration and waits until the iterator has returned.
func (p *pull) Stop() {
	if p.done {
		return
	}
	p.done = true
	p.req <- false
	for range p.res {
	}
}
