#!/usr/bin/python3
"""read_rows.py csv|tsv|jsonl FILE -- the rows Python's standard library sees in an export.

An independent reader for the formats the validation kit has no reader for: csv and tsv
through the csv module (RFC 4180 quoting, as spreadsheets write it; a UTF-8 BOM is
accepted, as Excel writes it), JSON Lines through the json module, one object per line.
Prints one JSON object per bead: {"bead": "1", "source": "...", "target": "..."}; exit 1
with a message when the file is not what it claims to be.
"""

import csv
import json
import sys


def rows(kind, path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        if kind == "jsonl":
            for number, line in enumerate(handle.read().split("\n"), 1):
                if line == "":
                    continue
                record = json.loads(line)
                yield {"bead": str(record["bead"]), "source": record["source"], "target": record["target"]}
            return
        reader = csv.DictReader(handle, delimiter="," if kind == "csv" else "\t", strict=True)
        for record in reader:
            if None in record or None in record.values():
                raise ValueError(f"line {reader.line_num}: the row does not have as many cells as the header")
            yield {"bead": record["bead"], "source": record["source"], "target": record["target"]}


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("csv", "tsv", "jsonl"):
        sys.exit("usage: read_rows.py csv|tsv|jsonl FILE")
    try:
        for row in rows(sys.argv[1], sys.argv[2]):
            print(json.dumps(row))
    except (ValueError, KeyError, csv.Error, UnicodeDecodeError) as error:
        sys.exit(f"read_rows.py: {sys.argv[2]}: {error}")


main()
