"""Regenerate the lexicon data files shipped in ``jubao_redact/freetext/data/``.

Run from the repo root (needs the build-time packages jieba and jionlp, which the
library itself does not import)::

    python -m jubao_redact.freetext.build_data

Writes, each with a ``#`` header line giving source, version, license and date:

- ``words.tsv``: word ⇥ category, for the tagger's dictionary features.
  Categories: 1 common word, 2 Chinese person name (jieba ``nr``/``nrfg``, cleaned),
  3 place (``ns*``, jionlp world locations), 4 organisation (``nt*``),
  5 administrative division (jionlp gazetteer), 6 transliterated name (jieba ``nrt``,
  cleaned).
  Source: jieba ``dict.txt`` (MIT), words of 2–4 chars with frequency ≥ 5;
  jionlp ``china_location.txt`` (Apache-2.0), province/city/county/town names.
  Why the cleaning: jieba tags thousands of ordinary words as names (一劳永逸, 丁二烯,
  雷阵雨 as ``nr``/``nrt``; 科索沃, 阿根廷 as ``nrt``), and a noisy name feature made
  the model call countries and idioms people. A ``nr`` word stays a name only if it
  is neither an idiom, a headword of jionlp's word dictionary (unless its definition
  reads like a biography: 曾国藩), nor a world location; then it is Chinese if it starts
  with a known surname (4 chars only with a compound surname), else foreign (克林顿
  is ``nr`` in jieba). ``nrt`` words get the same checks. Dropped names become common
  words (category 1).
- ``divisions.tsv``: level ⇥ full name ⇥ alias, provinces to towns, from jionlp.
- ``charstats.tsv``: char ⇥ four buckets 0–7 (how often the char starts a person
  name, sits inside a Chinese given name, inside a transliterated name, inside a
  place name, relative to all jieba words containing it). Lets the model treat a
  character it rarely saw in the NER data like the ones it saw often.

Why ship derived files instead of importing jieba/jionlp at runtime: the tagger
must load offline in a few milliseconds without pulling jionlp's dependencies.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import functools
import importlib.metadata as _md
import pathlib
import re

DATA = pathlib.Path(__file__).with_name("data")
CATEGORY = {"nr": 2, "ns": 3, "nt": 4}
PLACE, ADMIN, FOREIGN = 3, 5, 6


def _jionlp_dir() -> pathlib.Path:
    import jionlp  # build-time only

    return pathlib.Path(jionlp.__file__).parent / "dictionary"


#: A dictionary definition that reads like a short biography (曾国藩: "…湘乡人。",
#: 庄子: "…名周，…"): that headword is a person, not an everyday word.
_BIO = re.compile(
    r"""人[。，]|家[。，]|之一。            # …人。 / 哲学家。 / …创始人之一。
      | [（(]?[0-9]{3,4}[—\-]           # (1893—1976)
      | [字号名][\u4e00-\u9fff]{1,3}[，。；]  # 字希夷， / 名周，
    """,
    re.VERBOSE,
)


@functools.cache
def _not_names() -> frozenset[str]:
    """Idioms, dictionary headwords that are not biographies, world locations."""
    d = _jionlp_dir()
    out: set[str] = set()
    with (d / "chinese_idiom.txt").open(encoding="utf-8") as fh:
        out.update(line.split("\t")[0].strip() for line in fh)
    with (d / "chinese_word_dictionary.txt").open(encoding="utf-8") as fh:
        for line in fh:
            word, _, definition = line.rstrip("\r\n").partition("\t")
            if not _BIO.search(definition[:60]):
                out.add(word.strip())
    return frozenset(out | _world_locations())


@functools.cache
def _world_locations() -> frozenset[str]:
    """Countries, their official names, capitals and big cities (jionlp world_location)."""
    out: set[str] = set()
    with (_jionlp_dir() / "world_location.txt").open(encoding="utf-8") as fh:
        for line in fh:
            for part in line.strip().split("\t"):
                out.update(w.rstrip(":：") for w in part.split("/") if len(w) >= 2)
    return frozenset(out)


def _foreign_places() -> frozenset[str]:
    """World locations outside China (its cities are divisions already, and 北京 must
    stay a Chinese place for the rules that read divisions)."""
    china: set[str] = set()
    with (_jionlp_dir() / "world_location.txt").open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.strip().split("\t")
            if parts and parts[0] == "中国":
                china.update(w for part in parts for w in part.split("/"))
    return _world_locations() - china


@functools.cache
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    rows = (DATA / "surnames.txt").read_text(encoding="utf-8").splitlines()
    names = [r.split("\t")[0].strip() for r in rows if r and not r.startswith("#")]
    return frozenset(n for n in names if len(n) == 1), frozenset(n for n in names if len(n) == 2)


def name_kind(word: str, pos: str) -> int:
    """Category of a jieba ``nr*`` word after cleaning: 2 Chinese, 6 foreign, 1 not a name.

    A ``nr`` word that does not start with a surname is usually a foreign name
    (克林顿, 鲁宾 are ``nr`` in jieba), so it joins the transliterated ones.
    """
    if word in _not_names():
        return 1
    single, compound = _surnames()
    if pos != "nrt" and (word[:2] in compound or (word[0] in single and len(word) <= 3)):
        return 2
    return FOREIGN


def _jieba_words() -> dict[str, int]:
    import jieba  # build-time only

    path = pathlib.Path(jieba.__file__).with_name("dict.txt")
    words: dict[str, int] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            word, freq, pos = line.split()
            if 2 <= len(word) <= 4 and int(freq) >= 5:
                words[word] = (
                    name_kind(word, pos) if pos.startswith("nr") else CATEGORY.get(pos[:2], 1)
                )  # nsf → ns
    for w in _world_locations():
        if 2 <= len(w) <= 4 and words.get(w, 1) in (1, 2, FOREIGN):
            words[w] = PLACE
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
                kind = name_kind(word, pos) if pos.startswith("nr") else 0
                if kind == 2:
                    hit.append(0 if j == 0 else 1)
                elif kind == FOREIGN:
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


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out-dir", type=pathlib.Path, default=DATA, help="where to write")
    out = ap.parse_args(argv).out_dir
    out.mkdir(parents=True, exist_ok=True)
    today = _dt.date.today().isoformat()
    jv, lv = _md.version("jieba"), _md.version("jionlp")
    divisions = _divisions()
    words = _jieba_words()
    for _level, name, alias in divisions:
        for w in (name, *alias.split("/")):
            if 2 <= len(w) <= 4:
                words[w] = ADMIN
    with (out / "words.tsv").open("w", encoding="utf-8") as fh:
        fh.write(
            f"# source: jieba {jv} dict.txt (MIT, 2-4 chars, freq>=5; nr/nrt cleaned with jionlp "
            f"{lv} idioms, word dictionary, world locations) + jionlp {lv} "
            f"dictionary/china_location.txt (Apache-2.0, levels 1-4); categories 1 word, "
            f"2 Chinese name, 3 place, 4 organisation, 5 division, 6 foreign name; "
            f"generated {today} "
            "by python -m jubao_redact.freetext.build_data\n"
        )
        for w in sorted(words):
            fh.write(f"{w}\t{words[w]}\n")
    with (out / "charstats.tsv").open("w", encoding="utf-8") as fh:
        fh.write(
            f"# source: jieba {jv} dict.txt (MIT), per-char share of cleaned nr/nrfg (first "
            f"char, other chars), cleaned nrt and ns* words, log2 buckets 0-7; generated {today} "
            "by python -m jubao_redact.freetext.build_data\n"
        )
        for ch, row in sorted(_charstats().items()):
            fh.write(ch + "\t" + "\t".join(map(str, row)) + "\n")
    with (out / "world_places.txt").open("w", encoding="utf-8") as fh:
        fh.write(
            f"# source: jionlp {lv} dictionary/world_location.txt (Apache-2.0), countries, "
            f"official names, capitals and cities of 2+ chars, China's own excluded; "
            f"generated {today} by python -m jubao_redact.freetext.build_data\n"
        )
        fh.write("".join(f"{w}\n" for w in sorted(_foreign_places())))
    with (out / "divisions.tsv").open("w", encoding="utf-8") as fh:
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
