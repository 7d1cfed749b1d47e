"""Run an input case through the pipeline and the real CLI, and check what every case owes:
a clear outcome, safe pages, no change under content/, no write outside the output folder,
bounded time, the healthy control article built regardless."""

from __future__ import annotations

import re
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from builder.errors import Problem, Severity
from builder.pipeline import SiteResult, build
from tests.hostile.cases import InputCase
from tests.hostile.helpers import (
    CONTROL,
    assert_plain_errors,
    front_matter_violations,
    html_violations,
    make_content,
    render_markdown,
    run_cli,
    split_front,
    template_syntax,
    tree_digest,
)

TIME_LIMIT = 60.0
"""Seconds any one build may take, however big or odd its input (generous on purpose)."""
MEMORY_LIMIT = 3 * 2**30
"""Address space a CLI build may use (RLIMIT_AS): a blow-up fails instead of swapping."""
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


def case_tree(case: InputCase, root: Path) -> Path:
    """The content tree of ``case`` (with the control article) under ``root``."""
    if case.at == "content":
        content = make_content(root, {})
        for rel, data in case.files.items():
            path = content / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(data, bytes):
                path.write_bytes(data)
            else:
                path.write_text(data, encoding="utf-8", newline="")
        return content
    return make_content(root, {case.slug: case.files})


def target(case: InputCase, content: Path) -> Path:
    """The path the case's problem must name."""
    if case.at == "content":
        return content / case.file
    folder = content / "articles" / case.slug
    return folder / case.file if case.file else folder


@dataclass
class Built:
    content: Path
    out: Path
    site: SiteResult
    seconds: float


def build_checked(content: Path, root: Path) -> Built:
    """``pipeline.build`` with the invariants every build owes, whatever the input."""
    out = root / "out"
    before = tree_digest(content)
    around = tree_digest(root, skip=[out])
    start = time.monotonic()
    site = build(content, out)
    seconds = time.monotonic() - start
    assert seconds < TIME_LIMIT, f"the build took {seconds:.0f} s"
    assert tree_digest(content) == before, "the build changed content/"
    assert tree_digest(root, skip=[out]) == around, "the build wrote outside its output folder"
    internal = [str(p) for p in site.all_problems if "internal error" in p.message]
    assert not internal, internal
    written = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()} - {
        ".explainer-manifest.json"
    }
    assert written == set(site.pages), "the output folder does not hold exactly the pages"
    return Built(content, out, site, seconds)


def matching(problems: list[Problem], case: InputCase, path: Path) -> list[Problem]:
    return [
        p
        for p in problems
        if p.path is not None and Path(p.path) == path and all(w in str(p) for w in case.words)
    ]


def check_outcome(case: InputCase, built: Built) -> None:
    """The case's problem (file, line, words, severity) and which pages exist."""
    problems = built.site.all_problems
    path = target(case, built.content)
    listing = "\n".join(str(p) for p in problems)
    if case.expect == "safe":
        mine = [
            p
            for p in problems
            if p.severity is Severity.ERROR
            and p.path is not None
            and (Path(p.path) == path or path in Path(p.path).parents)
        ]
        if case.at == "content":
            mine = [p for p in problems if p.severity is Severity.ERROR]
        assert not mine, listing
    else:
        found = matching(problems, case, path)
        assert found, f"no problem naming {path} with {case.words}; got:\n{listing}"
        severity = Severity.ERROR if case.expect == "error" else Severity.WARNING
        assert any(p.severity is severity for p in found), listing
        if case.line is not None:
            assert any(p.line == case.line for p in found), listing
    pages = built.site.pages
    assert f"articles/{CONTROL}.ar.md" in pages and f"articles/{CONTROL}.en.md" in pages, listing
    if case.at == "folder":
        has = {lang: f"articles/{case.slug}.{lang}.md" in pages for lang in ("ar", "en")}
        assert has == {"ar": case.built, "en": case.built}, listing
        if not case.built and case.file == "article.ar.md" and "discover" not in case.tags:
            article = built.content / "articles" / case.slug / "article.ar.md"
            assert any(
                p.path is not None and Path(p.path) == article and "skipped" in p.message
                for p in problems
            ), f"the skip is not listed:\n{listing}"


def check_pages(pages: dict[str, str | bytes]) -> None:
    """Every generated page: no element content created, no bidi control, no raw markup in
    the front matter MkDocs prints unescaped and no template syntax in the Markdown body."""
    found: list[str] = []
    for rel, text in sorted(pages.items()):
        if not isinstance(text, str) or not rel.endswith(".md"):
            continue
        assert not BIDI.search(text), f"{rel}: a bidi control reached the page"
        front, html = render_markdown(text)
        bad = html_violations(html)
        assert not bad, f"{rel}: " + "\n".join(bad)
        found += [f"{rel}: {v}" for v in front_matter_violations(front)]
        found += [f"{rel}: {v}" for v in template_syntax(split_front(text)[1])]
    assert not found, "\n".join(found)


def run_case(case: InputCase, root: Path) -> Built:
    content = case_tree(case, root)
    built = build_checked(content, root)
    check_outcome(case, built)
    check_pages(built.site.pages)
    return built


# -- the real CLI ------------------------------------------------------------------------


def _limit_memory() -> None:  # runs in the child, before exec
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def cli_build(
    content: Path, out: Path, *extra: str, limit_memory: bool = False
) -> subprocess.CompletedProcess[str]:
    """``python -m builder build`` from an empty working folder next to ``content``, which
    must stay empty; content/ must not change."""
    cwd = content.parent / "cwd"
    cwd.mkdir(exist_ok=True)
    before = tree_digest(content)
    if limit_memory:
        import os

        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "builder",
                "build",
                "--content",
                str(content),
                "--out",
                str(out),
                *extra,
            ],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=cwd,
            env=env,
            preexec_fn=_limit_memory,
        )
    else:
        result = run_cli("build", "--content", str(content), "--out", str(out), *extra, cwd=cwd)
    assert_plain_errors(result.stderr)
    assert tree_digest(content) == before, "the CLI changed content/"
    assert not any(cwd.iterdir()), f"the CLI wrote into its working folder: {list(cwd.iterdir())}"
    return result


def check_cli_output(case: InputCase, content: Path, stderr: str) -> None:
    """The case's problem, as the CLI prints it: 'file:line: severity: message (hint: …)'."""
    path = target(case, content)
    if case.expect == "safe":
        scope = str(path) if case.at == "folder" else str(content)
        assert not [
            line for line in stderr.splitlines() if line.startswith(scope) and ": error:" in line
        ], stderr
        return
    severity = "error" if case.expect == "error" else "warning"
    prefix = f"{path}:{case.line}: {severity}: " if case.line else f"{path}: {severity}: "
    lines = [line for line in stderr.splitlines() if line.startswith(prefix)]
    assert any(all(w in line for w in case.words) for line in lines), (
        f"expected a line starting {prefix!r} with {case.words}:\n{stderr}"
    )
    if (
        case.at == "folder"
        and not case.built
        and case.file == "article.ar.md"
        and "discover" not in case.tags
    ):
        assert f"skipped: {content / 'articles' / case.slug / 'article.ar.md'}" in stderr, stderr


def cli_batch(cases: list[InputCase], root: Path) -> None:
    """Every case of a group in one content tree: one CLI run reports each in plain words,
    the other articles (and the control) still build, and ``--strict`` exits 1."""
    folder_cases = [c for c in cases if c.at == "folder"]
    content = make_content(root, {c.slug: c.files for c in folder_cases})
    result = cli_build(content, root / "out")
    assert result.returncode == 0, result.stderr
    for case in folder_cases:
        check_cli_output(case, content, result.stderr)
    built = sum(1 for c in folder_cases if c.built) + 1
    total = sum(1 for c in folder_cases if c.file and "discover" not in c.tags) + 1
    assert f"{built} of {total} articles built" in result.stdout, result.stdout
    strict = cli_build(content, root / "out-strict", "--strict")
    assert strict.returncode == 1, strict.stderr
