"""Presidio NLP engine for Chinese: text views instead of a token pipeline.

Presidio asks an NLP engine for tokens and lemmas. For Chinese both are the wrong tool for
detection: a blank spaCy ``zh`` model leaves lemmas empty (so Presidio's context words never
match), and running jieba over a 1 MB complaint file costs more than all our recognizers
together. What our recognizers need instead is the text in a few offset-preserving folded
views (see :mod:`jubao_redact.normalize`), computed once per text. Context words are matched
on characters by :mod:`jubao_redact.context`.

Callers who add their own token-based Presidio recognizers can set ``tokenize=True`` to get a
real spaCy ``zh`` Doc (jieba segmenter) in the artifacts, at jieba's speed.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

from jubao_redact.normalize import TextViews

LANGUAGE = "zh"


class ZhNlpArtifacts(NlpArtifacts):
    """Presidio artifacts that also carry the text views our recognizers match on."""

    def __init__(self, views: TextViews, engine: "ZhNlpEngine", doc=None) -> None:
        tokens = doc if doc is not None else engine.empty_doc()
        indices = [t.idx for t in doc] if doc is not None else []
        super().__init__(
            entities=[],
            tokens=tokens,
            tokens_indices=indices,
            lemmas=[t.text for t in doc] if doc is not None else [],
            nlp_engine=engine,
            language=LANGUAGE,
        )
        self.views = views


class ZhNlpEngine(NlpEngine):
    """The ``zh`` engine: builds :class:`ZhNlpArtifacts`; optional jieba tokens."""

    def __init__(self, tokenize: bool = False) -> None:
        self.tokenize = tokenize
        self._nlp = None
        self._vocab = None

    def load(self) -> None:
        from spacy.vocab import Vocab

        self._vocab = Vocab()
        if self.tokenize:
            import spacy

            self._nlp = spacy.blank(
                "zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}}
            )

    def is_loaded(self) -> bool:
        return self._vocab is not None

    def empty_doc(self):
        from spacy.tokens import Doc

        if self._vocab is None:
            self.load()
        return Doc(self._vocab, words=[])

    def process_text(self, text: str, language: str) -> ZhNlpArtifacts:
        if not self.is_loaded():
            self.load()
        doc = self._nlp(text) if self._nlp is not None else None
        return ZhNlpArtifacts(TextViews(text), self, doc)

    def process_batch(
        self, texts: Iterable[str], language: str, batch_size: int = 1, n_process: int = 1, **_
    ) -> Iterator[tuple[str, NlpArtifacts]]:
        for text in texts:
            yield text, self.process_text(text, language)

    def is_stopword(self, word: str, language: str) -> bool:
        return False

    def is_punct(self, word: str, language: str) -> bool:
        return len(word) == 1 and not word.isalnum()

    def get_supported_entities(self) -> list[str]:
        return []

    def get_supported_languages(self) -> list[str]:
        return [LANGUAGE]
