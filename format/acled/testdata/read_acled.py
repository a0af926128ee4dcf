"""Read a CSV written by format/acled with Python's csv module and pandas.

Usage: python3 read_acled.py FILE.csv

Prints one JSON object: the header as the csv module reads it, the columns
and number of rows pandas finds, the types pandas infers for the numeric
columns of the codebook, the total of the fatalities column, whether every
event_date parses as a date, and every row as strings (pandas with no
missing-value guessing), for the Go test to compare with what it wrote.
"""

import csv
import json
import sys

import pandas as pd


def main(path):
    with open(path, newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
    inferred = pd.read_csv(path)
    strings = pd.read_csv(path, dtype=str, keep_default_na=False)
    numeric = ["year", "time_precision", "iso", "inter1", "inter2",
               "latitude", "longitude", "geo_precision", "fatalities"]
    dates = pd.to_datetime(strings["event_date"], format="%Y-%m-%d", errors="coerce")
    print(json.dumps({
        "csv_header": header,
        "columns": list(inferred.columns),
        "rows": int(len(inferred)),
        "dtypes": {c: str(inferred[c].dtype) for c in numeric},
        "fatalities_total": int(inferred["fatalities"].sum()),
        "dates_parsed": int(dates.notna().sum()),
        "records": strings.to_dict(orient="records"),
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
