"""The hostile-input cases, as data. Each group's test module turns them into content trees.

A markup case puts a payload in the body (its own paragraph), the title or title_en; the
pages must show the payload as text and hold no element it could create. An input case is a
set of files for one article folder (or the glossary) and the outcome: ``safe`` (the article
builds, both pages are safe), ``warning`` (it builds, and a warning names the file), or
``error`` (it is skipped, an error names the file and, where there is one, the line).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from tests.conftest import EXAMPLE
from tests.hostile.helpers import article

# Where a YAML tag would leave a file if it ever ran (the tests check it never exists).
PWNED = Path(tempfile.gettempdir()) / "pwned-by-yaml"

# -- markup --------------------------------------------------------------------------------


@dataclass(frozen=True)
class MarkupCase:
    id: str
    payload: str
    where: Literal[
        "body", "title", "title_en", "translation_title", "source", "url", "glossary_en", "actor_en"
    ] = "body"
    shows: str | None = None
    """What the reader sees (default: the payload itself, whitespace aside)."""
    name: str = ""
    """For ``glossary_en``: the (made-up) Arabic name the glossary entry gives ``payload``
    as its English name; the article names that person."""

    @property
    def slug(self) -> str:
        return f"markup-{self.id}"

    @property
    def visible(self) -> str:
        return self.payload if self.shows is None else self.shows

    def files(self) -> dict[str, str]:
        if self.where == "body":
            body = f"قال المتحدث إن الوفد وصل إلى العاصمة.\n\n{self.payload}\n\nوأضاف أن المحادثات ستستمر.\n"
            return {"article.ar.md": article(body, title=f"خبر {self.id}")}
        if self.where == "title":
            return {"article.ar.md": article(title=self.payload)}
        if self.where == "title_en":
            extra = f"title_en: {_yaml_str(self.payload)}\n"
            return {"article.ar.md": article(title=f"خبر {self.id}", extra=extra)}
        if self.where in ("source", "url"):
            extra = f"source: وكالة الأنباء\n{self.where}: {_yaml_str(self.payload)}\n"
            if self.where == "source":
                extra = f"source: {_yaml_str(self.payload)}\nurl: https://example.com/news/1\n"
            return {"article.ar.md": article(title=f"خبر {self.id}", extra=extra)}
        if self.where == "translation_title":
            return {
                "article.ar.md": article(title=f"خبر {self.id}"),
                "article.en.md": f"---\ntitle: {_yaml_str(self.payload)}\n---\n\n"
                "The spokesman said the delegation arrived in the capital on Monday.\n",
            }
        if self.where == "glossary_en":
            body = f"قال المبعوث {self.name} إن الوفد وصل إلى العاصمة.\n"
            return {"article.ar.md": article(body, title=f"خبر {self.id}")}
        body = "قالت قطر إن الوفد وصل إلى العاصمة يوم الاثنين.\n"
        return {
            "article.ar.md": article(body, title=f"خبر {self.id}"),
            "explainer.yml": f"actors:\n  qatar:\n    name: {{en: {_yaml_str(self.payload)}}}\n",
        }

    def glossary(self) -> str:
        """This case's lines of the site's glossary (none for most cases)."""
        if self.where != "glossary_en":
            return ""
        return f"  - {{en: {_yaml_str(self.payload)}, ar: [{_yaml_str(self.name)}]}}\n"


def _yaml_str(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)


MARKUP_CASES = [
    MarkupCase("script", "<script>alert('xss-script')</script>"),
    MarkupCase("img-onerror", "<img src=x onerror=alert('xss-img')>"),
    MarkupCase("iframe", "<iframe src=\"javascript:alert('xss-iframe')\"></iframe>"),
    MarkupCase("svg-onload", "<svg onload=alert('xss-svg')><circle r=5 /></svg>"),
    MarkupCase("style", "<style>body { display: none }</style>"),
    MarkupCase("object", '<object data="javascript:alert(1)"></object><embed src="x.swf">'),
    MarkupCase("js-link", "[انقر هنا](javascript:alert('xss-link'))"),
    MarkupCase("data-link", "[x](data:text/html,<script>alert('xss-data')</script>)"),
    MarkupCase(
        "md-image",
        '![صورة](https://example.com/x.png "عنوان") و ![x](x" onerror="alert(\'xss-mdimg\'))',
    ),
    MarkupCase("ref-link", "[انقر][1] هنا\n\n[1]: javascript:alert('xss-ref')"),
    MarkupCase("autolink", "<https://evil.example/> و <javascript:alert('xss-auto')> و <a@b.c>"),
    MarkupCase("raw-block", "<div onclick=\"alert('xss-div')\">\nنص داخل كتلة\n</div>"),
    MarkupCase("md-in-html", '<div markdown="1">**غامق** [x](javascript:alert(1))</div>'),
    MarkupCase("close-wrappers", "</span></p></div></table><script>alert('xss-close')</script>"),
    MarkupCase("comment", "قبل <!-- تعليق --> بعد <!-- غير مغلق"),
    MarkupCase("cdata", "<![CDATA[<script>alert(1)</script>]]> <?php echo 1; ?>"),
    MarkupCase("headings", "# عنوان مزيف\n## فرعي {: onclick=\"alert('xss-attr')\" #fake }"),
    MarkupCase("setext", "عنوان مزيف\n==========="),
    MarkupCase("table", "| أ | ب |\n|---|---|\n| 1 | <b>2</b> |"),
    MarkupCase("emphasis", "**غامق** و _مائل_ و ~~مشطوب~~ و ==مميز== و ^^تحت^^"),
    MarkupCase("lists", "- أول\n- ثان\n\n1. واحد\n2. اثنان"),
    MarkupCase("blockquote", "> اقتباس\n> <script>alert('xss-quote-block')</script>"),
    # a line with no word ('---', '***') is furniture and dropped; one with a word shows as
    # typed, never as a rule
    MarkupCase("hr", "---\n\n***\n\n--- فاصل ---", shows="--- فاصل ---"),
    MarkupCase(
        "jinja", "{{ 7*7 }} و {{ config.site_name }} و {% if true %}نعم{% endif %} و {# تعليق #}"
    ),
    MarkupCase("jinja-raw", "{% raw %}{{ 7*7 }}{% endraw %} {% include 'x' %}"),
    MarkupCase(
        "entities", "&lt;script&gt;alert('xss-entity')&lt;/script&gt; &#60;b&#62; &amp; &nbsp;"
    ),
    MarkupCase("backticks", "`<b>code</b>` و ``مزدوج`` و `{{ 7*7 }}`"),
    MarkupCase("fence", "```html\n<script>alert('xss-fence')</script>\n```"),
    MarkupCase("tilde-fence", "~~~\n<script>alert('xss-tilde')</script>\n~~~"),
    MarkupCase("indented-code", "    <script>alert('xss-indent')</script>"),
    MarkupCase(
        "quote-breakout", "\" onmouseover=\"alert('xss-q1')\" x=\" و ' onfocus='alert(2)' '"
    ),
    MarkupCase("admonition", "!!! danger \"<script>alert('xss-adm')</script>\"\n    محتوى"),
    MarkupCase("snippet", '--8<-- "/etc/passwd"'),
    MarkupCase("emoji-macro", ":smile: :material-alert: $x^2$ @@ {: .x }"),
    MarkupCase("markdown-placeholder", "قبل \x02wzxhzdk:0\x03 بعد", shows="قبل wzxhzdk:0 بعد"),
    MarkupCase("title-script", "<script>alert('xss-t1')</script> عنوان", "title"),
    MarkupCase(
        "title-close", "&lt;/title&gt;&lt;script&gt;alert('xss-t2')&lt;/script&gt; عنوان", "title"
    ),
    MarkupCase("title-raw-close", "</title><script>alert('xss-t3')</script> عنوان", "title"),
    MarkupCase("title-jinja", "{{ 7*7 }} {% raw %} عنوان {# x #}", "title"),
    MarkupCase("title-md", "[x](javascript:alert('xss-t4')) **عنوان** `رمز` # {: #id }", "title"),
    MarkupCase("title-quote", '" onmouseover="alert(\'xss-t5\')" عنوان', "title"),
    MarkupCase("title-fence", "``` عنوان ~~~ ```", "title"),
    MarkupCase("title-en-img", "<img src=x onerror=alert('xss-e1')> Headline", "title_en"),
    MarkupCase("title-en-quote", "A \"quoted\" headline' onfocus='alert(1)", "title_en"),
    MarkupCase("title-en-jinja", "{{ 7*7 }} {% raw %} `code` [x](javascript:alert(1))", "title_en"),
    MarkupCase("title-en-entity", "&lt;b&gt; &amp;amp; </title>", "title_en"),
    # "<!--<script" puts the HTML parser into the script's double-escaped state, where only
    # a second "</script>" ends the element: unescaped inside the JSON-LD block, it swallows
    # the rest of the page. Every field an editor writes that reaches the JSON-LD or <head>:
    MarkupCase("ld-title", "<!--<script> عنوان & >", "title"),
    MarkupCase("ld-title-en", "<!--<script> Headline & >", "title_en"),
    MarkupCase("ld-translation-title", "<!--<script> Translated headline", "translation_title"),
    MarkupCase("ld-source", "<!--<script> وكالة & >", "source"),
    MarkupCase("ld-url", "https://example.com/<!--<script>/x?a=1&b=2", "url"),
    MarkupCase("ld-glossary", "<!--<script> Murad Envoy", "glossary_en", name="مراد الجبوري"),
    MarkupCase("ld-actor", "<!--<script> State of Qatar", "actor_en"),
]


def markup_glossary(cases: list[MarkupCase]) -> str | None:
    """The glossary the markup cases need (None when none of them needs one)."""
    lines = "".join(case.glossary() for case in cases)
    return f"people:\n{lines}" if lines else None


# -- input cases ---------------------------------------------------------------------------


@dataclass(frozen=True)
class InputCase:
    id: str
    files: dict[str, str | bytes]
    """Files of the article folder (relative names), or of content/ with ``at="content"``."""
    expect: Literal["safe", "warning", "error"]
    words: tuple[str, ...] = ()
    """Fragments the problem's text holds (all of them)."""
    line: int | None = None
    file: str = "article.ar.md"
    """The file the problem names (relative to the folder, or to content/)."""
    at: Literal["folder", "content"] = "folder"
    folder: str | None = None
    """The folder name (default: a slug from the id)."""
    builds: bool | None = None
    """Whether the article's pages exist afterwards (default: unless ``expect`` is error)."""
    tags: tuple[str, ...] = field(default=())

    @property
    def slug(self) -> str:
        return self.folder or f"case-{self.id}"

    @property
    def built(self) -> bool:
        if self.builds is not None:
            return self.builds
        return self.expect != "error" and self.file != ""


EXAMPLE_BODY = EXAMPLE.read_text(encoding="utf-8").split("---", 2)[2]
BODY = "قال المتحدث إن الوفد وصل إلى العاصمة يوم الاثنين وإن 30 جنديا قتلوا.\n"
HEAD = "---\ntitle: عنوان الخبر\npublished: 2022-01-01\n---\n\n"

UNICODE_CASES = [
    InputCase(
        "bidi-controls",
        {
            "article.ar.md": HEAD
            + "قال \u202eالمتحدث\u202c إن \u202aالوفد\u202c و\u202bوصل\u202c و\u202dإلى\u202c "
            "\u2066العاصمة\u2069 \u2067و\u2069\u2068ب\u2069.\n"
        },
        "warning",
        ("bidi control character", "U+202E", "removed"),
        line=6,
    ),
    InputCase(
        "bidi-in-title",
        {"article.ar.md": article(BODY, title="عنوان \u202eمقلوب\u202c للخبر")},
        "warning",
        ("bidi control character",),
        line=2,
    ),
    InputCase(
        "zero-width",
        {
            "article.ar.md": HEAD
            + "قال\u200b المتحدث\u200c إن\u200d الوفد\ufeff وصل\u2060 \u00ad.\n"
        },
        "safe",
    ),
    InputCase(
        "nul",
        {"article.ar.md": HEAD + "قال المتحدث\x00 إن الوفد وصل\x00.\n"},
        "warning",
        ("2 control characters", "U+0000"),
        line=6,
    ),
    InputCase(
        "c0-c1-controls",
        {"article.ar.md": HEAD + "نص\x01 \x07 \x1b[31m \x7f \x85 \x9b آخر.\n"},
        "warning",
        ("control character",),
        line=6,
    ),
    InputCase(
        "lone-surrogate",
        {"article.ar.md": (HEAD + "قال المتحدث ").encode() + b"\xed\xa0\x80" + " إن.\n".encode()},
        "error",
        ("not valid UTF-8", "byte ED at character 13"),
        line=6,
    ),
    InputCase(
        "invalid-utf8",
        {"article.ar.md": HEAD.encode() + b"\n\nok\n\xff\xfe bad \xc3\x28\n"},
        "error",
        ("not valid UTF-8",),
        line=9,
    ),
    InputCase(
        "latin1-file",
        {
            "article.ar.md": "---\ntitle: café\npublished: 2022-01-01\n---\n\nnaïve\n".encode(
                "latin-1"
            )
        },
        "error",
        ("not valid UTF-8", "save it as UTF-8"),
        line=2,
    ),
    InputCase(
        "utf16-file",
        {"article.ar.md": (HEAD + BODY).encode("utf-16")},
        "error",
        ("not valid UTF-8",),
        line=1,
    ),
    InputCase("bom", {"article.ar.md": ("\ufeff" + HEAD + BODY).encode()}, "safe"),
    InputCase(
        "crlf", {"article.ar.md": (HEAD + BODY + "\nفقرة ثانية.\n").replace("\n", "\r\n")}, "safe"
    ),
    InputCase(
        "cr-only", {"article.ar.md": (HEAD + BODY + "\nفقرة ثانية.\n").replace("\n", "\r")}, "safe"
    ),
    InputCase(
        "mixed-line-ends",
        {"article.ar.md": "---\r\ntitle: عنوان\npublished: 2022-01-01\r---\n\r\n" + BODY},
        "safe",
    ),
    InputCase(
        "combining-flood",
        {"article.ar.md": HEAD + "قال" + "\u064b" * 10_000 + " المتحدث إن 30 جنديا قتلوا.\n"},
        "safe",
        tags=("big",),
    ),
    InputCase(
        "combining-flood-latin",
        {"article.ar.md": HEAD + "قال المتحدث Z" + "\u0301" * 10_000 + " إن.\n"},
        "safe",
        tags=("big",),
    ),
    InputCase(
        "tatweel-flood",
        {"article.ar.md": HEAD + "قا" + "\u0640" * 100_000 + "ل المتحدث إن 30 جنديا قتلوا.\n"},
        "safe",
        tags=("big",),
    ),
    InputCase(
        "long-line",  # the example article as one 100,000-character line
        {"article.ar.md": HEAD + ((" ".join(EXAMPLE_BODY.split()) + " ") * 40)[:100_000] + "\n"},
        "safe",
        tags=("big",),
    ),
    InputCase(
        "number-flood-line",  # 100,000 characters, 10,000 figures in one sentence
        {"article.ar.md": HEAD + ("كلمة 12 و " * 10_000)[:100_000] + "\n"},
        "safe",
        tags=("big",),
    ),
    InputCase(
        "long-word",
        {"article.ar.md": HEAD + "ب" * 100_000 + "\n"},
        "safe",
        tags=("big",),
    ),
    InputCase(
        "five-megabytes",
        {"article.ar.md": HEAD + (BODY + "\n") * (5 * 2**20 // len((BODY + "\n").encode()) + 1)},
        "error",
        ("larger than 256 KB", "split it or trim it"),
        tags=("big",),
    ),
    InputCase(
        "many-paragraphs",
        {"article.ar.md": HEAD + "".join(f"فقرة رقم {n}.\n\n" for n in range(5_000))},
        "safe",
        tags=("big",),
    ),
    InputCase(
        "only-invisible-body",
        {"article.ar.md": HEAD + "\u200b\u200c\u202e\n\n\u00a0\t\n"},
        "error",
        ("no text after the front matter",),
        line=5,
    ),
]

FRONT_MATTER_CASES = [
    InputCase(
        "no-front-matter",
        {"article.ar.md": BODY},
        "error",
        ("does not start with YAML front matter",),
        line=1,
    ),
    InputCase(
        "unclosed",
        {"article.ar.md": "---\ntitle: x\npublished: 2022-01-01\n" + BODY},
        "error",
        ("not closed",),
        line=1,
    ),
    InputCase(
        "empty-front-matter",
        {"article.ar.md": "---\n---\n" + BODY},
        "error",
        ("front matter is missing 'title'",),
        line=1,
    ),
    InputCase(
        "not-a-mapping",
        {"article.ar.md": "---\n- a\n- b\n---\n" + BODY},
        "error",
        ("expected a mapping",),
        line=2,
    ),
    InputCase(
        "scalar-front-matter",
        {"article.ar.md": "---\njust text\n---\n" + BODY},
        "error",
        ("expected a mapping",),
        line=2,
    ),
    InputCase(
        "missing-title",
        {"article.ar.md": "---\npublished: 2022-01-01\n---\n" + BODY},
        "error",
        ("missing 'title'",),
        line=1,
    ),
    InputCase(
        "missing-published",
        {"article.ar.md": "---\ntitle: عنوان\n---\n" + BODY},
        "error",
        ("missing 'published'",),
        line=1,
    ),
    InputCase(
        "empty-title",
        {"article.ar.md": "---\ntitle: ''\npublished: 2022-01-01\n---\n" + BODY},
        "error",
        ("'title' is empty",),
        line=2,
    ),
    InputCase(
        "invisible-title",
        {"article.ar.md": '---\ntitle: "\\u200b\\u202e "\npublished: 2022-01-01\n---\n' + BODY},
        "error",
        ("'title' is empty",),
        line=2,
    ),
    InputCase(
        "invalid-date",
        {"article.ar.md": "---\ntitle: عنوان\npublished: 2022-02-30\n---\n" + BODY},
        "error",
        ("'published' is not an ISO date", "2022-02-30"),
        line=3,
    ),
    InputCase(
        "date-words",
        {"article.ar.md": "---\ntitle: عنوان\npublished: الاثنين 31 أكتوبر\n---\n" + BODY},
        "error",
        ("'published' is not an ISO date",),
        line=3,
    ),
    InputCase(
        "date-with-time",
        {"article.ar.md": "---\ntitle: عنوان\npublished: 2022-10-31T10:00:00Z\n---\n" + BODY},
        "error",
        ("'published' is not an ISO date",),
        line=3,
    ),
    InputCase(
        "future-date",
        {"article.ar.md": "---\ntitle: عنوان\npublished: 2999-01-01\n---\n" + BODY},
        "error",
        ("'published' is in the future: 2999-01-01",),
        line=3,
    ),
    InputCase(
        "unknown-key",
        {"article.ar.md": "---\ntitle: عنوان\npublished: 2022-01-01\ntitel_en: x\n---\n" + BODY},
        "warning",
        ("unknown front matter key 'titel_en'", "did you mean 'title_en'?"),
        line=4,
    ),
    InputCase(
        "unknown-key-far",
        {"article.ar.md": "---\ntitle: عنوان\npublished: 2022-01-01\nzzz: 1\n---\n" + BODY},
        "warning",
        ("unknown front matter key 'zzz'", "known keys"),
        line=4,
    ),
    InputCase(
        "title-list",
        {"article.ar.md": "---\ntitle: [1, 2]\npublished: 2022-01-01\n---\n" + BODY},
        "error",
        ("'title' must be text, not a list",),
        line=2,
    ),
    InputCase(
        "title-mapping",
        {"article.ar.md": "---\ntitle: {a: 1}\npublished: 2022-01-01\n---\n" + BODY},
        "error",
        ("'title' must be text, not a mapping",),
        line=2,
    ),
    InputCase(
        "title-bool",
        {"article.ar.md": "---\ntitle: yes\npublished: 2022-01-01\n---\n" + BODY},
        "error",
        ("'title' must be text, not true/false",),
        line=2,
    ),
    InputCase(
        "title-number",
        {"article.ar.md": "---\ntitle: 1948\npublished: 2022-01-01\n---\n" + BODY},
        "safe",
    ),
    InputCase(
        "published-int",
        {"article.ar.md": "---\ntitle: عنوان\npublished: 5\n---\n" + BODY},
        "error",
        ("'published' must be a date, not a number",),
        line=3,
    ),
    InputCase(
        "published-list",
        {"article.ar.md": "---\ntitle: عنوان\npublished: [2022, 1, 1]\n---\n" + BODY},
        "error",
        ("'published' must be a date, not a list",),
        line=3,
    ),
    InputCase(
        "url-javascript",
        {
            "article.ar.md": "---\ntitle: عنوان\npublished: 2022-01-01\n"
            "url: \"javascript:alert('xss-url')\"\nsource: <b>وكالة</b>\n---\n" + BODY
        },
        "warning",
        ("'url' is not a web address", "left out"),
        line=4,
    ),
    InputCase(
        "duplicate-key",
        {"article.ar.md": "---\ntitle: أول\npublished: 2022-01-01\ntitle: ثان\n---\n" + BODY},
        "error",
        ("'title' is given twice (first on line 2)",),
        line=4,
    ),
    InputCase(
        "billion-laughs",
        {
            "article.ar.md": "---\ntitle: عنوان\npublished: 2022-01-01\n"
            'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
            "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
            "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
            "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
            "---\n" + BODY
        },
        "error",
        ("aliases", "not allowed"),
        line=5,
    ),
    InputCase(
        "python-tag",
        {
            "article.ar.md": f"---\ntitle: !!python/object/apply:os.system ['touch {PWNED}']\n"
            "published: 2022-01-01\n---\n" + BODY
        },
        "error",
        ("YAML tag", "python/object/apply:os.system", "not allowed"),
        line=2,
    ),
    InputCase(
        "python-name-tag",
        {
            "article.ar.md": "---\ntitle: !!python/name:os.system\npublished: 2022-01-01\n---\n"
            + BODY
        },
        "error",
        ("YAML tag", "not allowed"),
        line=2,
    ),
    InputCase(
        "custom-tag",
        {"article.ar.md": "---\ntitle: !ENV HOME\npublished: 2022-01-01\n---\n" + BODY},
        "error",
        ("YAML tag '!ENV'", "not allowed"),
        line=2,
    ),
    InputCase(
        "yaml-syntax",
        {"article.ar.md": "---\ntitle: عنوان: فرعي\npublished: 2022-01-01\n---\n" + BODY},
        "error",
        ("invalid YAML", "double quotes"),
        line=2,
    ),
    InputCase(
        "yaml-tab",
        {"article.ar.md": "---\ntitle: عنوان\n\tpublished: 2022-01-01\n---\n" + BODY},
        "error",
        ("invalid YAML",),
        line=3,
    ),
    InputCase(
        "yaml-deep-nesting",
        {
            "article.ar.md": "---\ntitle: عنوان\npublished: 2022-01-01\nx: "
            + "[" * 5000
            + "]" * 5000
            + "\n---\n"
            + BODY
        },
        "error",
        ("invalid YAML", "nested too deeply"),
        line=2,
    ),
    InputCase(
        "front-matter-only",
        {"article.ar.md": "---\ntitle: عنوان\npublished: 2022-01-01\n---\n"},
        "error",
        ("no text after the front matter",),
        line=5,
    ),
    InputCase(
        "headline-only",
        {"article.ar.md": "---\ntitle: عنوان الخبر\npublished: 2022-01-01\n---\n\nعنوان الخبر\n"},
        "error",
        ("no text after the front matter", "only the headline"),
        line=5,
    ),
]


CONTENT_TREE_CASES = [
    InputCase(
        "upper-case-folder",
        {"article.ar.md": article()},
        "error",
        ("unusable folder name 'Case-Upper'", "lower-case", "e.g. 'case-upper'"),
        file="",
        folder="Case-Upper",
    ),
    InputCase(
        "dots-in-folder",
        {"article.ar.md": article()},
        "error",
        ("unusable folder name 'a..b'",),
        file="",
        folder="a..b",
    ),
    InputCase(
        "dot-dot-prefix",
        {"article.ar.md": article()},
        "warning",
        ("hidden", "ignored"),
        file="",
        folder="..sneaky",
    ),
    InputCase(
        "space-in-folder",
        {"article.ar.md": article()},
        "error",
        ("unusable folder name 'my article'", "e.g. 'my-article'"),
        file="",
        folder="my article",
    ),
    InputCase(
        "arabic-folder",
        {"article.ar.md": article()},
        "error",
        ("unusable folder name",),
        file="",
        folder="خبر",
    ),
    InputCase(
        "reserved-folder",
        {"article.ar.md": article()},
        "error",
        ("'assets' is reserved",),
        file="",
        folder="assets",
    ),
    InputCase(
        "reserved-device",
        {"article.ar.md": article()},
        "error",
        ("'con' is reserved",),
        file="",
        folder="con",
    ),
    InputCase(
        "empty-folder",
        {},
        "warning",
        ("the folder is empty",),
        file="",
        folder="empty-one",
    ),
    InputCase(
        "misnamed-article",
        {"article.ar.txt": article()},
        "error",
        ("has no article.ar.md", "did you mean to name 'article.ar.txt'"),
        file="",
    ),
    InputCase(
        "article-is-folder",
        {"article.ar.md/x": "x"},
        "error",
        ("not a file",),
        tags=("discover",),  # found while listing content/: not an article, so not "skipped"
    ),
    InputCase(
        "all-english",
        {
            "article.ar.md": article(
                "The minister said on Monday that 30 soldiers were killed.\n\n"
                "Talks in Geneva will continue next week, officials said.\n"
            )
        },
        "safe",
    ),
    InputCase(
        "all-numbers",
        {"article.ar.md": article("1 2 3 4 5\n\n٦ ٧ ٨ ٩ ١٠\n\n3.14 2,000 30%\n\n2022-10-31\n")},
        "safe",
    ),
    InputCase(
        "punctuation-only",
        # no word to explain: refused like an empty article, with the line of the body
        {"article.ar.md": article("، ؛ ؟ « » “ ” ... !!!\n")},
        "error",
        ("the article has no text after the front matter",),
        line=5,
    ),
    InputCase(
        "translation-mismatch",
        {
            "article.ar.md": article("فقرة أولى.\n\nفقرة ثانية.\n\nفقرة ثالثة.\n"),
            "article.en.md": "---\ntitle: A headline\n---\n\nOne paragraph only.\n",
        },
        "error",  # the page builds without the English prose; the error names the translation
        ("the translation has 1 paragraphs but article.ar.md has 3",),
        builds=True,
        line=4,
        file="article.en.md",
    ),
    InputCase(
        "translation-hostile",
        {
            "article.ar.md": article("فقرة أولى.\n\nفقرة ثانية.\n"),
            "article.en.md": "---\ntitle: \"<script>alert('xss-tr')</script>\"\n---\n\n"
            "<img src=x onerror=alert('xss-tr2')>\n\n{{ 7*7 }} [x](javascript:alert(1))\n",
        },
        "safe",
    ),
    InputCase(
        "translation-is-folder",
        {"article.ar.md": article(), "article.en.md/inner.md": "x"},
        "error",
        ("this is a folder, not a file",),
        builds=True,
        file="article.en.md",
    ),
    InputCase(
        "translation-bad-utf8",
        {"article.ar.md": article(), "article.en.md": b"---\ntitle: x\n---\n\n\xff\n"},
        "error",
        ("not valid UTF-8",),
        builds=True,
        line=5,
        file="article.en.md",
    ),
    InputCase(
        "corrections-unknown-ids",
        {
            "article.ar.md": article(),
            "explainer.yml": "drop: [no-such-figure]\nfigures:\n  no-such-figure-2: {value: 3}\n"
            "actors:\n  no-such-actor:\n    name: {en: Nobody}\n",
        },
        "warning",
        ("no extracted fact has id 'no-such-figure'",),
        line=1,
        file="explainer.yml",
    ),
    InputCase(
        "corrections-hostile",
        {"article.ar.md": article(), "explainer.yml": "!!python/object/apply:os.system ['true']\n"},
        "error",  # a broken corrections file holds the article back (builder/correct decides)
        ("YAML tag", "not allowed"),
        line=1,
        file="explainer.yml",
    ),
]

NAMING = {
    "articles/names-the-person/article.ar.md": article(
        "قال المبعوث مراد الجبوري إن الوفد وصل إلى العاصمة.\n"
    )
}
"""An article naming the glossary's person: a bad field must not crash it."""


def _glossary_field(line: str) -> dict[str, str | bytes]:
    """A glossary whose one entry (line 2) has ``line`` as its third key (line 4)."""
    return {
        "glossary.yml": f"people:\n  - en: Murad Envoy\n    ar: [مراد الجبوري]\n    {line}\n",
        **NAMING,
    }


GLOSSARY_CASES = [
    InputCase(
        "glossary-conflict",
        {
            "glossary.yml": "people:\n  - en: Vladimir Putin\n    ar: [بوتين]\n"
            "  - en: Someone Else\n    ar: [بوتين]\n"
        },
        "error",
        (
            "'بوتين' is listed for both Vladimir Putin (line 2) and Someone Else",
            "first entry keeps it",
        ),
        line=4,
        file="glossary.yml",
        at="content",
    ),
    InputCase(
        "glossary-duplicate",
        {
            "glossary.yml": "people:\n  - en: Vladimir Putin\n    ar: [بوتين]\n"
            "  - en: Vladimir Putin\n    ar: [فلاديمير بوتين]\n"
        },
        "warning",
        ("Vladimir Putin is listed twice in 'people' (first on line 2)",),
        line=4,
        file="glossary.yml",
        at="content",
    ),
    InputCase(
        "glossary-bad-entry",
        {"glossary.yml": "people:\n  - {en: X}\n  - just text\nplaces: 5\npeeple: []\n"},
        "error",
        ("people entry 1 needs 'en'",),
        line=2,  # the entry's own line, not the section's
        file="glossary.yml",
        at="content",
    ),
    InputCase(
        "glossary-unknown-section",
        {"glossary.yml": "peeple:\n  - {en: X, ar: [س]}\n"},
        "warning",
        ("unknown glossary section 'peeple'", "did you mean 'people'?"),
        line=1,
        file="glossary.yml",
        at="content",
    ),
    InputCase(
        "glossary-alias-bomb",
        {"glossary.yml": "a: &a [x, x]\nb: [*a, *a]\n"},
        "error",
        ("aliases",),
        line=2,
        file="glossary.yml",
        at="content",
    ),
    InputCase(
        "glossary-not-yaml",
        {"glossary.yml": b"people: [\xff\n"},
        "error",
        ("not valid UTF-8",),
        line=1,
        file="glossary.yml",
        at="content",
    ),
    InputCase(
        "glossary-country-list",
        _glossary_field("country: [RU]"),
        "error",
        ("people entry 1 (Murad Envoy): 'country' must be a two-letter country code, not a list",),
        line=4,
        file="glossary.yml",
        at="content",
    ),
    InputCase(
        "glossary-country-unknown",
        _glossary_field("country: Russia"),
        "error",
        ("'country' must be a two-letter country code, not 'Russia'",),
        line=4,
        file="glossary.yml",
        at="content",
    ),
    InputCase("glossary-country-lower-case", _glossary_field("country: ru"), "safe", at="content"),
    InputCase(
        "glossary-role-list",
        _glossary_field("role: {en: [1, 2]}"),
        "error",
        ("'role.en' must be text, not a list",),
        line=4,
        file="glossary.yml",
        at="content",
    ),
    InputCase(
        "glossary-role-text",
        _glossary_field("role: Envoy"),
        "error",
        ("'role' must be a mapping of 'en' and 'ar' texts, not text",),
        line=4,
        file="glossary.yml",
        at="content",
    ),
    InputCase(
        "glossary-id-html",
        _glossary_field('id: "../../x <b>"'),
        "error",
        ("'id' must be a slug, not '../../x <b>'", "lower-case Latin letters"),
        line=4,
        file="glossary.yml",
        at="content",
    ),
    InputCase(
        "glossary-id-number",
        _glossary_field("id: 5"),
        "error",
        ("'id' must be a slug, not a number",),
        line=4,
        file="glossary.yml",
        at="content",
    ),
    InputCase("glossary-id-slug", _glossary_field("id: murad-envoy"), "safe", at="content"),
    InputCase(
        "glossary-note-list",
        _glossary_field("note: [a, b]"),
        "error",
        ("'note' must be text, not a list",),
        line=4,
        file="glossary.yml",
        at="content",
    ),
    InputCase(
        "glossary-entry-not-mapping",
        {"glossary.yml": "people:\n  - {en: A, ar: [أ]}\n  - just text\n"},
        "error",
        ("people entry 2 must be a mapping with 'en' and 'ar', not text",),
        line=3,
        file="glossary.yml",
        at="content",
    ),
    InputCase(
        "glossary-hostile-names",
        {
            "glossary.yml": "people:\n  - en: \"<script>alert('xss-g')</script> Putin\"\n"
            '    ar: [بوتين]\n    role: {en: "<img src=x onerror=alert(1)>", ar: "{{ 7*7 }}"}\n'
        },
        "safe",
        at="content",
        file="glossary.yml",
    ),
]


def _added_figure(value: str) -> dict[str, str | bytes]:
    """An article and an explainer.yml adding one figure whose ``value`` (line 5) is given."""
    return {
        "article.ar.md": article(BODY),
        "explainer.yml": 'add:\n  figures:\n    - quote: "30 جنديا"\n'
        "      label: {en: soldiers killed, ar: جنديا قتلوا}\n"
        f"      value: {value}\n",
    }


NUMBER_CASES = [
    # Long runs of digits in the text are codes, not figures: the article builds.
    InputCase(
        "digits-26", {"article.ar.md": article("قتل 12345678901234567890123456 شخصا.\n")}, "safe"
    ),
    InputCase(
        "digits-400", {"article.ar.md": article("بلغ العدد " + "9" * 400 + " جنديا.\n")}, "safe"
    ),
    InputCase(
        "digits-scaled",  # digits times a scale word, past any real figure
        {"article.ar.md": article("رصد 999999999999999999 مليار دولار.\n")},
        "safe",
    ),
    InputCase(
        "digits-many-large",
        {"article.ar.md": article(" و".join(f"{10**15 + n} قتيلا" for n in range(200)) + ".\n")},
        "safe",
    ),
    # In corrections: refused with the file and the line of the value.
    InputCase(
        "value-huge",
        _added_figure("1" + "0" * 400),
        "error",
        ("'value' is too large for a figure", "401 digits"),
        line=5,
        file="explainer.yml",
    ),
    InputCase(
        "value-27-digits",
        _added_figure("1" + "0" * 26),
        "error",
        ("'value' is too large for a figure",),
        line=5,
        file="explainer.yml",
    ),
    InputCase(
        "value-inf",
        _added_figure(".inf"),
        "error",
        ("'value' must be a finite number, not inf",),
        line=5,
        file="explainer.yml",
    ),
    InputCase(
        "value-nan",
        _added_figure(".nan"),
        "error",
        ("'value' must be a finite number, not nan",),
        line=5,
        file="explainer.yml",
    ),
    InputCase(
        "value-negative",
        _added_figure("-5"),
        "error",
        ("'value' cannot be negative (-5)",),
        line=5,
        file="explainer.yml",
    ),
    InputCase(
        "value-exponent",
        _added_figure("1e400"),
        "error",
        ("'value' must be a number or null, not text ('1e400')", "plain digits"),
        line=5,
        file="explainer.yml",
    ),
    InputCase(
        "value-python-power",
        _added_figure("10**400"),
        "error",
        ("'value' must be a number or null, not text ('10**400')",),
        line=5,
        file="explainer.yml",
    ),
    InputCase("value-large-but-real", _added_figure("6500000000000"), "safe"),
]
