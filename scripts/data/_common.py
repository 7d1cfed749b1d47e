"""Shared helpers for the data conversion scripts in scripts/data/ (standard library only).

norm(): the letter-level Arabic normalisation the matcher uses (diacritics, tatweel, alef and
hamza forms, ى, ة and Persian letters folded), for comparing surface forms.
slug(): an ascii id from an English name.
office(): "President of Turkey 2014-" -> {en, ar, from, to}; the Arabic title is filled in for
common patterns ("رئيس تركيا") and left out otherwise.
"""

from __future__ import annotations

import re
import unicodedata

EN2 = {
    "the United States": ("US", "الولايات المتحدة"),
    "the United Kingdom": ("GB", "بريطانيا"),
    "Russia": ("RU", "روسيا"),
    "China": ("CN", "الصين"),
    "France": ("FR", "فرنسا"),
    "Germany": ("DE", "ألمانيا"),
    "Italy": ("IT", "إيطاليا"),
    "Spain": ("ES", "إسبانيا"),
    "Portugal": ("PT", "البرتغال"),
    "Turkey": ("TR", "تركيا"),
    "Iran": ("IR", "إيران"),
    "Iraq": ("IQ", "العراق"),
    "Syria": ("SY", "سوريا"),
    "Lebanon": ("LB", "لبنان"),
    "Jordan": ("JO", "الأردن"),
    "Israel": ("IL", "إسرائيل"),
    "Egypt": ("EG", "مصر"),
    "Saudi Arabia": ("SA", "السعودية"),
    "the United Arab Emirates": ("AE", "الإمارات"),
    "Qatar": ("QA", "قطر"),
    "Kuwait": ("KW", "الكويت"),
    "Bahrain": ("BH", "البحرين"),
    "Oman": ("OM", "سلطنة عمان"),
    "Yemen": ("YE", "اليمن"),
    "Libya": ("LY", "ليبيا"),
    "Tunisia": ("TN", "تونس"),
    "Algeria": ("DZ", "الجزائر"),
    "Morocco": ("MA", "المغرب"),
    "Mauritania": ("MR", "موريتانيا"),
    "Sudan": ("SD", "السودان"),
    "South Sudan": ("SS", "جنوب السودان"),
    "Ethiopia": ("ET", "إثيوبيا"),
    "Eritrea": ("ER", "إريتريا"),
    "Somalia": ("SO", "الصومال"),
    "Djibouti": ("DJ", "جيبوتي"),
    "Kenya": ("KE", "كينيا"),
    "Uganda": ("UG", "أوغندا"),
    "Rwanda": ("RW", "رواندا"),
    "Tanzania": ("TZ", "تنزانيا"),
    "Chad": ("TD", "تشاد"),
    "Niger": ("NE", "النيجر"),
    "Nigeria": ("NG", "نيجيريا"),
    "Mali": ("ML", "مالي"),
    "Senegal": ("SN", "السنغال"),
    "South Africa": ("ZA", "جنوب أفريقيا"),
    "Zimbabwe": ("ZW", "زيمبابوي"),
    "Japan": ("JP", "اليابان"),
    "India": ("IN", "الهند"),
    "Pakistan": ("PK", "باكستان"),
    "Afghanistan": ("AF", "أفغانستان"),
    "South Korea": ("KR", "كوريا الجنوبية"),
    "North Korea": ("KP", "كوريا الشمالية"),
    "Ukraine": ("UA", "أوكرانيا"),
    "Poland": ("PL", "بولندا"),
    "Greece": ("GR", "اليونان"),
    "Cyprus": ("CY", "قبرص"),
    "Austria": ("AT", "النمسا"),
    "Hungary": ("HU", "المجر"),
    "Belgium": ("BE", "بلجيكا"),
    "the Netherlands": ("NL", "هولندا"),
    "Sweden": ("SE", "السويد"),
    "Norway": ("NO", "النرويج"),
    "Denmark": ("DK", "الدنمارك"),
    "Finland": ("FI", "فنلندا"),
    "Canada": ("CA", "كندا"),
    "Brazil": ("BR", "البرازيل"),
    "Argentina": ("AR", "الأرجنتين"),
    "Mexico": ("MX", "المكسيك"),
    "Venezuela": ("VE", "فنزويلا"),
    "Cuba": ("CU", "كوبا"),
    "Australia": ("AU", "أستراليا"),
    "Indonesia": ("ID", "إندونيسيا"),
    "Malaysia": ("MY", "ماليزيا"),
    "Bangladesh": ("BD", "بنغلاديش"),
    "Azerbaijan": ("AZ", "أذربيجان"),
    "Armenia": ("AM", "أرمينيا"),
    "Kazakhstan": ("KZ", "كازاخستان"),
    "Uzbekistan": ("UZ", "أوزبكستان"),
    "Belarus": ("BY", "بيلاروسيا"),
    "Georgia": ("GE", "جورجيا"),
    "Chile": ("CL", "تشيلي"),
    "Colombia": ("CO", "كولومبيا"),
    "Ireland": ("IE", "أيرلندا"),
    "Switzerland": ("CH", "سويسرا"),
    "Serbia": ("RS", "صربيا"),
    "the Philippines": ("PH", "الفلبين"),
    "Singapore": ("SG", "سنغافورة"),
    "Thailand": ("TH", "تايلاند"),
    "Taiwan": ("TW", "تايوان"),
    "Sri Lanka": ("LK", "سريلانكا"),
    "Ghana": ("GH", "غانا"),
    "Liberia": ("LR", "ليبيريا"),
    "Cameroon": ("CM", "الكاميرون"),
    "Gabon": ("GA", "الغابون"),
    "Guinea": ("GN", "غينيا"),
    "Burkina Faso": ("BF", "بوركينا فاسو"),
    "Ivory Coast": ("CI", "ساحل العاج"),
    "Angola": ("AO", "أنغولا"),
    "Namibia": ("NA", "ناميبيا"),
    "Mozambique": ("MZ", "موزمبيق"),
    "Madagascar": ("MG", "مدغشقر"),
    "Burundi": ("BI", "بوروندي"),
    "the Comoros": ("KM", "جزر القمر"),
    "DR Congo": ("CD", "الكونغو الديمقراطية"),
    "Bolivia": ("BO", "بوليفيا"),
    "Nicaragua": ("NI", "نيكاراغوا"),
    "El Salvador": ("SV", "السلفادور"),
    "Estonia": ("EE", "إستونيا"),
    "Kyrgyzstan": ("KG", "قرغيزستان"),
    "Tajikistan": ("TJ", "طاجيكستان"),
    "Turkmenistan": ("TM", "تركمانستان"),
    "Cambodia": ("KH", "كمبوديا"),
    "Myanmar": ("MM", "ميانمار"),
    "New Zealand": ("NZ", "نيوزيلندا"),
    "Luxembourg": ("LU", "لوكسمبورغ"),
    "Malta": ("MT", "مالطا"),
    "Croatia": ("HR", "كرواتيا"),
    "Slovenia": ("SI", "سلوفينيا"),
    "Bulgaria": ("BG", "بلغاريا"),
    "Romania": ("RO", "رومانيا"),
    "Czech Republic": ("CZ", "التشيك"),
    "Slovakia": ("SK", "سلوفاكيا"),
    "Lithuania": ("LT", "ليتوانيا"),
    "Latvia": ("LV", "لاتفيا"),
    "Albania": ("AL", "ألبانيا"),
    "Kosovo": ("XK", "كوسوفو"),
    "Peru": ("PE", "بيرو"),
    "Ecuador": ("EC", "الإكوادور"),
    "Uruguay": ("UY", "الأوروغواي"),
    "Paraguay": ("PY", "باراغواي"),
    "Vietnam": ("VN", "فيتنام"),
    "Nepal": ("NP", "نيبال"),
    "the Maldives": ("MV", "جزر المالديف"),
    "Brunei": ("BN", "بروناي"),
    "Mongolia": ("MN", "منغوليا"),
    "Iceland": ("IS", "آيسلندا"),
    "Zambia": ("ZM", "زامبيا"),
    "Malawi": ("MW", "مالاوي"),
    "Botswana": ("BW", "بوتسوانا"),
    "Sierra Leone": ("SL", "سيراليون"),
    "Togo": ("TG", "توغو"),
    "Benin": ("BJ", "بنين"),
    "the Central African Republic": ("CF", "جمهورية أفريقيا الوسطى"),
    "the Republic of the Congo": ("CG", "الكونغو"),
    "Equatorial Guinea": ("GQ", "غينيا الاستوائية"),
    "the Gambia": ("GM", "غامبيا"),
    "Guinea-Bissau": ("GW", "غينيا بيساو"),
    "Cape Verde": ("CV", "الرأس الأخضر"),
    "Seychelles": ("SC", "سيشل"),
    "Mauritius": ("MU", "موريشيوس"),
    "Palestine": ("PS", "فلسطين"),
    "the State of Palestine": ("PS", "دولة فلسطين"),
    "the Palestinian Authority": ("PS", "السلطة الفلسطينية"),
    "the Kurdistan Region": ("IQ", "إقليم كردستان"),
}
PAT = [
    (r"President of (.+)", "رئيس {}", "رئيسة {}"),
    (r"Prime Minister of (.+)", "رئيس وزراء {}", "رئيسة وزراء {}"),
    (r"Vice President of (.+)", "نائب رئيس {}", "نائبة رئيس {}"),
    (r"First Vice President of (.+)", "النائب الأول لرئيس {}", "النائبة الأولى لرئيس {}"),
    (r"Deputy Prime Minister of (.+)", "نائب رئيس وزراء {}", "نائبة رئيس وزراء {}"),
    (r"Foreign Minister of (.+)", "وزير خارجية {}", "وزيرة خارجية {}"),
    (r"Defence Minister of (.+)", "وزير دفاع {}", "وزيرة دفاع {}"),
    (r"Interior Minister of (.+)", "وزير داخلية {}", "وزيرة داخلية {}"),
    (r"Finance Minister of (.+)", "وزير مالية {}", "وزيرة مالية {}"),
    (r"Oil Minister of (.+)", "وزير نفط {}", "وزيرة نفط {}"),
    (r"Energy Minister of (.+)", "وزير طاقة {}", "وزيرة طاقة {}"),
    (r"Justice Minister of (.+)", "وزير عدل {}", "وزيرة عدل {}"),
    (r"King of (.+)", "ملك {}", None),
    (r"Queen of (.+)", None, "ملكة {}"),
    (r"Emir of (.+)", "أمير {}", None),
    (r"Sultan of (.+)", "سلطان {}", None),
    (r"Crown Prince of (.+)", "ولي عهد {}", None),
    (r"Chancellor of (.+)", "مستشار {}", "مستشارة {}"),
    (r"Chancellor of Austria", "مستشار النمسا", None),
    (r"Supreme Leader of (.+)", "المرشد الأعلى في {}", None),
    (r"Speaker of the Parliament of (.+)", "رئيس برلمان {}", "رئيسة برلمان {}"),
]
FIXED = {
    "UN Secretary-General": ("الأمين العام للأمم المتحدة", "الأمينة العامة للأمم المتحدة"),
    "Secretary-General of the Arab League": ("الأمين العام لجامعة الدول العربية", None),
    "Secretary General of NATO": ("الأمين العام لحلف شمال الأطلسي", None),
    "Secretary-General of the Gulf Cooperation Council": (
        "الأمين العام لمجلس التعاون الخليجي",
        None,
    ),
    "Secretary-General of the Organisation of Islamic Cooperation": (
        "الأمين العام لمنظمة التعاون الإسلامي",
        None,
    ),
    "Chairperson of the African Union Commission": (
        "رئيس مفوضية الاتحاد الأفريقي",
        "رئيسة مفوضية الاتحاد الأفريقي",
    ),
    "US Secretary of State": ("وزير الخارجية الأمريكي", "وزيرة الخارجية الأمريكية"),
    "US Secretary of Defense": ("وزير الدفاع الأمريكي", "وزيرة الدفاع الأمريكية"),
    "US National Security Advisor": (
        "مستشار الأمن القومي الأمريكي",
        "مستشارة الأمن القومي الأمريكي",
    ),
    "US Ambassador to the United Nations": (
        "المندوب الأمريكي لدى الأمم المتحدة",
        "المندوبة الأمريكية لدى الأمم المتحدة",
    ),
    "Director of the CIA": (
        "مدير وكالة المخابرات المركزية الأمريكية",
        "مديرة وكالة المخابرات المركزية الأمريكية",
    ),
    "Foreign Secretary of the United Kingdom": (
        "وزير الخارجية البريطاني",
        "وزيرة الخارجية البريطانية",
    ),
    "Defence Secretary of the United Kingdom": ("وزير الدفاع البريطاني", "وزيرة الدفاع البريطانية"),
    "Home Secretary of the United Kingdom": (
        "وزير الداخلية البريطاني",
        "وزيرة الداخلية البريطانية",
    ),
    "UN Special Envoy for Syria": ("المبعوث الأممي إلى سوريا", None),
    "UN Special Envoy for Yemen": ("المبعوث الأممي إلى اليمن", None),
    "UN Special Representative for Libya": (
        "المبعوث الأممي إلى ليبيا",
        "المبعوثة الأممية إلى ليبيا",
    ),
    "UN Special Representative for Iraq": (
        "ممثل الأمين العام للأمم المتحدة في العراق",
        "ممثلة الأمين العام للأمم المتحدة في العراق",
    ),
    "Personal Envoy of the UN Secretary-General for Western Sahara": (
        "المبعوث الشخصي للأمين العام للأمم المتحدة إلى الصحراء الغربية",
        None,
    ),
    "UN High Commissioner for Human Rights": (
        "المفوض السامي لحقوق الإنسان",
        "المفوضة السامية لحقوق الإنسان",
    ),
    "UN High Commissioner for Refugees": (
        "المفوض السامي لشؤون اللاجئين",
        "المفوضة السامية لشؤون اللاجئين",
    ),
    "UNRWA Commissioner-General": ("المفوض العام للأونروا", "المفوضة العامة للأونروا"),
    "Director-General of the World Health Organization": (
        "المدير العام لمنظمة الصحة العالمية",
        "المديرة العامة لمنظمة الصحة العالمية",
    ),
    "Director General of the IAEA": ("المدير العام للوكالة الدولية للطاقة الذرية", None),
    "Secretary-General of Hezbollah": ("الأمين العام لحزب الله", None),
    "Head of the Hamas Political Bureau": ("رئيس المكتب السياسي لحركة حماس", None),
    "Commander of the Quds Force": ("قائد فيلق القدس", None),
    "Commander-in-Chief of the Islamic Revolutionary Guard Corps": (
        "القائد العام للحرس الثوري الإيراني",
        None,
    ),
    "Leader of the Houthi movement": ("زعيم جماعة الحوثي", None),
    "Leader of the Islamic State": ("زعيم تنظيم الدولة الإسلامية", None),
    "Leader of al-Qaeda": ("زعيم تنظيم القاعدة", None),
    "Commander of the Libyan National Army": ("قائد الجيش الوطني الليبي", None),
    "Commander of the Rapid Support Forces": ("قائد قوات الدعم السريع", None),
    "Chairman of the Sovereignty Council of Sudan": ("رئيس مجلس السيادة السوداني", None),
    "Chairman of the Presidential Leadership Council of Yemen": (
        "رئيس مجلس القيادة الرئاسي اليمني",
        None,
    ),
    "Chairman of the Presidential Council of Libya": ("رئيس المجلس الرئاسي الليبي", None),
    "President of the Kurdistan Region": ("رئيس إقليم كردستان العراق", None),
    "Prime Minister of the Kurdistan Region": ("رئيس حكومة إقليم كردستان العراق", None),
    "President of the European Commission": ("رئيس المفوضية الأوروبية", "رئيسة المفوضية الأوروبية"),
    "President of the European Council": ("رئيس المجلس الأوروبي", None),
    "EU High Representative for Foreign Affairs": (
        "الممثل الأعلى للسياسة الخارجية في الاتحاد الأوروبي",
        "الممثلة العليا للسياسة الخارجية في الاتحاد الأوروبي",
    ),
    "Sultan of Oman": ("سلطان عمان", None),
    "Pope": ("بابا الفاتيكان", None),
}
_D = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_L = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ی": "ي",
        "ک": "ك",
        "پ": "ب",
        "گ": "ك",
        "چ": "ج",
        "ژ": "ز",
        "ڤ": "ف",
    }
)


def norm(s: str) -> str:
    return " ".join(_D.sub("", unicodedata.normalize("NFKC", s)).translate(_L).split())


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def office(text: str, fem: bool = False) -> dict:
    m = re.fullmatch(r"(.*?)\s+(\d{4})?(-)?(\d{4})?", text.strip())
    d = {}
    title = text.strip()
    if m and (m.group(2) or m.group(4)):
        title = m.group(1)
        if m.group(2):
            d["from"] = int(m.group(2))
        if m.group(4):
            d["to"] = int(m.group(4))
        elif not m.group(3) and m.group(2):
            d["to"] = int(m.group(2))
    ar = None
    if title in FIXED:
        ar = FIXED[title][1 if fem and FIXED[title][1] else 0]
    else:
        for pat, male, female in PAT:
            mm = re.fullmatch(pat, title)
            if mm:
                if mm.groups():
                    c = EN2.get(mm.group(1))
                    if not c:
                        continue
                    tmpl = female if fem and female else male
                    if tmpl:
                        ar = tmpl.format(c[1])
                else:
                    ar = female if fem and female else male
                break
    out = {"en": title}
    if ar:
        out["ar"] = ar
    out.update(d)
    return out


def variants(form: str) -> list[str]:
    """The form, plus its عبد ال / عبدال twin (the matcher does not fold that space)."""
    out = [form]
    if "عبد ال" in form:
        out.append(form.replace("عبد ال", "عبدال"))
    elif "عبدال" in form:
        out.append(form.replace("عبدال", "عبد ال"))
    return out


ARABIC_WORD = re.compile(
    r"^[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u0660-\u0669 .'\-\u064b-\u0652\u0670\u0640]+$"
)


def is_arabic(form: str) -> bool:
    """Arabic letters (and spaces, dots, hyphens) only."""
    return bool(ARABIC_WORD.match(form)) and any("\u0621" <= c <= "\u064a" for c in form)


def is_latin(text: str) -> bool:
    """Latin script (ASCII letters, Latin-1 and Latin Extended letters, punctuation)."""
    return all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in text) and any(
        c.isalpha() for c in text
    )


# --- English/Arabic spelling agreement ------------------------------------------------
# A coarse consonant skeleton of both spellings (b/p, f/v, t/th, d/dh, s/z/j/sh/ch, k/q/g/kh/gh,
# l, m, n, r; vowels and h/w/y/ʿ dropped). Two spellings of one name share most of it
# ("Kandahar" / "قندهار" -> KNDR / KNDR); a mismatched pair ("Baraki" / "أرمري") does not.
_EN_DIGRAPHS = [
    ("sch", "S"),
    ("sh", "S"),
    ("ch", "S"),
    ("dj", "S"),
    ("zh", "S"),
    ("ts", "S"),
    ("tz", "S"),
    ("kh", "K"),
    ("gh", "K"),
    ("qu", "K"),
    ("ck", "K"),
    ("th", "T"),
    ("dh", "D"),
    ("ph", "F"),
    ("x", "KS"),
]
_EN = {
    "b": "P",
    "p": "P",
    "f": "F",
    "v": "F",
    "w": "",
    "m": "M",
    "n": "N",
    "l": "L",
    "r": "R",
    "t": "T",
    "d": "D",
    "s": "S",
    "z": "S",
    "j": "S",
    "k": "K",
    "q": "K",
    "g": "K",
    "c": "K",
}
_AR = {
    "ب": "P",
    "پ": "P",
    "ف": "F",
    "ڤ": "F",
    "م": "M",
    "ن": "N",
    "ل": "L",
    "ر": "R",
    "ت": "T",
    "ط": "T",
    "ث": "T",
    "د": "D",
    "ض": "D",
    "ذ": "D",
    "ظ": "D",
    "س": "S",
    "ص": "S",
    "ز": "S",
    "ش": "S",
    "ج": "S",
    "ژ": "S",
    "چ": "S",
    "ك": "K",
    "ق": "K",
    "غ": "K",
    "خ": "K",
    "گ": "K",
}
_EN_ARTICLE = re.compile(r"\b(al|el|ad|ar|as|ash|at|az|an|ath|adh|ez|es|et|er|ed|en)[- ]")


_GENERIC_EN = re.compile(r"\b(city|town|municipality|province|governorate|district|region)\b")
_GENERIC_AR = {"مدينه", "محافظه", "ولايه", "مقاطعه", "اقليم", "منطقه", "بلديه", "قضاء", "مديريه"}


def skeleton_en(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = _GENERIC_EN.sub(" ", s)
    s = _EN_ARTICLE.sub(" ", " " + s)
    s = re.sub(r"c(?=[eiy])", "s", s)
    for a, b in _EN_DIGRAPHS:
        s = s.replace(a, b.lower())
    out = "".join(_EN.get(ch, "") for ch in s)
    return re.sub(r"(.)\1+", r"\1", out)


def skeleton_ar(name: str) -> str:
    words = [
        w[2:] if w.startswith("ال") and len(w) > 3 else w
        for w in norm(name).split()
        if w not in _GENERIC_AR
    ]
    s = " ".join(words).replace("تش", "ش")
    out = "".join(_AR.get(ch, "") for ch in s)
    return re.sub(r"(.)\1+", r"\1", out)


def spelling_agrees(en: str, ar: str, threshold: float = 0.5) -> bool:
    """True when the English and Arabic spellings plausibly write the same name."""
    import difflib

    a, b = skeleton_en(en), skeleton_ar(ar)
    if not a or not b:
        return True
    return difflib.SequenceMatcher(None, a, b).ratio() >= threshold


# --- English place names in news style ------------------------------------------------
_GEONAMES_ARTICLE = re.compile(r"\b(Al|Ad|An|Ar|As|Ash|At|Az|Adh|Ath|Aj|El)\s+(?=[A-Z`'])")
_AYN = re.compile(r"[`'ʿʻʼ’‘]")


def news_name(name: str) -> str:
    """GeoNames-style romanisation as English news writes it: the ʿayn/hamza marks go and the
    (assimilated) article becomes "Al-" ("Al `Amarah" -> "Al-Amarah", "An Nabk" -> "Al-Nabk")."""
    name = " ".join(name.split())
    name = _GEONAMES_ARTICLE.sub(lambda m: "El-" if m.group(1) == "El" else "Al-", name)
    name = _AYN.sub("", name)
    name = re.sub(r"\bal\s+(?=[A-Z])", "al-", name)
    return name.strip(" -")


def core_name(name: str) -> str:
    """Lower-case ascii name without the article, for matching one place across sources."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = _AYN.sub("", s)
    s = re.sub(r"\b(al|el|ad|an|ar|as|ash|at|az|adh|ath)[- ]", "", s)
    return re.sub(r"[^a-z0-9]+", "", s)
