package main

import (
	"fmt"
	"strconv"
	"strings"
)

const system = `px{a<2006:qkq,m>2090:A,rfg}
pv{a>1716:R,A}
lnx{m>1548:A,A}
rfg{s<537:gd,x>2440:R,A}
qs{s>3448:A,lnx}
qkq{x<1416:A,crn}
crn{x>2662:A,R}
in{s<1351:px,qqz}
qqz{s>2770:qs,m<1801:hdj,R}
gd{a>3333:R,R}
hdj{m>838:A,pv}

{x=787,m=2655,a=1222,s=2876}
{x=1679,m=44,a=2067,s=496}
{x=2036,m=264,a=79,s=2244}
{x=2461,m=1339,a=466,s=291}
{x=2127,m=1623,a=2188,s=1013}`

type Rule struct {
	Cat    byte
	Op     byte
	Val    int
	Target string
}

type Part map[byte]int

type Range struct{ Lo, Hi int } // inclusive

func parseWorkflows(s string) map[string][]Rule {
	wf := map[string][]Rule{}
	for _, line := range strings.Split(s, "\n") {
		name, body, _ := strings.Cut(strings.TrimSuffix(line, "}"), "{")
		for _, r := range strings.Split(body, ",") {
			cond, target, found := strings.Cut(r, ":")
			if !found {
				wf[name] = append(wf[name], Rule{Target: cond})
				continue
			}
			v, _ := strconv.Atoi(cond[2:])
			wf[name] = append(wf[name], Rule{cond[0], cond[1], v, target})
		}
	}
	return wf
}

func accept(wf map[string][]Rule, p Part) bool {
	cur := "in"
	for cur != "A" && cur != "R" {
		for _, r := range wf[cur] {
			if r.Op == 0 || (r.Op == '<' && p[r.Cat] < r.Val) || (r.Op == '>' && p[r.Cat] > r.Val) {
				cur = r.Target
				break
			}
		}
	}
	return cur == "A"
}

func combos(wf map[string][]Rule, name string, rs map[byte]Range) int64 {
	if name == "R" {
		return 0
	}
	if name == "A" {
		n := int64(1)
		for _, c := range "xmas" {
			r := rs[byte(c)]
			n *= int64(r.Hi - r.Lo + 1)
		}
		return n
	}
	var total int64
	for _, r := range wf[name] {
		if r.Op == 0 {
			total += combos(wf, r.Target, rs)
			break
		}
		cur := rs[r.Cat]
		yes, no := cur, cur
		if r.Op == '<' {
			yes.Hi, no.Lo = min(cur.Hi, r.Val-1), max(cur.Lo, r.Val)
		} else {
			yes.Lo, no.Hi = max(cur.Lo, r.Val+1), min(cur.Hi, r.Val)
		}
		if yes.Lo <= yes.Hi {
			next := make(map[byte]Range, 4)
			for k, v := range rs {
				next[k] = v
			}
			next[r.Cat] = yes
			total += combos(wf, r.Target, next)
		}
		if no.Lo > no.Hi {
			break
		}
		rs[r.Cat] = no
	}
	return total
}

func main() {
	top, bottom, _ := strings.Cut(system, "\n\n")
	wf := parseWorkflows(top)
	fmt.Println("workflows:", len(wf), "in has", len(wf["in"]), "rules:", wf["in"])
	sum := 0
	for _, line := range strings.Split(bottom, "\n") {
		p := Part{}
		for _, kv := range strings.Split(strings.Trim(line, "{}"), ",") {
			v, _ := strconv.Atoi(kv[2:])
			p[kv[0]] = v
		}
		ok := accept(wf, p)
		fmt.Printf("x=%d m=%d a=%d s=%d -> %v\n", p['x'], p['m'], p['a'], p['s'], ok)
		if ok {
			sum += p['x'] + p['m'] + p['a'] + p['s']
		}
	}
	fmt.Println("rating sum:", sum)
	all := map[byte]Range{'x': {1, 4000}, 'm': {1, 4000}, 'a': {1, 4000}, 's': {1, 4000}}
	fmt.Println("distinct accepted:", combos(wf, "in", all))
}
