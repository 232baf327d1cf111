"""The HTML review report, rendered in real headless Chromium: highlights must be visible."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from jubao_redact.documents import DocFinding, ReviewDocument, ReviewSegment
from jubao_redact.report_html import KEPT_COLOR, ROLE_COLORS, render

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _finding(entity, role, action, location="body, paragraph 1"):
    return DocFinding(file="a.docx", location=location, entity_type=entity, role=role,
                      action=action, operator="label" if action == "remove" else None,
                      rule_id="JR102", evidence=("context:电话",))


def _review(with_findings: bool = True) -> list[ReviewDocument]:
    text = "举报人电话13937112345，被举报单位某化工有限公司。"
    findings = [(5, 16, _finding("CN_MOBILE", "reporter", "remove")),
                (22, 29, _finding("ORGANIZATION", "subject", "keep"))] if with_findings else []
    seg = ReviewSegment("body, paragraph 1", text, "举报人电话〔举报人手机号〕，被举报单位某化工有限公司。",
                        findings)
    return [ReviewDocument("a.docx", "docx", "clean", None, [], [seg] if findings else [], 3),
            ReviewDocument("b.txt", None, "error", "[E042] b.txt: binary content", [])]


def _screenshot(html: str, tmp_path: Path) -> "object":
    from PIL import Image

    page = tmp_path / "report.html"
    page.write_text(html, encoding="utf-8")
    shot = tmp_path / "shot.png"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}",
                        f"--screenshot={shot}", "--window-size=1000,1200",
                        "--hide-scrollbars", page.as_uri()],
                       check=True, capture_output=True, timeout=120)
    return Image.open(shot).convert("RGB")


def _dump_dom(html: str, tmp_path: Path) -> str:
    page = tmp_path / "dom.html"
    page.write_text(html, encoding="utf-8")
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--dump-dom",
                               page.as_uri()], check=True, capture_output=True, timeout=120)
    return done.stdout.decode("utf-8")


def _count(image, color) -> int:
    data, want = image.tobytes(), bytes(color)
    return sum(1 for i in range(0, len(data), 3) if data[i : i + 3] == want)


# skipped only outside CI: scripts/test installs chromium, so in CI a missing one fails
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="chromium is installed by scripts/test (apt-get install chromium)")


@needs_chromium
def test_highlights_are_visible_in_chromium(tmp_path):
    with_findings = _screenshot(render(_review(True), policy="forward"), tmp_path)
    legend_only = _screenshot(render(_review(False), policy="forward"), tmp_path)
    # the legend shows every colour once in both pages; highlights add more of them
    removed = _count(with_findings, ROLE_COLORS["reporter"])
    kept = _count(with_findings, KEPT_COLOR)
    assert removed > _count(legend_only, ROLE_COLORS["reporter"]) + 200
    assert kept > _count(legend_only, KEPT_COLOR) + 200


@needs_chromium
def test_dom_has_marks_with_entity_and_role(tmp_path):
    dom = _dump_dom(render(_review(True), policy="forward"), tmp_path)
    assert 'class="remove role-reporter ent-CN_MOBILE"' in dom
    assert 'class="keep role-subject ent-ORGANIZATION"' in dom
    assert "LOCAL REVIEW ARTIFACT" in dom
    assert "b.txt: binary content" in dom  # errors are shown, not dropped


def test_report_is_self_contained():
    html = render(_review(True), policy="forward")
    for needle in ("<script src", "<link", "http://", "https://", "@import", "url("):
        assert needle not in html
    assert "default-src 'none'" in html


def test_values_are_escaped():
    review = _review(True)
    review[0].segments[0] = ReviewSegment("x", "<script>alert(1)</script>13937112345", None,
                                          [(25, 36, _finding("CN_MOBILE", "unknown", "remove"))])
    html = render(review, policy="forward")
    assert "<script>alert" not in html and "&lt;script&gt;" in html
