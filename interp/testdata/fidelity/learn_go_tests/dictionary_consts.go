package main

import (
	"fmt"
	"sort"
)

const (
	ErrNotFound         = DictionaryErr("could not find the word you were looking for")
	ErrWordExists       = DictionaryErr("cannot add word because it already exists")
	ErrWordDoesNotExist = DictionaryErr("cannot perform operation on word because it does not exist")
)

type DictionaryErr string

func (e DictionaryErr) Error() string {
	return string(e)
}

type Dictionary map[string]string

func (d Dictionary) Search(word string) (string, error) {
	definition, ok := d[word]
	if !ok {
		return "", ErrNotFound
	}
	return definition, nil
}

func (d Dictionary) Add(word, definition string) error {
	_, err := d.Search(word)
	switch err {
	case ErrNotFound:
		d[word] = definition
	case nil:
		return ErrWordExists
	default:
		return err
	}
	return nil
}

func (d Dictionary) Update(word, definition string) error {
	_, err := d.Search(word)
	switch err {
	case ErrNotFound:
		return ErrWordDoesNotExist
	case nil:
		d[word] = definition
	default:
		return err
	}
	return nil
}

func (d Dictionary) Delete(word string) {
	delete(d, word)
}

func check(label string, err, want error) {
	if err != want {
		fmt.Printf("FAIL %s: got %v want %v\n", label, err, want)
		return
	}
	fmt.Printf("ok %s (%v)\n", label, err)
}

func main() {
	dictionary := Dictionary{"test": "this is just a test"}
	def, err := dictionary.Search("test")
	fmt.Printf("search test: %q %v\n", def, err)
	_, err = dictionary.Search("unknown")
	check("search unknown", err, ErrNotFound)
	fmt.Printf("%T %v\n", err, err == ErrNotFound)

	check("add new", dictionary.Add("go", "a language"), nil)
	check("add existing", dictionary.Add("go", "again"), ErrWordExists)
	check("update existing", dictionary.Update("go", "a fun language"), nil)
	check("update missing", dictionary.Update("rust", "crab"), ErrWordDoesNotExist)
	dictionary.Delete("test")
	_, err = dictionary.Search("test")
	check("deleted", err, ErrNotFound)

	var e error = ErrWordExists
	if de, ok := e.(DictionaryErr); ok {
		fmt.Println("as DictionaryErr:", len(de), "bytes")
	}
	words := make([]string, 0)
	for w := range dictionary {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		fmt.Printf("%s: %s\n", w, dictionary[w])
	}
}
