#!/usr/bin/python3
"""Builds resources/geo/places.tsv, the table of birth places and communes shipped inside Relais.

Reads INSEE's Code officiel géographique as kept in ../shared/data/geo (communes-YYYY.csv and
pays-YYYY.csv, the newest of each) and writes one line per place:

    code <TAB> kind <TAB> name <TAB> département <TAB> commune it belongs to <TAB> postcodes

kind: C current commune, D commune déléguée, A commune associée, R municipal arrondissement
(Paris, Lyon, Marseille), P country, T territory with its own code. The first line names the
format and the releases it was built from; core/geo/PlaceDirectory checks both.

Run it again when INSEE publishes a new release, and commit what it writes: a clone of Relais
has no ../shared, and the build must not need it.

    /usr/bin/python3 resources/geo/make-places.py [GEO_DIR]
"""

import csv
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
KINDS = {
    "commune-actuelle": "C",
    "commune-deleguee": "D",
    "commune-associee": "A",
    "arrondissement-municipal": "R",
}
CODE = re.compile(r"^(\d{5}|2[AB]\d{3})$")


def newest(folder, stem):
    files = sorted(folder.glob(stem + "-*.csv"))
    if not files:
        sys.exit(f"no {stem}-YYYY.csv in {folder}")
    return files[-1]


def clean(text):
    # One kind of apostrophe in what Relais shows, as in its translation.
    return " ".join(text.replace("'", "\u2019").split())


def main():
    geo = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[2] / "shared/data/geo"
    communes_file, countries_file = newest(geo, "communes"), newest(geo, "pays")
    rows = []
    with communes_file.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f, delimiter=";"):
            code, kind = r["code_insee"].strip(), KINDS.get(r["type"].strip())
            if not CODE.match(code) or kind is None or not r["nom"].strip():
                sys.exit(f"{communes_file.name}: cannot read {r}")
            postcodes = " ".join(sorted(set(r["codes_postaux"].split())))
            rows.append((code, kind, clean(r["nom"]), r["departement"].strip(),
                         r["commune_de_rattachement"].strip(), postcodes))
    with countries_file.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            code = r["code"].strip()
            if not re.match(r"^99\d{3}$", code):
                sys.exit(f"{countries_file.name}: cannot read {r}")
            if code == "99100":
                continue  # France: a birth in France is coded by its commune
            kind = "P" if r["actual_id"].strip() == "1" else "T"
            rows.append((code, kind, clean(r["name"]), "", "", ""))
    kinds_order = "CRDAPT"
    rows.sort(key=lambda row: (row[0], kinds_order.index(row[1]), row[2]))
    out = HERE / "places.tsv"
    with out.open("w", encoding="utf-8", newline="\n") as f:
        f.write(f"#relais-places 1\t{communes_file.stem}\t{countries_file.stem}\n")
        for row in rows:
            if any("\t" in field or "\n" in field for field in row):
                sys.exit(f"a field holds a tab: {row}")
            f.write("\t".join(row) + "\n")
    print(f"{out}: {len(rows)} places from {communes_file.name} and {countries_file.name}")


if __name__ == "__main__":
    main()
