package async

import (
	"context"
	"sync"
)

// Gather runs fs concurrently and returns their results in argument order,
// like await asyncio.gather(...). The first error cancels the context of
// the others and is returned once all have ended (the results of the
// functions that succeeded are still filled in). Outside a [Run], Gather
// records its own timeline (see [LastTimeline]).
func Gather(ctx context.Context, fs ...Func) ([]any, error) {
	res, _, first := gather(ctx, fs, false)
	return res, first
}

// GatherSlice is [Gather] with a slice parameter.
func GatherSlice(ctx context.Context, fs []Func) ([]any, error) {
	return Gather(ctx, fs...)
}

// GatherAll runs fs concurrently to the end, like asyncio.gather(...,
// return_exceptions=True): an error does not cancel the others. Both
// slices have one entry per function, in argument order; errs[i] is nil
// when fs[i] succeeded.
func GatherAll(ctx context.Context, fs ...Func) (results []any, errs []error) {
	res, errs, _ := gather(ctx, fs, true)
	return res, errs
}

// GatherAllSlice is [GatherAll] with a slice parameter.
func GatherAllSlice(ctx context.Context, fs []Func) ([]any, []error) {
	return GatherAll(ctx, fs...)
}

func gather(ctx context.Context, fs []Func, collect bool) ([]any, []error, error) {
	sc, rctx, end := beginRoot(ctx, false)
	_, depth := scopeOf(rctx)
	gctx, cancel := context.WithCancel(rctx)
	defer cancel()

	var (
		mu      sync.Mutex
		results = make([]any, len(fs))
		errs    = make([]error, len(fs))
		first   error
		wg      sync.WaitGroup
	)
	for i, f := range fs {
		name := sc.nameFor(f)
		sp := sc.begin(name, depth)
		wg.Add(1)
		sc.wg.Add(1)
		go func() {
			defer sc.wg.Done()
			defer wg.Done()
			r, err := protect(withScope(gctx, sc, depth+1), f, name)
			sc.end(sp, r, err)
			mu.Lock()
			defer mu.Unlock()
			results[i], errs[i] = r, err
			if err != nil && first == nil && !collect {
				first = err
				cancel()
			}
		}()
	}

	// Wait for all, but return promptly when the host interrupts.
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	var outside error
	select {
	case <-done:
	case <-sc.hostDone():
		select {
		case <-done:
		default:
			outside = Context().Err()
			cancel()
		}
	}
	end()
	if outside == nil && sc.cancelledFromOutside() {
		outside = sc.outsideErr()
	}

	mu.Lock()
	defer mu.Unlock()
	res := append([]any(nil), results...)
	es := append([]error(nil), errs...)
	if first == nil && outside == nil && ctx.Err() != nil {
		outside = ctx.Err()
	}
	if first == nil {
		first = outside
	}
	return res, es, first
}

// hostDone returns the Done channel of the host context the scope started
// with (or of the current host context for the ambient scope).
func (sc *scope) hostDone() <-chan struct{} {
	if sc.host != nil {
		return sc.host.Done()
	}
	return Context().Done()
}
