"""Regenerate the lexicon data files shipped in ``jubao_redact/freetext/data/``.

Run from the repo root (needs the build-time packages jieba and jionlp, which the
library itself does not import)::

    python -m jubao_redact.freetext.build_data

Writes, each with a ``#`` header line giving source, version, license and date:

- ``words.tsv``: word ⇥ category, for the tagger's dictionary features.
  Categories: 1 common word, 2 person name (jieba ``nr*``), 3 place (``ns*``),
  4 organisation (``nt*``), 5 administrative division (jionlp gazetteer).
  Source: jieba ``dict.txt`` (MIT), words of 2–4 chars with frequency ≥ 5;
  jionlp ``china_location.txt`` (Apache-2.0), province/city/county/town names.
- ``divisions.tsv``: level ⇥ full name ⇥ alias, provinces to towns, from jionlp.
- ``charstats.tsv``: char ⇥ four buckets 0–7 (how often the char starts a person
  name, sits inside a Chinese given name, inside a transliterated name, inside a
  place name, relative to all jieba words containing it). Lets the model treat a
  character it rarely saw in the NER data like the ones it saw often.

Why ship derived files instead of importing jieba/jionlp at runtime: the tagger
must load offline in a few milliseconds without pulling jionlp's dependencies.
"""

from __future__ import annotations

import datetime as _dt
import importlib.metadata as _md
import pathlib

DATA = pathlib.Path(__file__).with_name("data")
CATEGORY = {"nr": 2, "ns": 3, "nt": 4}
ADMIN = 5


def _jieba_words() -> dict[str, int]:
    import jieba  # build-time only

    path = pathlib.Path(jieba.__file__).with_name("dict.txt")
    words: dict[str, int] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            word, freq, pos = line.split()
            if 2 <= len(word) <= 4 and int(freq) >= 5:
                words[word] = CATEGORY.get(pos[:2], 1)  # nrt, nrfg → nr; nsf → ns
    return words


def _divisions() -> list[tuple[int, str, str]]:
    """(level, full name, alias) from jionlp's 5-level table, levels 1–4 only."""
    import jionlp  # build-time only

    path = pathlib.Path(jionlp.__file__).parent / "dictionary" / "china_location.txt"
    if not path.exists():  # jionlp unzips its dictionaries on first use
        from jionlp.dictionary.dictionary_loader import china_location_loader

        china_location_loader()
    rows: list[tuple[int, str, str]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            depth = len(line) - len(line.lstrip("\t"))
            parts = line.strip().split("\t")
            if depth >= 4 or not parts[0]:
                continue  # villages are too many to ship; the model generalises 村/社区
            alias = parts[2] if len(parts) >= 3 else ""
            rows.append((depth + 1, parts[0], alias))
    return rows


def _charstats() -> dict[str, list[int]]:
    import math

    import jieba  # build-time only

    path = pathlib.Path(jieba.__file__).with_name("dict.txt")
    total: dict[str, int] = {}
    kinds = [{}, {}, {}, {}]  # surname, given, transliterated, place
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            word, _freq, pos = line.split()
            for j, ch in enumerate(word):
                total[ch] = total.get(ch, 0) + 1
                hit = []
                if pos in ("nr", "nrfg"):
                    hit.append(0 if j == 0 else 1)
                elif pos == "nrt":
                    hit.append(2)
                elif pos.startswith("ns"):
                    hit.append(3)
                for k in hit:
                    kinds[k][ch] = kinds[k].get(ch, 0) + 1
    out = {}
    for ch, n in total.items():
        if len(ch.encode("utf-8")) < 3:
            continue  # ASCII and Latin: handled as classes by the model
        row = []
        for k in kinds:
            share = (k.get(ch, 0) + 0.5) / (n + 5)
            row.append(max(0, min(7, int(8 + 1.5 * math.log2(share)))))  # 1/32 → 0 … 1 → 7
        if any(row):
            out[ch] = row
    return out


def main() -> None:
    today = _dt.date.today().isoformat()
    jv, lv = _md.version("jieba"), _md.version("jionlp")
    divisions = _divisions()
    words = _jieba_words()
    for _level, name, alias in divisions:
        for w in (name, *alias.split("/")):
            if 2 <= len(w) <= 4:
                words[w] = ADMIN
    with (DATA / "words.tsv").open("w", encoding="utf-8") as fh:
        fh.write(
            f"# source: jieba {jv} dict.txt (MIT, 2-4 chars, freq>=5) + jionlp {lv} "
            f"dictionary/china_location.txt (Apache-2.0, levels 1-4); generated {today} "
            "by python -m jubao_redact.freetext.build_data\n"
        )
        for w in sorted(words):
            fh.write(f"{w}\t{words[w]}\n")
    with (DATA / "charstats.tsv").open("w", encoding="utf-8") as fh:
        fh.write(
            f"# source: jieba {jv} dict.txt (MIT), per-char share of nr/nrfg (first char, "
            f"other chars), nrt and ns* words, log2 buckets 0-7; generated {today} "
            "by python -m jubao_redact.freetext.build_data\n"
        )
        for ch, row in sorted(_charstats().items()):
            fh.write(ch + "\t" + "\t".join(map(str, row)) + "\n")
    with (DATA / "divisions.tsv").open("w", encoding="utf-8") as fh:
        fh.write(
            f"# source: jionlp {lv} dictionary/china_location.txt (Apache-2.0), "
            f"levels 1 province .. 4 town; generated {today} "
            "by python -m jubao_redact.freetext.build_data\n"
        )
        seen = set()
        for row in divisions:
            if row not in seen:
                seen.add(row)
                fh.write("\t".join(map(str, row)) + "\n")


if __name__ == "__main__":
    main()
