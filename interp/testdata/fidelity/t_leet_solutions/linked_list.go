package main

import (
	"fmt"
	"strings"
)

type ListNode struct {
	Val  int
	Next *ListNode
}

func build(vals ...int) *ListNode {
	dummy := &ListNode{}
	cur := dummy
	for _, v := range vals {
		cur.Next = &ListNode{Val: v}
		cur = cur.Next
	}
	return dummy.Next
}

func (l *ListNode) String() string {
	if l == nil {
		return "[]"
	}
	var parts []string
	for n := l; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return "[" + strings.Join(parts, "->") + "]"
}

func reverseList(head *ListNode) *ListNode {
	var prev *ListNode
	for head != nil {
		head.Next, prev, head = prev, head, head.Next
	}
	return prev
}

func mergeTwoLists(a, b *ListNode) *ListNode {
	dummy := &ListNode{}
	tail := dummy
	for a != nil && b != nil {
		if a.Val <= b.Val {
			tail.Next, a = a, a.Next
		} else {
			tail.Next, b = b, b.Next
		}
		tail = tail.Next
	}
	if a != nil {
		tail.Next = a
	} else {
		tail.Next = b
	}
	return dummy.Next
}

func addTwoNumbers(l1, l2 *ListNode) *ListNode {
	dummy := &ListNode{}
	cur, carry := dummy, 0
	for l1 != nil || l2 != nil || carry > 0 {
		sum := carry
		if l1 != nil {
			sum += l1.Val
			l1 = l1.Next
		}
		if l2 != nil {
			sum += l2.Val
			l2 = l2.Next
		}
		carry = sum / 10
		cur.Next = &ListNode{Val: sum % 10}
		cur = cur.Next
	}
	return dummy.Next
}

func hasCycle(head *ListNode) bool {
	slow, fast := head, head
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
		if slow == fast {
			return true
		}
	}
	return false
}

func removeNthFromEnd(head *ListNode, n int) *ListNode {
	dummy := &ListNode{Next: head}
	fast, slow := dummy, dummy
	for i := 0; i <= n; i++ {
		fast = fast.Next
	}
	for fast != nil {
		fast, slow = fast.Next, slow.Next
	}
	slow.Next = slow.Next.Next
	return dummy.Next
}

func main() {
	fmt.Println(reverseList(build(1, 2, 3, 4, 5)))
	fmt.Println(reverseList(nil))
	fmt.Println(mergeTwoLists(build(1, 2, 4), build(1, 3, 4)))
	fmt.Println(addTwoNumbers(build(2, 4, 3), build(5, 6, 4)))
	fmt.Println(addTwoNumbers(build(9, 9, 9, 9), build(9, 9)))
	cyc := build(3, 2, 0, -4)
	cyc.Next.Next.Next.Next = cyc.Next
	fmt.Println("cycle:", hasCycle(cyc), hasCycle(build(1, 2)))
	fmt.Println(removeNthFromEnd(build(1, 2, 3, 4, 5), 2))
	fmt.Println(removeNthFromEnd(build(1), 1))
	var lists []*ListNode
	lists = append(lists, build(1, 4, 5), build(1, 3, 4), build(2, 6))
	var merged *ListNode
	for _, l := range lists {
		merged = mergeTwoLists(merged, l)
	}
	fmt.Printf("%v %s\n", merged, lists[2])
}
