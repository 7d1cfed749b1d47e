"""Shared machinery of the hostile-input suite: content trees built from case data, tree
hashes (content/ must never change, nothing may be written outside the output folders), the
real CLI, and an HTML inspector that tells the theme's and templates' elements from anything
the content could have created."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import markdown
import yaml

from builder.errors import Problem, Severity
from tests.conftest import EXAMPLE, ROOT

CONTROL = "2022-10-31-control"
"""A healthy article (the example) that every hostile tree also holds: it must always build."""

Files = Mapping[str, "str | bytes"]


def article(
    body: str = "قال المتحدث إن الوفد وصل إلى العاصمة يوم الاثنين.\n",
    title: str = "عنوان الخبر",
    published: str = "2022-01-01",
    extra: str = "",
) -> str:
    """The text of an article file with front matter (``extra``: more YAML lines)."""
    head = f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\npublished: {published}\n"
    return f"{head}{extra}---\n\n{body}"


def make_content(
    root: Path,
    articles: Mapping[str, Files],
    glossary: str | bytes | None = None,
    control: bool = True,
) -> Path:
    """A content tree under ``root``: ``articles`` maps a folder name to its files."""
    content = root / "content"
    (content / "articles").mkdir(parents=True, exist_ok=True)
    if control:
        folder = content / "articles" / CONTROL
        folder.mkdir(exist_ok=True)
        shutil.copy(EXAMPLE, folder / "article.ar.md")
    for name, files in articles.items():
        folder = content / "articles" / name
        folder.mkdir(parents=True, exist_ok=True)
        for rel, data in files.items():
            path = folder / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(data, bytes):
                path.write_bytes(data)
            else:
                path.write_text(data, encoding="utf-8", newline="")
    if glossary is not None:
        path = content / "glossary.yml"
        if isinstance(glossary, bytes):
            path.write_bytes(glossary)
        else:
            path.write_text(glossary, encoding="utf-8")
    return content


def tree_digest(root: Path, skip: Iterable[Path] = ()) -> dict[str, str]:
    """Every entry under ``root`` (links not followed): relative path -> a digest of what it
    is, holds and may do (mode), so that any change shows."""
    skipped = {p.resolve() for p in skip}
    out: dict[str, str] = {}
    if not root.exists():
        return out
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        dirnames[:] = [d for d in dirnames if (here / d).resolve() not in skipped]
        for name in [*dirnames, *filenames]:
            path = here / name
            rel = path.relative_to(root).as_posix()
            st = path.lstat()
            if path.is_symlink():
                out[rel] = f"link:{os.readlink(path)}"
            elif path.is_dir():
                out[rel] = f"dir:{st.st_mode:o}"
            elif not stat.S_ISREG(st.st_mode):  # a FIFO or device: opening it could block
                out[rel] = f"special:{st.st_mode:o}"
            else:
                try:
                    data = path.read_bytes()
                except OSError:
                    data = b"<unreadable>"
                out[rel] = f"file:{st.st_mode:o}:{hashlib.sha256(data).hexdigest()}"
    return out


def run_cli(*args: str, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """The real ``explainer`` command, as ``python -m builder`` from ``cwd``."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("EXPLAINER_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "builder", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=cwd,
        env=env,
    )


def assert_plain_errors(stderr: str) -> None:
    """Errors in plain words: never a traceback, never an internal error."""
    assert "Traceback (most recent call last)" not in stderr, stderr
    assert "internal error" not in stderr, stderr


def problems_of(problems: Iterable[Problem], path: Path) -> list[Problem]:
    return [p for p in problems if p.path is not None and Path(p.path) == path]


def errors(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.ERROR]


def squash(text: str) -> str:
    """Text without whitespace, for comparisons that must not depend on line breaks."""
    return "".join(text.split())


# -- HTML --------------------------------------------------------------------------------

VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr",
}  # fmt: skip
FORBIDDEN = {
    "iframe", "frame", "frameset", "object", "embed", "img", "image", "applet", "base",
    "audio", "video", "source", "track", "math", "template", "style", "portal", "marquee",
    "meta-refresh", "xmp", "plaintext", "noscript",
}  # fmt: skip
"""Elements neither the theme nor the templates write: any of them came from content."""
URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "poster", "background", "data"}
BAD_SCHEME = re.compile(r"^\s*(javascript|vbscript|data|file):", re.IGNORECASE)
KNOWN_ATTRS = {
    "alt", "as", "async", "charset", "class", "cols", "content", "crossorigin", "cx", "cy",
    "d", "datetime", "defer", "dir", "direction", "disabled", "dominant-baseline", "fill",
    "focusable", "font-size", "font-weight", "for", "headers", "height", "hidden", "href",
    "hreflang", "http-equiv", "id", "integrity", "itemprop", "lang", "markdown", "media",
    "name", "open", "opacity", "placeholder", "points", "preserveaspectratio", "property",
    "r", "rel", "required", "role", "rows", "rx", "ry", "scope", "sizes", "spellcheck", "src",
    "stroke", "stroke-width", "style", "tabindex", "target", "text-anchor", "title",
    "transform", "translate", "type", "value", "version", "viewbox", "width", "x", "x1", "x2",
    "xmlns", "xmlns:xlink", "y", "y1", "y2", "autocapitalize", "autocomplete", "autocorrect",
    "colspan", "rowspan", "start", "reversed", "checked", "label", "method", "action",
    "novalidate", "loading", "decoding", "fetchpriority", "referrerpolicy", "nonce",
    "aria-hidden", "textlength", "lengthadjust", "clip-path", "font-family", "stroke-linecap",
    "shape-rendering", "vector-effect", "tspan", "dx", "dy", "baseline-shift", "xml:lang",
    "xml:space", "accesskey", "draggable", "inert", "popover", "popovertarget", "cite",
    "abbr", "summary", "span",
}  # fmt: skip
"""Attribute names the theme, the templates and the chart use. Another name means a quote
in content broke out of an attribute value (``content="… "not to use force" …"``)."""


@dataclass
class Node:
    tag: str
    attrs: dict[str, str | None] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)
    line: int = 0

    def iter(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def find_all(self, pred: Callable[[Node], bool]) -> list[Node]:
        return [n for n in self.iter() if pred(n)]

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def has_class(self, name: str) -> bool:
        return name in (self.attrs.get("class") or "").split()


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document")
        self.stack = [self.root]
        self.duplicate_attrs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = [k for k, _ in attrs]
        if len(names) != len(set(names)):
            self.duplicate_attrs.append(f"<{tag}> line {self.getpos()[0]}: {names}")
        node = Node(tag, dict(attrs), line=self.getpos()[0])
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, dict(attrs), line=self.getpos()[0]))

    def handle_endtag(self, tag: str) -> None:
        for k in range(len(self.stack) - 1, 0, -1):
            if self.stack[k].tag == tag:
                del self.stack[k:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html(text: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    if builder.duplicate_attrs:
        builder.root.attrs["duplicate-attrs"] = "; ".join(builder.duplicate_attrs)
    return builder.root


def _theme_script(node: Node) -> str | None:
    """Why a <script> is not the theme's own (None when it is)."""
    kind = (node.attrs.get("type") or "").lower()
    body = node.text()
    src = node.attrs.get("src")
    if src is not None:
        if BAD_SCHEME.match(src) or not src.split("?")[0].endswith(".js") or "alert" in src:
            return f"script src={src!r}"
        return None
    if kind in ("application/json", "application/ld+json"):
        if re.search(r"<!--|<script|</", body, re.IGNORECASE):
            # The HTML parser reads these even inside a script: "<!--<script" makes it
            # swallow the rest of the page, "</script" ends the element.
            return f"{kind} script holding raw '<!--', '<script' or '</': {body[:120]!r}"
        try:
            json.loads(body)
        except ValueError:
            return f"{kind} script that is not JSON (did content close it?): {body[:120]!r}"
        return None
    if "alert(" in body or "confirm(" in body or "prompt(" in body:
        return f"inline script with content's code: {body[:120]!r}"
    return None


def html_violations(root: Node) -> list[str]:
    """Everything in a page that content could have created: forbidden elements, event
    handlers, script URLs, unknown attribute names (a quote broke out), foreign scripts."""
    out: list[str] = []
    if "duplicate-attrs" in root.attrs:
        out.append(f"duplicate attributes: {root.attrs['duplicate-attrs']}")
    for node in root.iter():
        if node.tag == "#document":
            continue
        where = f"<{node.tag}> line {node.line}"
        if node.tag in FORBIDDEN:
            out.append(f"{where}: element from content")
        if node.tag == "script":
            why = _theme_script(node)
            if why:
                out.append(f"{where}: {why}")
        for name, value in node.attrs.items():
            if name.startswith("on"):
                out.append(f"{where}: event handler {name}={value!r}")
            elif name in URL_ATTRS and value and BAD_SCHEME.match(value):
                out.append(f"{where}: {name}={value!r}")
            elif name not in KNOWN_ATTRS and not name.startswith(("data-", "aria-")):
                out.append(f"{where}: unknown attribute {name!r} (a quote broke out?)")
    return out


# -- generated Markdown ------------------------------------------------------------------

MD_EXTENSIONS = ["attr_list", "md_in_html", "admonition", "toc"]
"""The Markdown extensions of mkdocs.yml that can turn text into elements."""


def split_front(text: str) -> tuple[dict[str, Any], str]:
    """Front matter (parsed as MkDocs does: YAML) and the Markdown body of a generated page."""
    assert text.startswith("---\n"), text[:200]
    end = text.index("\n---\n", 4)
    front = yaml.safe_load(text[4:end]) or {}
    assert isinstance(front, dict)
    return front, text[end + 5 :]


def render_markdown(text: str) -> tuple[dict[str, Any], Node]:
    """A generated page as MkDocs' Markdown sees it: its front matter, and its body as HTML."""
    front, body = split_front(text)
    html = markdown.markdown(body, extensions=MD_EXTENSIONS)
    return front, parse_html(html)


UNSAFE_META = re.compile(r"[<>\"]|&(?!(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);)")


def front_matter_violations(front: dict[str, Any]) -> list[str]:
    """Front matter values that MkDocs' templates print into HTML unescaped
    (``page.meta.title``, ``page.meta.description``) must hold no raw markup."""
    out = []
    for key in ("title", "description"):
        value = front.get(key)
        if isinstance(value, str) and UNSAFE_META.search(value):
            out.append(f"front matter {key} holds raw markup: {value[:160]!r}")
    return out


TEMPLATE_SYNTAX = re.compile(r"\{\{|\{%|\{#|^\s*(```|~~~)", re.MULTILINE)


def template_syntax(body: str) -> list[str]:
    """Template or fence syntax left in a generated page's Markdown body, where a macro
    plugin or a fence preprocessor would act on it before the HTML is protected."""
    return [
        f"{m.group()!r} in {body[max(m.start() - 40, 0) : m.end() + 40]!r}"
        for m in TEMPLATE_SYNTAX.finditer(body)
    ]


ARABIC_LETTERS = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]{2,}")


def arabic_on_english_page(text: str) -> list[str]:
    """Arabic words an English page shows outside the places Arabic belongs: elements marked
    ``lang="ar"`` (the source text, untranslated quotes). Attribute values (a citation's
    ``data-quote`` tooltip) are not shown as page text and are not counted."""
    front, body = split_front(text)
    out = [
        f"front matter {key}: {value!r}"
        for key in ("title", "description")
        if isinstance(value := front.get(key), str) and ARABIC_LETTERS.search(value)
    ]

    def walk(node: Node) -> None:
        if node.attrs.get("lang") == "ar":
            return
        for child in node.children:
            if isinstance(child, Node):
                walk(child)
            elif ARABIC_LETTERS.search(child):
                out.append(f"line {node.line} <{node.tag}>: {child.strip()[:100]!r}")

    walk(parse_html(body))
    return out
