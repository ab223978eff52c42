package main

import (
	"fmt"
	"strings"
)

type ListNode struct {
	Val  int
	Next *ListNode
}

func fromSlice(vals ...int) *ListNode {
	dummy := &ListNode{}
	cur := dummy
	for _, v := range vals {
		cur.Next = &ListNode{Val: v}
		cur = cur.Next
	}
	return dummy.Next
}

func (l *ListNode) String() string {
	var parts []string
	for n := l; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return "[" + strings.Join(parts, "->") + "]"
}

func reverse(head *ListNode) *ListNode {
	var prev *ListNode
	for head != nil {
		head, head.Next, prev = head.Next, prev, head
	}
	return prev
}

func mergeTwo(a, b *ListNode) *ListNode {
	dummy := ListNode{}
	tail := &dummy
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

func main() {
	l := fromSlice(1, 2, 3, 4, 5)
	fmt.Println("list:", l)
	fmt.Println("reversed:", reverse(l))
	fmt.Println("merged:", mergeTwo(fromSlice(1, 2, 4), fromSlice(1, 3, 4)))
	fmt.Println("remove 2nd from end:", removeNthFromEnd(fromSlice(1, 2, 3, 4, 5), 2))
	fmt.Println("remove only:", removeNthFromEnd(fromSlice(1), 1))
	fmt.Println("342+465:", addTwoNumbers(fromSlice(2, 4, 3), fromSlice(5, 6, 4)))
	c := fromSlice(3, 2, 0, -4)
	fmt.Println("cycle before:", hasCycle(c))
	c.Next.Next.Next.Next = c.Next
	fmt.Println("cycle after:", hasCycle(c))
	var empty *ListNode
	fmt.Println("empty:", empty, reverse(empty) == nil)
	fmt.Printf("%v %s\n", fromSlice(9), fromSlice(7, 8))
}
