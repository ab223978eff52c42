package async_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/gopad/gopad/interp/async"
)

// fetchUser and fetchCatalog stand in for slow network calls.
func fetchUser(ctx context.Context) (any, error) {
	if err := async.Sleep(ctx, 25*time.Millisecond); err != nil {
		return nil, err
	}
	return "User Data Retrieved", nil
}

func fetchCatalog(ctx context.Context) (any, error) {
	if err := async.Sleep(ctx, 15*time.Millisecond); err != nil {
		return nil, err
	}
	return "Product Catalog Retrieved", nil
}

// Run is asyncio.run: the entry point that runs a coroutine to its end.
func ExampleRun() {
	res, err := async.Run(func(ctx context.Context) (any, error) {
		if err := async.Sleep(ctx, 10*time.Millisecond); err != nil {
			return nil, err
		}
		return "Hello from an async function!", nil
	})
	fmt.Println(res, err)
	// Output: Hello from an async function! <nil>
}

// Gather runs coroutines concurrently: the total time is that of the
// slowest, and the results come in argument order.
func ExampleGather() {
	res, err := async.Run(func(ctx context.Context) (any, error) {
		return async.Gather(ctx, fetchUser, fetchCatalog)
	})
	fmt.Println(res, err)
	s := async.LastTimeline().Spans()
	fmt.Println(s[0].Name, s[1].Name)
	fmt.Println("overlapping:", s[1].Start.Before(s[0].End))
	// Output:
	// [User Data Retrieved Product Catalog Retrieved] <nil>
	// fetchUser fetchCatalog
	// overlapping: true
}

// GatherAll is gather(..., return_exceptions=True): every function runs to
// its end and the errors come back next to the results.
func ExampleGatherAll() {
	fail := func(context.Context) (any, error) { return nil, errors.New("server down") }
	res, errs := async.GatherAll(context.Background(), fetchCatalog, fail)
	fmt.Println(res[0], errs[0])
	fmt.Println(res[1], errs[1])
	// Output:
	// Product Catalog Retrieved <nil>
	// <nil> server down
}

// Go is asyncio.create_task: the task starts at once and is awaited later.
func ExampleGo() {
	res, err := async.Run(func(ctx context.Context) (any, error) {
		task := async.Go(ctx, fetchUser)
		// ... do something else while the task runs ...
		return task.Await()
	})
	fmt.Println(res, err)
	// Output: User Data Retrieved <nil>
}

// A task that is started but never awaited is reported when Run ends.
func ExampleGo_neverAwaited() {
	defer async.SetReportWriter(consoleWriter{})()
	async.Run(func(ctx context.Context) (any, error) {
		async.Go(ctx, async.Named("Task One", fetchUser))
		return nil, nil
	})
	// Output: async: task "Task One" was never awaited
}

// consoleWriter sends reports to standard output, for the example.
type consoleWriter struct{}

func (consoleWriter) Write(p []byte) (int, error) { return fmt.Print(string(p)) }

// Cancel is task.cancel(); awaiting a cancelled task gives
// context.Canceled.
func ExampleTask_Cancel() {
	task := async.Go(context.Background(), func(ctx context.Context) (any, error) {
		return nil, async.Sleep(ctx, time.Hour)
	})
	task.Cancel()
	_, err := task.Await()
	fmt.Println(err)
	// Output: context canceled
}

// WaitFor is asyncio.wait_for: the error of a timeout wraps
// context.DeadlineExceeded.
func ExampleWaitFor() {
	_, err := async.WaitFor(context.Background(), 5*time.Millisecond, async.Named("fetch", fetchUser))
	fmt.Println(err)
	fmt.Println(errors.Is(err, context.DeadlineExceeded))
	// Output:
	// async: task "fetch" timed out after 5ms: context deadline exceeded
	// true
}

// Sequential awaits one coroutine after the other; its timeline shows
// consecutive bars.
func ExampleSequential() {
	res, err := async.Run(func(ctx context.Context) (any, error) {
		return async.Sequential(ctx, fetchUser, fetchCatalog)
	})
	fmt.Println(res, err)
	s := async.LastTimeline().Spans()
	fmt.Println("consecutive:", !s[1].Start.Before(s[0].End))
	// Output:
	// [User Data Retrieved Product Catalog Retrieved] <nil>
	// consecutive: true
}

// Named gives a task the name shown in reports and timelines.
func ExampleNamed() {
	async.Gather(context.Background(), async.Named("Task One", fetchUser), fetchCatalog)
	for _, s := range async.LastTimeline().Spans() {
		fmt.Println(s.Name)
	}
	// Output:
	// Task One
	// fetchCatalog
}

func ExampleTimeline_Text() {
	t0 := time.Date(2025, 12, 2, 10, 30, 0, 0, time.UTC)
	tl := new(async.Timeline)
	tl.Add(async.Span{Name: "Task One", Start: t0, End: t0.Add(3 * time.Second), Result: "Result from Task One"})
	tl.Add(async.Span{Name: "Task Two", Start: t0, End: t0.Add(time.Second), Result: "Result from Task Two"})
	fmt.Print(tl.Text())
	// Output:
	// Task One  |██████████████████████████████| 3.00s  "Result from Task One"
	// Task Two  |██████████                    | 1.00s  "Result from Task Two"
	//            0s                       3.00s
}
