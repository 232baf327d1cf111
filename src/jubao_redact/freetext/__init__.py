"""Free-text detection: PERSON, CN_ADDRESS, ORGANIZATION, CN_WORKPLACE, DEMOGRAPHIC.

A character-level linear-chain model (trained by ``training/train_freetext.py``,
run with numpy) plus lexicon and cue rules. See ``docs/freetext.md``.
"""

from jubao_redact.freetext.tagger import FreeTextTagger, TaggedSpan

__all__ = ["FreeTextTagger", "TaggedSpan"]
