"""Articles for the benchmark: the shared corpus, or synthetic Arabic articles from a seed."""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Item:
    slug: str
    title: str
    published: date
    text: str

    def article_file(self) -> str:
        """``article.ar.md``: front matter (title, published) and the body as pasted."""
        # JSON strings are valid YAML double-quoted scalars: quotes and colons stay safe.
        title = json.dumps(" ".join(self.title.split()), ensure_ascii=False)
        return f"---\ntitle: {title}\npublished: {self.published.isoformat()}\n---\n\n{self.text}\n"


def _slug(raw: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", raw.lower()).strip("-")[:80].strip("-")
    return slug or "article"


def _published(raw: str) -> date:
    try:
        return parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError):
        try:
            return date.fromisoformat(raw[:10])
        except ValueError:
            return date(2018, 1, 1)


def corpus_items(path: Path) -> list[Item]:
    items: list[Item] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as fp:
        for number, line in enumerate(fp):
            if not line.strip():
                continue
            row = json.loads(line)
            slug = _slug(str(row.get("id") or f"article-{number}"))
            while slug in seen:
                slug = f"{slug}-x"
            seen.add(slug)
            items.append(
                Item(
                    slug, str(row["title"]), _published(str(row.get("published", ""))), row["text"]
                )
            )
    return items


# Synthetic articles: enough structure (titles, names, places, mediation, figures, dates) to
# exercise every extraction stage; not real news.
_ACTORS = [
    "الرئيس الروسي فلاديمير بوتين",
    "الرئيس الفرنسي إيمانويل ماكرون",
    "رئيس الوزراء الأرميني نيكول باشينيان",
    "الرئيس الأذربيجاني إلهام علييف",
    "الرئيس التركي رجب طيب أردوغان",
    "رئيس المجلس الأوروبي تشارلز ميشيل",
]
_COUNTRIES = ["روسيا", "فرنسا", "تركيا", "أرمينيا", "أذربيجان", "مصر", "قطر", "الأردن"]
_PLACES = ["سوتشي", "بروكسل", "براغ", "القاهرة", "الدوحة", "عمّان", "جنيف"]
_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أكتوبر"]
_UNITS = ["قتيلاً", "جريحاً", "نازح", "مليون دولار", "شاحنة مساعدات", "معتقلاً"]


def synthetic_items(n: int, seed: int) -> list[Item]:
    rng = random.Random(seed)
    items = []
    start = date(2018, 2, 1)
    for i in range(n):
        a, b = rng.sample(_COUNTRIES, 2)
        mediator = rng.choice(_ACTORS)
        place = rng.choice(_PLACES)
        title = f"بوساطة {rng.choice(_COUNTRIES)} تتفق {a} و{b} على استئناف المحادثات في {place}"
        paragraphs = [title]
        for _ in range(rng.randint(6, 12)):
            kind = rng.randrange(4)
            if kind == 0:
                paragraphs.append(
                    f"اتفقت {a} و{b} يوم الاثنين على حل الخلافات بالطرق السلمية، في بيان مشترك "
                    f"بعد محادثات بوساطة {rng.choice(_COUNTRIES)} استضافتها {place}."
                )
            elif kind == 1:
                paragraphs.append(
                    f"وقال {mediator} إن الاشتباكات خلفت {rng.randint(12, 980)} "
                    f"{rng.choice(_UNITS)} منذ {rng.randint(1, 28)} {rng.choice(_MONTHS)} "
                    f"{rng.choice([2016, 2017, 2018])}."
                )
            elif kind == 2:
                paragraphs.append(
                    f"وأضاف أن {rng.randint(2, 40)} في المئة من السكان في {place} "
                    f"يحتاجون إلى المساعدة، وأن {rng.randint(100, 9000)} {rng.choice(_UNITS)} "
                    "وصلوا خلال الأسبوع الماضي."
                )
            else:
                paragraphs.append(
                    f"والتقى {mediator} بنظيره من {b} في {place}، حيث ناقشا الاتفاقات التي "
                    "تم التوصل إليها العام الماضي وإجراءات إضافية لتحسين الاستقرار والأمن."
                )
        published = start + timedelta(days=rng.randrange(240))
        items.append(Item(f"synthetic-{i:05d}", title, published, "\n\n".join(paragraphs)))
    return items


def load_items(n: int, corpus: Path, seed: int = 20181031) -> tuple[list[Item], dict[str, Any]]:
    """``n`` articles and where they came from. The corpus is cycled when ``n`` exceeds it."""
    if corpus.is_file():
        base = corpus_items(corpus)
        info: dict[str, Any] = {"kind": "corpus", "path": str(corpus), "available": len(base)}
    else:
        base = synthetic_items(max(n, 1), seed)
        info = {
            "kind": "synthetic",
            "path": str(corpus),
            "seed": seed,
            "note": f"corpus not found at {corpus}; synthetic Arabic articles from seed {seed}",
        }
    items = base[:n]
    cycle = 1
    while len(items) < n and base:
        cycle += 1
        items.extend(
            Item(f"{it.slug[:76]}-r{cycle}", it.title, it.published, it.text)
            for it in base[: n - len(items)]
        )
    if len(items) > len(base):
        info["cycled"] = True
    return items, info
