"""The HTML review report: one self-contained page per run for the disclosure officer.

It shows the **original** text of every place that has a finding, each finding highlighted
by role (colour) and action (removed: solid colour, struck through; kept: green with a
dashed underline in the role colour), labelled with entity and role, next to the redacted
text when the run was a scrub, and a table saying why (the evidence: cue words, form fields,
checksums, known facts) and which operator was applied.

Why the original and not only the redacted text: the officer signs off that the right
things went and the right things stayed. A page with only labels cannot show a missed
phone number next to a removed one, nor whether the company name that stayed was the
polluter's or the reporter's employer. So the report is a **local review artifact** that
contains personal data: its header says so, it loads nothing from the network (a CSP
forbids it), and the CLI prints where it went. Never forward, publish, attach or commit
it; delete it after review.
"""

from __future__ import annotations

import html
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

from jubao_redact.documents import ReviewDocument, ReviewSegment

ROLE_COLORS = {  # background of a removed finding, by role
    "reporter": (255, 138, 138),
    "third_party": (255, 196, 120),
    "unknown": (214, 170, 255),
    "subject": (140, 190, 255),
    "official": (128, 222, 214),
    "public": (200, 200, 200),
}
KEPT_COLOR = (190, 238, 190)  # background of a kept finding
WINDOW = 240  # characters of context around findings in long segments
LONG_SEGMENT = 2000

_CSS = """
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;
 color:#1d1d1f;background:#fff}
header{background:#7a0010;color:#fff;padding:14px 22px}
header h1{margin:0 0 6px;font-size:20px}
header p{margin:2px 0;font-size:14px}
main{padding:10px 22px}
.legend span{display:inline-block;margin:2px 8px 2px 0;padding:2px 6px;font-size:13px}
section.doc{border-top:2px solid #ddd;margin-top:18px;padding-top:6px}
section.doc h2{font-size:17px;margin:6px 0}
.status-error{color:#b00020;font-weight:bold}
.warn{color:#8a5a00;font-size:13px}
.seg{margin:10px 0;padding:6px 10px;background:#fafafa;border-left:3px solid #bbb}
.loc{font-size:12px;color:#555;margin-bottom:4px}
.text{white-space:pre-wrap;line-height:1.9;font-size:15px}
.redacted{white-space:pre-wrap;font-size:14px;color:#333;border-top:1px dashed #ccc;
 margin-top:4px;padding-top:4px}
mark{color:#000;padding:1px 0}
mark.remove{text-decoration:line-through;text-decoration-thickness:2px}
mark.keep{border-bottom:3px dashed #444}
.tag{font-size:11px;vertical-align:super;color:#333;margin-left:1px}
table{border-collapse:collapse;font-size:13px;margin:8px 0}
td,th{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
"""


def _rgb(color: tuple[int, int, int]) -> str:
    return f"rgb({color[0]},{color[1]},{color[2]})"


def _role_css() -> str:
    rules = [f"mark.remove.role-{role}{{background:{_rgb(c)}}}"
             for role, c in ROLE_COLORS.items()]
    rules += [f"mark.keep{{background:{_rgb(KEPT_COLOR)}}}"]
    rules += [f"mark.keep.role-{role}{{border-bottom-color:{_rgb(c)}}}"
              for role, c in ROLE_COLORS.items()]
    return "\n".join(rules)


def _windows(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if len(text) <= LONG_SEGMENT:
        return [(0, len(text))]
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        lo, hi = max(0, start - WINDOW), min(len(text), end + WINDOW)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _highlight(seg: ReviewSegment) -> str:
    text = seg.text
    items = sorted(seg.findings, key=lambda x: (x[0], -x[1]))
    parts: list[str] = []
    for w_start, w_end in _windows(text, [(s, e) for s, e, _ in items]):
        if w_start > 0:
            parts.append("… ")
        pos = w_start
        for start, end, d in items:
            if start < pos or start >= w_end:
                continue  # overlapping or outside this window
            parts.append(html.escape(text[pos:start]))
            title = (f"{d.entity_type} · {d.role} · {d.action}"
                     f"{' (' + d.operator + ')' if d.operator else ''} · {d.rule_id}"
                     f" · {', '.join(d.evidence)}")
            parts.append(
                f'<mark class="{d.action} role-{d.role} ent-{d.entity_type}" '
                f'title="{html.escape(title)}">{html.escape(text[start:end])}'
                f'<span class="tag">{html.escape(d.entity_type)}/{html.escape(d.role)}</span>'
                "</mark>")
            pos = end
        parts.append(html.escape(text[pos:w_end]))
        if w_end < len(text):
            parts.append(" …")
    return "".join(parts)


def _findings_table(doc: ReviewDocument) -> str:
    rows = []
    for seg in doc.segments:
        for _, _, d in sorted(seg.findings, key=lambda x: x[0]):
            why = ", ".join(d.evidence) or "-"
            if d.status in ("baselined", "allowed"):
                why += f" [{d.status}]"
            rows.append(
                "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in (
                    d.location, d.entity_type, d.role,
                    "removed" if d.action == "remove" else "kept", d.operator or "-",
                    d.rule_id, f"{d.score:.2f}", why)) + "</tr>")
    if not rows:
        return "<p>No findings.</p>"
    head = "".join(f"<th>{h}</th>" for h in ("location", "entity", "role", "action",
                                              "operator", "rule", "score", "why (evidence)"))
    return f"<table><tr>{head}</tr>{''.join(rows)}</table>"


def render(review: list[ReviewDocument], *, policy: str, mode: str = "scrub",
           title: str = "jubao-redact review report") -> str:
    """The report as one HTML string (no external resources)."""
    counts: Counter = Counter()
    for doc in review:
        for seg in doc.segments:
            for _, _, d in seg.findings:
                counts[(d.action, d.entity_type, d.role)] += 1
    generated = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    out = [
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">",
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'\">",
        '<meta name="robots" content="noindex,nofollow">',
        f"<title>{html.escape(title)}</title><style>{_CSS}\n{_role_css()}</style></head><body>",
        "<header>",
        f"<h1>{html.escape(title)}</h1>",
        "<p><strong>LOCAL REVIEW ARTIFACT — CONTAINS THE ORIGINAL PERSONAL DATA.</strong> "
        "本报告含原文（包括已删除的个人信息），仅供本机审核使用：不得转发、公开、附件发送或提交到代码库，审核后删除。</p>",
        f"<p>policy <b>{html.escape(policy)}</b> · {html.escape(mode)} · "
        f"{len(review)} file(s) · generated {generated}</p>",
        "</header><main>",
        '<div class="legend">',
    ]
    for role, color in ROLE_COLORS.items():
        out.append(f'<span style="background:{_rgb(color)}">removed: {role}</span>')
    out.append(f'<span style="background:{_rgb(KEPT_COLOR)}">kept (underline = role '
               "colour)</span></div>")
    if counts:
        out.append("<table><tr><th>action</th><th>entity</th><th>role</th><th>count</th></tr>")
        for (action, entity, role), n in sorted(counts.items()):
            out.append(f"<tr><td>{'removed' if action == 'remove' else 'kept'}</td>"
                       f"<td>{html.escape(entity)}</td><td>{html.escape(role)}</td>"
                       f"<td>{n}</td></tr>")
        out.append("</table>")
    for doc in review:
        out.append('<section class="doc">')
        out.append(f"<h2>{html.escape(doc.path)}</h2>")
        if doc.status == "error":
            out.append(f'<p class="status-error">not processed: '
                       f"{html.escape(doc.error or 'error')}</p></section>")
            continue
        out.append(f"<p>{html.escape(doc.format or '')} · {len(doc.segments)} of "
                   f"{doc.total_segments} text part(s) with findings</p>")
        for warning in doc.warnings:
            out.append(f'<p class="warn">⚠ {html.escape(warning)}</p>')
        for seg in doc.segments:
            out.append('<div class="seg">')
            out.append(f'<div class="loc">{html.escape(seg.location)}</div>')
            out.append(f'<div class="text">{_highlight(seg)}</div>')
            if seg.redacted is not None and len(seg.redacted) <= LONG_SEGMENT * 2:
                out.append(f'<div class="redacted">→ {html.escape(seg.redacted)}</div>')
            out.append("</div>")
        out.append(_findings_table(doc))
        out.append("</section>")
    out.append("</main></body></html>\n")
    return "\n".join(out)


def write_report(path: Path | str, review: list[ReviewDocument], *, policy: str,
                 mode: str = "scrub") -> Path:
    path = Path(path)
    path.write_text(render(review, policy=policy, mode=mode), encoding="utf-8")
    try:
        path.chmod(0o600)  # personal data: readable by the officer only
    except OSError:  # pragma: no cover - e.g. on some network shares
        pass
    return path
