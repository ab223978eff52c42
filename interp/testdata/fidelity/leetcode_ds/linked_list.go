// LeetCode-style linked list problems: reverse, merge two sorted lists,
// remove nth from end, detect a cycle, add two numbers.
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
	var sb strings.Builder
	for n := l; n != nil; n = n.Next {
		if sb.Len() > 0 {
			sb.WriteString("->")
		}
		fmt.Fprint(&sb, n.Val)
	}
	if sb.Len() == 0 {
		return "nil"
	}
	return sb.String()
}

func reverse(head *ListNode) *ListNode {
	var prev *ListNode
	for head != nil {
		head, head.Next, prev = head.Next, prev, head
	}
	return prev
}

func merge(a, b *ListNode) *ListNode {
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

func addTwoNumbers(l1, l2 *ListNode) *ListNode {
	dummy := &ListNode{}
	cur, carry := dummy, 0
	for l1 != nil || l2 != nil || carry > 0 {
		sum := carry
		if l1 != nil {
			sum, l1 = sum+l1.Val, l1.Next
		}
		if l2 != nil {
			sum, l2 = sum+l2.Val, l2.Next
		}
		carry = sum / 10
		cur.Next = &ListNode{Val: sum % 10}
		cur = cur.Next
	}
	return dummy.Next
}

func main() {
	fmt.Println(reverse(build(1, 2, 3, 4, 5)))
	fmt.Println(reverse(nil), reverse(build(7)))
	fmt.Println(merge(build(1, 2, 4), build(1, 3, 4)))
	fmt.Println(merge(nil, build(0)))
	fmt.Println(removeNthFromEnd(build(1, 2, 3, 4, 5), 2))
	fmt.Println(removeNthFromEnd(build(1), 1))

	c := build(3, 2, 0, -4)
	fmt.Println(hasCycle(c))
	c.Next.Next.Next.Next = c.Next
	fmt.Println(hasCycle(c))

	fmt.Println(addTwoNumbers(build(2, 4, 3), build(5, 6, 4)))
	fmt.Println(addTwoNumbers(build(9, 9, 9, 9), build(9, 9)))
	fmt.Printf("%v %s\n", build(1, 2), build())
}
