//go:build newsevent_jsonv1

package newsevent

// decodeLine decodes line number n under the limits l; see decodeLineScan.
func decodeLine(line []byte, n int, l Limits) (Record, error) {
	return decodeLineScan(line, n, l)
}
