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

func reverseList(head *ListNode) *ListNode {
	var prev *ListNode
	for head != nil {
		head.Next, prev, head = prev, head, head.Next
	}
	return prev
}

func mergeTwoLists(l1, l2 *ListNode) *ListNode {
	dummy := &ListNode{}
	tail := dummy
	for l1 != nil && l2 != nil {
		if l1.Val <= l2.Val {
			tail.Next, l1 = l1, l1.Next
		} else {
			tail.Next, l2 = l2, l2.Next
		}
		tail = tail.Next
	}
	if l1 != nil {
		tail.Next = l1
	} else {
		tail.Next = l2
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

func addTwoNumbers(l1, l2 *ListNode) *ListNode {
	dummy := &ListNode{}
	cur, carry := dummy, 0
	for l1 != nil || l2 != nil || carry != 0 {
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
	l := build(1, 2, 3, 4, 5)
	fmt.Println("list:", l)
	fmt.Println("reversed:", reverseList(l))
	fmt.Println("merged:", mergeTwoLists(build(1, 2, 4), build(1, 3, 4)))
	fmt.Println("merged empty:", mergeTwoLists(nil, build(0)))
	var empty *ListNode
	fmt.Println("empty:", empty)

	c := build(3, 2, 0, -4)
	fmt.Println("cycle?", hasCycle(c))
	c.Next.Next.Next.Next = c.Next
	fmt.Println("cycle?", hasCycle(c))

	fmt.Println("342+465 =", addTwoNumbers(build(2, 4, 3), build(5, 6, 4)))
	fmt.Println("9999999+9999 =", addTwoNumbers(build(9, 9, 9, 9, 9, 9, 9), build(9, 9, 9, 9)))
	fmt.Println("remove 2nd from end:", removeNthFromEnd(build(1, 2, 3, 4, 5), 2))
	fmt.Println("remove only:", removeNthFromEnd(build(1), 1))
	fmt.Printf("%v %s\n", build(7, 8), build(9))
}
