package main

import (
	"fmt"
	"log/slog"
	"time"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func main() {
	attrs := []slog.Attr{
		slog.String("s", "text"),
		slog.Int("i", -3),
		slog.Uint64("u", 7),
		slog.Float64("f", 2.5),
		slog.Bool("b", true),
		slog.Duration("d", 90*time.Second),
		slog.Time("t", time.Date(2024, 5, 1, 10, 30, 0, 0, time.UTC)),
		slog.Any("temp", Temp(21.55)),
		slog.Any("slice", []int{1, 2}),
		slog.Group("g", slog.Int("x", 1), slog.String("y", "two")),
	}

	for _, a := range attrs {
		fmt.Printf("%-5s kind=%-8v value=%v\n", a.Key, a.Value.Kind(), a.Value)
	}

	v := slog.AnyValue(42)
	fmt.Println(v.Kind(), v.Int64())
	fmt.Println(slog.IntValue(5).Equal(slog.Int64Value(5)), slog.StringValue("a").Equal(slog.StringValue("b")))
	fmt.Println(slog.Int("k", 1).Equal(slog.Int("k", 1)), slog.Attr{}.Equal(slog.Attr{}))
}
