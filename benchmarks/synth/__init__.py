"""Synthetic Chinese environmental complaints with gold spans, for benchmarking jubao-redact.

    from benchmarks.synth import generate
    docs = generate(500, seed=7)            # list[SynthDoc], deterministic per seed
    docs[0].text, docs[0].spans, docs[0].never

Each document is one genre (see ``GENRES``) about one cast of people (``cast.py``) built
from templates (``genres/``) whose slots record gold offsets as the text is assembled
(``render.py``). Gold spans carry the entity label (public API names), the role (reporter,
subject, third_party, official, public) and the written form (``numbers.FORMS``).

Labelling choices:
- DEMOGRAPHIC: each piece is its own span ("男", "58岁", "汉族"), because a policy may
  keep a generalized age and drop the rest, and per-piece scoring shows which one leaked.
- Partial mentions (张先生, 老张, 张某, 尾号5678, 身份证后四位) are spans of the same
  label and role as the full value, form "partial"; the cue word (尾号) is not in the span.
- Social handles: the platform word (抖音号) is context, not span; @mentions include "@";
  chat nicknames are CN_SOCIAL_ACCOUNT (网络名称).
- Numbers with +86, extensions (转123) or a line break inside: the whole written string
  is the span.
- Agency names, their addresses and duty phones are gold spans with role "official";
  landmark schools/hospitals are ORGANIZATION "public". They are real entities (finding
  them is right); a policy must keep them, which the retention score measures. "never"
  items are text that is not an identifier at all and must not be flagged by anything:
  hotline/service numbers, dates and times, money, case/document numbers, permit numbers,
  readings and quantities.

All values are random draws (valid check digits where meant), never collected data.
The corpus is a function of (seed, Faker version): names and logins come from Faker's
zh_CN lists, so quote the Faker version (``faker.VERSION``) next to published numbers.
"""

from __future__ import annotations

import importlib
import random

from .cast import new_cast
from .genres import GENRES, builder_for
from .model import LABELS, ROLES, STRUCTURED, NeverItem, Span, SynthDoc
from .render import Builder
from .slots import Slots

__all__ = ["FAMILIES", "GENRES", "LABELS", "ROLES", "STRUCTURED", "NeverItem", "Span", "SynthDoc", "generate"]


FAMILIES = ("seen", "unseen", "unseen-a", "unseen-b", "unseen2", "unseen2-a", "unseen2-b",
            "unseen3", "unseen3-a", "unseen3-b", "unseen4", "unseen4-a", "unseen4-b",
            "unseen5", "unseen5-a", "unseen5-b", "unseen6", "unseen6-a", "unseen6-b",
            "unseen7", "unseen7-a", "unseen7-b", "unseen8", "unseen8-a", "unseen8-b",
            "unseen9", "unseen9-a", "unseen9-b", "unseen10", "unseen10-a", "unseen10-b",
            "unseen11", "unseen11-a", "unseen11-b", "unseen12", "unseen12-a", "unseen12-b",
            "unseen13", "unseen13-a", "unseen13-b", "unseen14", "unseen14-a", "unseen14-b")


def generate(n: int, seed: int, genres: list[str] | None = None, family: str = "seen") -> list[SynthDoc]:
    """``n`` documents, cycling through ``genres`` (all by default) in a seeded order.

    Each document gets its own ``random.Random`` derived from ``seed`` and its index, so
    document *i* is the same whatever ``n`` is. ``family`` picks the templates: ``seen``
    (``genres/``, what the role rules were tuned on) or the unseen-wording family
    (``genres_unseen/``: ``unseen`` = both halves, ``unseen-a`` / ``unseen-b`` = one half),
    or the family written blind (``genres_unseen2/``: ``unseen2`` = all layouts, measured
    once in aggregate; ``unseen2-a`` = even-numbered layouts, may be looked at;
    ``unseen2-b`` = odd-numbered layouts, measured blind), or the second family written
    blind (``genres_unseen3/``: ``unseen3``, ``unseen3-a``, ``unseen3-b``, split the same way),
    or the third family written blind (``genres_unseen4/``: ``unseen4``, ``unseen4-a``,
    ``unseen4-b``, split the same way), or the fourth family written blind
    (``genres_unseen5/``: ``unseen5``, ``unseen5-a``, ``unseen5-b``, split the same way), and so on
    for ``genres_unseen6/``, ``genres_unseen7/``, ``genres_unseen8/`` (the seventh family
    written blind), ``genres_unseen9/`` (the eighth), ``genres_unseen10/`` (the ninth),
    ``genres_unseen11/`` (the tenth), ``genres_unseen12/`` (the eleventh),
    ``genres_unseen13/`` (the twelfth) and ``genres_unseen14/`` (the thirteenth).
    """
    if family not in FAMILIES:
        raise ValueError(f"unknown family {family!r}; known: {', '.join(FAMILIES)}")
    if family == "seen":
        build_for, make_slots = builder_for, lambda cast, rng: Slots(cast, rng)
    else:
        # unseen, unseen2 … unseen14 (and their -a / -b halves): genres_<base>/ with its own
        # slot class, <Base>Slots in its common.py (each family's own, none shared)
        base = family.split("-")[0]
        number = base[len("unseen"):]
        build_for = importlib.import_module(f".genres_{base}", __package__).builder_for
        family_slots = getattr(importlib.import_module(f".genres_{base}.common", __package__),
                               f"Unseen{number}Slots")

        def make_slots(cast, rng):
            return family_slots(cast, rng, family)
    genres = list(genres or GENRES)
    for g in genres:
        build_for(g)  # fail early on an unknown genre
    docs = []
    for i in range(n):
        rng = random.Random(f"{seed}:{i}")
        genre = genres[i % len(genres)] if rng.random() < 0.5 else rng.choice(genres)
        b = Builder()
        build_for(genre)(b, make_slots(new_cast(rng), rng), rng)
        prefix = "synth" if family == "seen" else f"synth-{family}"
        docs.append(b.doc(f"{prefix}-{seed}-{i:05d}", genre))
    return docs
