package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

const batch = `ecl:gry pid:860033327 eyr:2020 hcl:#fffffd
byr:1937 iyr:2017 cid:147 hgt:183cm

iyr:2013 ecl:amb cid:350 eyr:2023 pid:028048884
hcl:#cfa07d byr:1929

hcl:#ae17e1 iyr:2013
eyr:2024
ecl:brn pid:760753108 byr:1931
hgt:179cm

hcl:#cfa07d eyr:2025 pid:166559648
iyr:2011 ecl:brn hgt:59in

eyr:1972 cid:100
hcl:#18171d ecl:amb hgt:170 pid:186cm iyr:2018 byr:1926

pid:087499704 hgt:74in ecl:grn iyr:2012 eyr:2030 byr:1980
hcl:#623a2f`

var heightRe = regexp.MustCompile(`^(?P<num>\d+)(?P<unit>cm|in)$`)

type validator func(string) bool

func yearIn(lo, hi int) validator {
	return func(s string) bool {
		n, err := strconv.Atoi(s)
		return err == nil && len(s) == 4 && n >= lo && n <= hi
	}
}

var rules = map[string]validator{
	"byr": yearIn(1920, 2002),
	"iyr": yearIn(2010, 2020),
	"eyr": yearIn(2020, 2030),
	"hgt": func(s string) bool {
		m := heightRe.FindStringSubmatch(s)
		if m == nil {
			return false
		}
		n, _ := strconv.Atoi(m[heightRe.SubexpIndex("num")])
		if m[heightRe.SubexpIndex("unit")] == "cm" {
			return n >= 150 && n <= 193
		}
		return n >= 59 && n <= 76
	},
	"hcl": regexp.MustCompile(`^#[0-9a-f]{6}$`).MatchString,
	"ecl": func(s string) bool { return strings.Contains(" amb blu brn gry grn hzl oth ", " "+s+" ") },
	"pid": regexp.MustCompile(`^\d{9}$`).MatchString,
}

var order = []string{"byr", "iyr", "eyr", "hgt", "hcl", "ecl", "pid"}

func main() {
	present, valid := 0, 0
	for i, rec := range strings.Split(batch, "\n\n") {
		fields := map[string]string{}
		for _, kv := range strings.Fields(rec) {
			k, v, _ := strings.Cut(kv, ":")
			fields[k] = v
		}
		var missing, bad []string
		for _, k := range order {
			v, ok := fields[k]
			if !ok {
				missing = append(missing, k)
			} else if !rules[k](v) {
				bad = append(bad, k+"="+v)
			}
		}
		if len(missing) == 0 {
			present++
			if len(bad) == 0 {
				valid++
			}
		}
		fmt.Printf("passport %d: %d fields, missing %v, invalid %v\n", i+1, len(fields), missing, bad)
	}
	fmt.Println("all fields present:", present)
	fmt.Println("valid:", valid)
	fmt.Println(heightRe.SubexpNames(), heightRe.NumSubexp())
}
