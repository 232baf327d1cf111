"""The cue scan (roles_cues.WordScan) finds exactly what the side's single regex finds."""

from __future__ import annotations

from benchmarks.bench_speed import corpus_text

from jubao_redact.roles_cues import WordScan, _ascii_forms, cue_table, fold_pronouns, text_codes


def _spans(matches):
    return [(m.start(1), m.end(1), m.end(2), m.end()) for m in matches]


def test_scan_matches_single_regex():
    table = cue_table()
    words = [w for side in table.by_side.values() for w in side]
    # every cue word glued to the next (a word's candidates inside another's match), every
    # word in upper case, then real text, a text ending in a cue's first characters, and
    # characters past the scan's tables
    glued = "".join(words) + "\n" + "：".join(words) + "\n" + "｜".join(words).upper() + "举报"
    for text in (glued, fold_pronouns(corpus_text(100_000)), "举", "", "😀举报人：😀电话：QQ"):
        codes = text_codes(text)
        for side, regex in table.regex.items():
            assert _spans(table.scans[side].finditer(text, codes)) == _spans(regex.finditer(text)), side


def test_scan_of_short_and_cased_words():
    words = ["a", "qq号", "qq", "ab", "举报人", "举报", "ip地址", "k"]
    from jubao_redact.roles_cues import _alternation

    scan = WordScan(words, _alternation, _ascii_forms)

    regex = _alternation(words)
    for text in ("A QQ号 Qq ıp IP地址 aB ab 举报人举报举 K \u212a", "qq号" * 5 + "a"):
        assert _spans(scan.finditer(text, text_codes(text))) == _spans(regex.finditer(text))


def test_both_sides_are_scanned():
    table = cue_table()
    assert all(scan is not None for scan in table.scans.values())
    assert not WordScan.usable(["", "举报人"]) and not WordScan.usable(["\U0001f600"])


def test_words_of_a_text_scanned_as_their_regex():
    # a long text's own words (found names, nicknames) by eight regexes at the candidates
    from jubao_redact.coref import _full_name_regex
    from jubao_redact.roles_cues import SCAN_MIN_TEXT, finditer_words, trie_regex

    text = fold_pronouns(corpus_text(max(SCAN_MIN_TEXT, 120_000)))
    names = {"张建国", "王芳", "欧阳明", "李四", "刘洋", "陈静怡", "王", "张建"}
    nicks = ["青山常在", "蓝天", "麦田卫士", "守护一号", "A蓝天", "蓝"]
    for words, compile_words in ((names, _full_name_regex), (nicks, trie_regex)):
        want = [m.span() for m in compile_words(words).finditer(text)]
        assert [m.span() for m in finditer_words(text, words, compile_words)] == want
        short = text[:1000]
        assert ([m.span() for m in finditer_words(short, words, compile_words)]
                == [m.span() for m in compile_words(words).finditer(short)])


def test_the_analysed_text_is_not_kept():
    # the scans' caches hold the text under analysis only while it is analysed
    from jubao_redact import roles_cues
    from jubao_redact.normalize import TextViews
    from jubao_redact.roles import KnownFacts, attribute_document

    text = "举报人：李明，电话13937112345。俺家住前王村。\n" * 3
    attribute_document(TextViews(text), [], KnownFacts())
    assert all(held is None for held, _ in roles_cues._last_codes)
    assert roles_cues._last_fold[0] is None


def test_word_list_scans_match_their_regex():
    # acts, genre markers, field-value cues, person-valued column headers: long texts by the
    # scan, short ones by the regex, the same matches
    from jubao_redact import field_values, genre
    from jubao_redact.roles_cues import SCAN_MIN_TEXT, acts_scan

    long = fold_pronouns(corpus_text(max(SCAN_MIN_TEXT, 150_000)))
    for found in (acts_scan(), genre._marker_scan(), field_values._table()[0], field_values._columns()[0]):
        assert found.scan is not None
        for text in (long, long[:2000]):
            want = [(m.span(), m.groups()) for m in found.regex.finditer(text)]
            assert [(m.span(), m.groups()) for m in found.finditer(text)] == want
        assert [m.span() for m in found.scan.finditer(long)] == [m.span() for m in found.regex.finditer(long)]
