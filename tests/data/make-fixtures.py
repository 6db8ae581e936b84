#!/usr/bin/python3
"""Cuts the small fixtures of tests/data from the reference data of ../shared/data.

The suite must pass on a clone that has no ../shared: the rules it checks run on these cuts, and
the tests that need the whole reference data say they were skipped. The BDPM lines are copied as
bytes, so that their encodings (windows-1252 and UTF-8) and line ends (CRLF, LF, trailing tabs)
stay those of the published files. Run it again when the reference data changes; commit what it
writes.

    /usr/bin/python3 tests/data/make-fixtures.py [SHARED_DATA]
"""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "shared", "data")

# Substances the tests name (an allergy to amoxicillin, codeine linked by an import, a search
# for "amox" that must find amoxapine first), and a few the prescription rules will need.
WANTED = [b"AMOXICILLINE", b"AMOXAPINE", b"COD\xc9INE", b"RANITIDINE", b"ACIDE AC\xc9TYLSALICYLIQUE",
          b"PARAC\xc9TAMOL", b"WARFARINE", b"IBUPROF\xc8NE", b"CLARITHROMYCINE", b"METFORMINE"]
FIRST_SPECIALTIES = 150  # plus the first lines of CIS_bdpm, whatever they hold
PER_SUBSTANCE = 12       # specialties kept for each wanted substance

BDPM_FILES = ["CIS_bdpm.txt", "CIS_CIP_bdpm.txt", "CIS_COMPO_bdpm.txt", "CIS_GENER_bdpm.txt",
              "CIS_CPD_bdpm.txt"]
SYNTHEA = ["Clemente_Kreiger_1484a42d-0eaf-4654-9cbf-6b050a5cd73b.json",
           "Royal_DuBuque_6d750ddc-ee20-40df-bf83-30461dc641e4.json"]  # the most weights, for charts


def lines(path):
    with open(path, "rb") as f:
        return f.read().splitlines(keepends=True)


def cis_of(line):
    return line.split(b"\t", 1)[0].strip()


def main():
    bdpm = os.path.join(SHARED, "bdpm")
    compo = lines(os.path.join(bdpm, "CIS_COMPO_bdpm.txt"))
    keep = [cis_of(l) for l in lines(os.path.join(bdpm, "CIS_bdpm.txt"))[:FIRST_SPECIALTIES]]
    for wanted in WANTED:
        found = []
        for line in compo:
            columns = line.split(b"\t")
            if len(columns) > 3 and columns[3].upper().startswith(wanted) and cis_of(line) not in found:
                found.append(cis_of(line))
        keep.extend(found[:PER_SUBSTANCE])
    keep = set(keep)

    out = os.path.join(HERE, "bdpm")
    os.makedirs(out, exist_ok=True)
    for name in BDPM_FILES:
        kept = [l for l in lines(os.path.join(bdpm, name)) if cis_of(l) in keep]
        if name == "CIS_GENER_bdpm.txt":  # a generic group's CIS is its third column
            kept = [l for l in lines(os.path.join(bdpm, name))
                    if len(l.split(b"\t")) > 2 and l.split(b"\t")[2].strip() in keep]
        with open(os.path.join(out, name), "wb") as f:
            f.writelines(kept)
        print(f"{name}: {len(kept)} lines")

    out = os.path.join(HERE, "fhir")
    os.makedirs(out, exist_ok=True)
    for name in SYNTHEA:
        shutil.copyfile(os.path.join(SHARED, "fhir-r4-synthea", name), os.path.join(out, name))
        print(f"{name}: copied")


if __name__ == "__main__":
    main()
