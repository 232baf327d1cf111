"""The pseudonym vault: encrypted per case, consistent across runs, atomic, locked, and a
wrong key fails before anything is written."""

from __future__ import annotations

import multiprocessing
import os

import pytest

from jubao_redact.errors import DecryptionError, KeyRequiredError, VaultError
from jubao_redact.keys import SecretKey
from jubao_redact.models import Finding
from jubao_redact.vault import Vault, VaultBook

KEY = SecretKey(bytes(range(32)))
OTHER = SecretKey(bytes(32))


@pytest.fixture(autouse=True)
def _isolated(isolated_env):
    """Every test here runs without the caller's key, audit db or vault."""


def finding(entity="PERSON", role="reporter", cluster=None):
    return Finding(start=0, end=2, entity_type=entity, score=1.0, role=role,
                   recognizer="test", cluster=cluster)


def add(vault, case, *items):
    """Make pseudonyms for (entity, value, style) items in one session; return them."""
    with vault.open_case(case) as book:
        return [book.pseudonym(finding(e), v, s) for e, v, s in items]


def snapshot(directory):
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


# fmt: off
ITEMS = [  # entity, value, style → pseudonym
    ("PERSON",    "李明",         "surname"),   # 李某
    ("PERSON",    "李华",         "surname"),   # another 李: 李某甲, never 李某 again
    ("PERSON",    "欧阳娜娜",      "surname"),   # compound surname: 欧阳某
    ("CN_MOBILE", "13937112345", "letter"),    # 举报人电话A
    ("CN_MOBILE", "139 3711 2345", "letter"),  # same digits: same pseudonym
]
# fmt: on


def test_pseudonyms_continue_across_sessions_of_a_case(tmp_path):
    vault = Vault(tmp_path / "v", KEY)
    first = add(vault, "C-1", *ITEMS[:2])
    again = add(vault, "C-1", *ITEMS)  # a second document of the same case
    assert first == ["李某", "李某甲"]
    assert again[:2] == first  # same people, same pseudonyms
    assert again[2] == "欧阳某"
    assert again[3] == again[4]  # one number written two ways
    assert len(set(again[:4])) == 4
    other_case = add(vault, "C-2", ("PERSON", "李华", "surname"))
    assert other_case == ["李某"]  # cases are independent


def test_cluster_ids_do_not_carry_over_between_documents(tmp_path):
    # "reporter-0" is numbered per document: another document's reporter-0 is not 李明
    vault = Vault(tmp_path / "v", KEY)
    with vault.open_case("C-1") as book:
        assert book.pseudonym(finding(cluster="reporter-0"), "李明", "surname") == "李某"
    with vault.open_case("C-1") as book:
        assert book.pseudonym(finding(cluster="reporter-0"), "王芳", "surname") == "王某"
        assert book.pseudonym(finding(cluster="reporter-1"), "李明", "surname") == "李某"
    mapping = vault.read("C-1")
    assert mapping.forms["李某"]["values"] == ["李明"]
    assert mapping.forms["王某"]["values"] == ["王芳"]


def test_redactor_records_the_full_form_of_a_cluster(tmp_path):
    from jubao_redact import Redactor

    redactor = Redactor("reward", reporter=["张建国"], entities=["CN_MOBILE"])
    vault = Vault(tmp_path / "v", KEY)
    with vault.open_case("C-1") as book:
        text = redactor.redact("举报人张建国反映，张建国称该厂夜间排污。", book=book).text
    assert "张建国" not in text and text.count("张某") == 2
    assert vault.read("C-1").forms["张某"]["values"] == ["张建国"]
    assert vault.reveal("C-1", text).text == "举报人张建国反映，张建国称该厂夜间排污。"


def test_reveal_restores_the_first_form(tmp_path):
    vault = Vault(tmp_path / "v", KEY)
    add(vault, "C-1", *ITEMS)
    revealed = vault.reveal("C-1", "奖励名单：李某、李某甲、欧阳某（举报人电话A），王某未登记。")
    assert revealed.text == "奖励名单：李明、李华、欧阳娜娜（13937112345），王某未登记。"
    assert revealed.count == 4
    assert revealed.counts == {"PERSON": {"reporter": 3}, "CN_MOBILE": {"reporter": 1}}
    assert "李明" not in repr(revealed) and "李明" not in str(revealed)


def test_vault_file_holds_no_value_in_clear(tmp_path):
    vault = Vault(tmp_path / "v", KEY)
    add(vault, "C-1", *ITEMS)
    raw = vault.path_for("C-1").read_bytes()
    for _, value, _ in ITEMS:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be", "gb18030"):
            assert value.encode(encoding) not in raw
    for pseudonym in ("李某", "欧阳某"):  # not even the pseudonyms: the whole mapping is sealed
        assert pseudonym.encode() not in raw
    assert vault.path_for("C-1").stat().st_mode & 0o077 == 0


def test_wrong_key_fails_loudly_and_writes_nothing(tmp_path):
    Vault(tmp_path / "v", KEY)
    add(Vault(tmp_path / "v", KEY), "C-1", *ITEMS[:2])
    before = snapshot(tmp_path / "v")
    wrong = Vault(tmp_path / "v", OTHER)
    with pytest.raises(DecryptionError) as info:
        add(wrong, "C-1", ("PERSON", "赵六", "surname"))
    assert info.value.code == "E031" and "wrong key" in str(info.value)
    with pytest.raises(DecryptionError):
        wrong.reveal("C-1", "李某")
    assert snapshot(tmp_path / "v") == before  # nothing written, no temp file left


def test_forged_key_id_still_fails_on_the_cipher(tmp_path):
    vault = Vault(tmp_path / "v", KEY)
    add(vault, "C-1", *ITEMS[:1])
    path = vault.path_for("C-1")
    path.write_text(path.read_text().replace(KEY.fingerprint(), OTHER.fingerprint()))
    with pytest.raises(DecryptionError, match="wrong key, or the file was altered"):
        Vault(tmp_path / "v", OTHER).read("C-1")


# fmt: off
DAMAGE = [  # how a vault file is damaged
    lambda text: text.replace('"blob": "', '"blob": "AAAA'),   # ciphertext altered
    lambda text: text[: len(text) // 2],                       # truncated
    lambda text: text.replace('"case": "C-1"', '"case": "C-2"'),  # header edited
    lambda text: "",                                           # emptied
]
# fmt: on


@pytest.mark.parametrize("damage", DAMAGE)
def test_damaged_vault_is_a_decryption_error(tmp_path, damage):
    vault = Vault(tmp_path / "v", KEY)
    add(vault, "C-1", *ITEMS[:1])
    path = vault.path_for("C-1")
    damaged = damage(path.read_text())
    assert damaged != path.read_text()
    path.write_text(damaged)
    with pytest.raises(DecryptionError):
        vault.read("C-1")


def test_a_file_moved_to_another_case_does_not_decrypt(tmp_path):
    # the case id is bound into the cipher: copying case 1's vault over case 2's fails
    vault = Vault(tmp_path / "v", KEY)
    add(vault, "C-1", *ITEMS[:1])
    add(vault, "C-2", ("PERSON", "赵六", "surname"))
    raw = vault.path_for("C-1").read_text().replace('"case": "C-1"', '"case": "C-2"')
    vault.path_for("C-2").write_text(raw)
    with pytest.raises(DecryptionError):
        vault.read("C-2")


def test_failed_write_keeps_the_old_vault(tmp_path, monkeypatch):
    vault = Vault(tmp_path / "v", KEY)
    add(vault, "C-1", *ITEMS[:1])
    before = snapshot(tmp_path / "v")

    def crash(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(VaultError):
        add(vault, "C-1", ("PERSON", "赵六", "surname"))
    monkeypatch.undo()
    assert snapshot(tmp_path / "v") == before
    assert list(vault.read("C-1").forms) == ["李某"]


def test_error_inside_the_session_writes_nothing(tmp_path):
    vault = Vault(tmp_path / "v", KEY)
    add(vault, "C-1", *ITEMS[:1])
    before = snapshot(tmp_path / "v")
    with pytest.raises(RuntimeError), vault.open_case("C-1") as book:
        book.pseudonym(finding(), "赵六", "surname")
        raise RuntimeError("redaction failed half way")
    assert snapshot(tmp_path / "v") == before


def test_vault_needs_a_key(tmp_path):
    with pytest.raises(KeyRequiredError, match="E030"):
        Vault(tmp_path / "v")


def test_unknown_case_is_a_vault_error(tmp_path):
    with pytest.raises(VaultError, match="no vault for case"):
        Vault(tmp_path / "v", KEY).reveal("C-404", "李某")


# fmt: off
BAD_CASES = ["", "  ", "../etc/passwd", "a/b", "x\ny", "c" * 129]  # empty, path, control, long
# fmt: on


@pytest.mark.parametrize("case", BAD_CASES)
def test_bad_case_ids_are_refused(tmp_path, case):
    with pytest.raises(VaultError):
        Vault(tmp_path / "v", KEY).path_for(case)


def test_case_file_name_does_not_show_the_case_id(tmp_path):
    path = Vault(tmp_path / "v", KEY).path_for("2024-豫环举-0012")
    assert path.parent == tmp_path / "v" and "0012" not in path.name


def test_vault_book_is_a_pseudonym_book(tmp_path):
    from jubao_redact.operators import PseudonymBook

    with Vault(tmp_path / "v", KEY).open_case("C-1") as book:
        assert isinstance(book, VaultBook) and isinstance(book, PseudonymBook)


N_VALUES = 15


def _add_values(directory: str, prefix: str) -> None:
    vault = Vault(directory, bytes(range(32)))
    for i in range(N_VALUES):
        with vault.open_case("C-shared") as book:
            book.pseudonym(finding("CN_MOBILE"), f"13{prefix}{i:08d}", "letter")


def test_two_processes_writing_one_case_lose_nothing(tmp_path):
    directory = str(tmp_path / "v")
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_add_values, args=(directory, p)) for p in ("7", "8")]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert [w.exitcode for w in workers] == [0, 0]
    mapping = Vault(directory, KEY).read("C-shared")
    values = sorted(v for entry in mapping.forms.values() for v in entry["values"])
    expected = sorted(f"13{p}{i:08d}" for p in ("7", "8") for i in range(N_VALUES))
    assert values == expected
    assert len(mapping.forms) == 2 * N_VALUES  # every value its own pseudonym
