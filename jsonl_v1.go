//go:build !goexperiment.jsonv2

package newsevent

// decodeLine decodes line number n under the limits l; see decodeLineScan.
func decodeLine(line []byte, n int, l Limits) (Record, error) {
	return decodeLineScan(line, n, l)
}
