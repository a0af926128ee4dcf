package schemagen

import (
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
)

// docs holds the doc comments of the packages whose types the schema
// describes: "actor.Actor" for a type, "actor.Actor.Name" for a field.
type docs map[string]string

// readDocs parses the non-test Go files of each package directory (under
// root, named as the package; "newsevent" is root itself) and collects the
// doc comments of its types and their fields.
func readDocs(root string, pkgs ...string) (docs, error) {
	d := docs{}
	for _, pkg := range pkgs {
		fset := token.NewFileSet()
		dir, path := filepath.Join(root, pkg), "github.com/newsevent/newsevent/"+pkg
		if pkg == "newsevent" {
			dir, path = root, "github.com/newsevent/newsevent"
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			return nil, err
		}
		var files []*ast.File
		for _, e := range entries {
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, filepath.Join(dir, e.Name()), nil, parser.ParseComments)
			if err != nil {
				return nil, err
			}
			files = append(files, f)
		}
		{
			p, err := doc.NewFromFiles(fset, files, path, doc.AllDecls)
			if err != nil {
				return nil, err
			}
			for _, t := range p.Types {
				d[pkg+"."+t.Name] = t.Doc
				for _, spec := range t.Decl.Specs {
					ts, ok := spec.(*ast.TypeSpec)
					if !ok {
						continue
					}
					st, ok := ts.Type.(*ast.StructType)
					if !ok {
						continue
					}
					for _, field := range st.Fields.List {
						text := field.Doc.Text()
						for _, name := range field.Names {
							d[pkg+"."+t.Name+"."+name.Name] = text
						}
					}
				}
			}
		}
	}
	return d, nil
}

// sentence returns the doc comment of key as one line: its first
// paragraph, with line breaks made spaces; "" when there is none.
func (d docs) sentence(key string) string {
	text := d[key]
	if i := strings.Index(text, "\n\n"); i >= 0 {
		text = text[:i]
	}
	return strings.Join(strings.Fields(text), " ")
}
