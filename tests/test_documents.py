"""check_paths / scrub_paths: deterministic across worker counts, nothing silently left out."""

from __future__ import annotations

from test_documents_fixtures import STRUCTURED, person

from jubao_redact.documents import check_paths, collect_files

P = person(51)


def _tree(root):
    (root / "b").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / ".git" / "objects.txt").write_text(P.phone, encoding="utf-8")
    for i in range(12):
        (root / ("b" if i % 2 else "") / f"f{i:02d}.txt").write_text(
            f"第{i}件，举报人电话{person(60 + i).phone}" if i % 3 == 0 else f"第{i}件，已整改",
            encoding="utf-8")
    (root / "x.doc").write_bytes(b"legacy")


def test_same_report_with_one_or_two_workers(tmp_path):
    _tree(tmp_path)
    one = check_paths([tmp_path], entities=STRUCTURED, jobs=1)
    two = check_paths([tmp_path], entities=STRUCTURED, jobs=2)
    assert one.model_dump() == two.model_dump()
    assert one.exit_code() == 2  # why: x.doc is an unsupported type, not skipped


def test_collect_lists_what_it_leaves_out(tmp_path):
    _tree(tmp_path)
    tasks, excluded = collect_files([tmp_path], exclude=["*.doc"])
    names = [t.display.rsplit("/", 1)[-1] for t in tasks]
    # a folder's own files first (sorted), then its subfolders (sorted), like os.walk
    assert names == [f"f{i:02d}.txt" for i in range(0, 12, 2)] + \
        [f"f{i:02d}.txt" for i in range(1, 12, 2)]
    assert any(e.endswith(".git/ (hidden)") for e in excluded)
    assert any(e.endswith("x.doc") for e in excluded)
