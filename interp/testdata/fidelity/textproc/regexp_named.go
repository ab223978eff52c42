package main

import (
	"fmt"
	"regexp"
)

var logLine = regexp.MustCompile(`^(?P<date>\d{4}-\d{2}-\d{2}) (?P<level>[A-Z]+) (?P<msg>.*)$`)

func main() {
	lines := []string{
		"2024-05-01 INFO server started",
		"2024-05-01 ERROR disk almost full",
		"garbage",
	}
	for _, l := range lines {
		m := logLine.FindStringSubmatch(l)
		if m == nil {
			fmt.Println("no match:", l)
			continue
		}
		fields := map[string]string{}
		for i, name := range logLine.SubexpNames() {
			if name != "" {
				fields[name] = m[i]
			}
		}
		fmt.Printf("%s [%s] %s\n", fields["date"], fields["level"], fields["msg"])
	}
	fmt.Println(logLine.SubexpIndex("level"))

	re := regexp.MustCompile(`(?i)go+gle`)
	fmt.Println(re.FindAllString("Google gooogle GOGLE gogle", -1))
	fmt.Println(regexp.QuoteMeta("1+1=2?"))
	fmt.Println(regexp.MustCompile(`\s+`).Split("a  b \t c", -1))
}
