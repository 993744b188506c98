#!/usr/bin/env python3
"""Reads CSV files the way OMERO's Import_from_csv.py does (as documented in
shared/reference/omero-csv.md, section 2): strict UTF-8 decoding in 1 MiB blocks,
csv.Sniffer over the first four physical lines, csv.reader with the defaults,
a row-length check, the optional NAMESPACE row, stripped keys and values.
Prints a JSON object {name: [[key, value, namespace], ...]} for the test to compare,
or exits 2 with the reason the script would reject the file.

Usage: omero_csv_read.py FILE [--legacy]"""
import csv
import json
import sys

BLOCK = 1024 * 1024
PARENTS = ["PROJECT", "DATASET", "SCREEN", "PLATE", "RUN", "WELL", "PLATEACQUISITION"]


def decode_like_omero_py(data):
    text = []
    for start in range(0, len(data), BLOCK):
        text.append(data[start:start + BLOCK].decode("utf-8"))  # raises on a split character
    return "".join(text)


def read_import(path):
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = decode_like_omero_py(data)
    except UnicodeDecodeError as e:
        sys.exit("rejected: not UTF-8 in a 1 MiB block: %s" % e)
    lines = text.splitlines(keepends=True)
    try:
        dialect = csv.Sniffer().sniff("\n".join(lines[:4]), ",;\t")
    except csv.Error as e:
        print("rejected: Failed to sniff CSV delimiter: %s" % e, file=sys.stderr)
        sys.exit(2)
    upstream = csv.Sniffer().sniff("\n".join(lines[:4]), "|,;\t").delimiter
    rows = list(csv.reader(lines, delimiter=dialect.delimiter))
    for i, row in enumerate(rows):
        if len(row) != len(rows[0]):
            print("rejected: CSV rows length mismatch at line %d" % i, file=sys.stderr)
            sys.exit(2)
    namespaces = None
    if rows and rows[0] and rows[0][0].lower() == "namespace":
        namespaces = [c.strip() for c in rows[0]]
        rows = rows[1:]
    header = [c.strip() for c in rows[0]]
    name_col = header.index("OBJECT_NAME")
    excluded = {name_col}
    for p in PARENTS:
        if p in header:
            excluded.add(header.index(p))
    result = {"delimiter": dialect.delimiter, "upstream_delimiter": upstream, "objects": {}}
    for row in rows[1:]:
        name = row[name_col]
        if name in result["objects"]:
            sys.exit("rejected: duplicate name %s" % name)
        pairs = []
        for i, (key, value) in enumerate(zip(header, row)):
            if i in excluded or key.lower() == "tag" or len(value.strip()) == 0:
                continue
            ns = namespaces[i] if namespaces and namespaces[i] else "openmicroscopy.org/omero/client/mapAnnotation"
            pairs.append([key, value, ns])
        result["objects"][name] = pairs
    return result


def read_legacy(path):
    with open(path, "rb") as f:
        data = f.read()
    text = decode_like_omero_py(data)
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        delimiter = csv.Sniffer().sniff(text[: len(data) // 4], ",;\t").delimiter
    except csv.Error:
        delimiter = ","
    rows = list(csv.reader(text.splitlines(keepends=True), delimiter=delimiter))
    header = rows[0]
    image = header.index("image") if "image" in header else 0
    result = {"delimiter": delimiter, "objects": {}}
    for row in rows[1:]:
        pairs = []
        for i, (key, value) in enumerate(zip(header, row)):
            if i == image:
                continue
            for piece in value.strip().split(";"):
                if piece:
                    pairs.append([key, piece, ""])
        result["objects"][row[image]] = pairs
    return result


if __name__ == "__main__":
    path = sys.argv[1]
    out = read_legacy(path) if "--legacy" in sys.argv else read_import(path)
    json.dump(out, sys.stdout, ensure_ascii=False)
