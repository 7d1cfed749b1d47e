"""English spellings of names no gazetteer knows (builder.text.names.english_name): the
forms English news uses, so that a reader can say them and a search finds them."""

from __future__ import annotations

import pytest

from builder.text.names import english_name, english_quoted_name


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("كريم سمواري", "Karim Samwari"),  # و before a long a is the consonant w
        ("شيروان بدوان", "Shirwan Badwan"),
        ("الحوثي", "Al-Houthi"),  # …and between consonants the vowel ou
        ("غابي ميسكيل", "Gabi Miskil"),
        ("عبد الفتاح السيسي", "Abdel Fattah el-Sisi"),  # learned from the people gazetteer
        ("حسن نصر الله", "Hassan Nasrallah"),  # X الله is one name
        ("نجيب الله سروري", "Najibullah Sururi"),  # a CaCiC noun with الله takes -ullah
        ("رحمة الله", "Rahmatullah"),  # …so does one in ة, its t heard
        ("خير الله", "Khairallah"),  # others -allah, the first word spelt as a name part
        ("أنجيلو روسوني", "Angelo Rosoni"),  # a foreign first name: the rest spelt with o
        ("مارتن #سميث", "Martin Smith"),  # a hashtag inside a name: its mark is no letter
        ("أندرسون بيدرو غومس", "Anderson Pedro Gomes"),  # a European last syllable takes e
        ("ماثيو تولر", "Matthew Toler"),
        ("جون والش", "John Walsh"),  # …but no vowel splits a closing pair of consonants
        ("ديفيد ريفيرا", "David Rivera"),  # ف between long vowels of a foreign name is v
        ("كريستيان شتراخه", "Christian Shtrakhe"),  # a final ه after a consonant is e
        ("ماريا لوريو", "Maria Lorio"),  # a final و after a long vowel is o
        ("جون هوبكينز", "John Hobkins"),  # a final ز after a consonant is s
        ("بيتر أوسمار", "Peter Osmar"),  # an opening او is o
        ("حسن البنائي", "Hassan al-Banai"),  # ائي ending a name is ai, not aiy
        ("محمد العتيبي", "Mohammed al-Otaibi"),  # a Gulf family name as news spells it
        ("محمد الكايد", "Mohammed al-Kayed"),  # CايC: the ي seats a hamza, Kayed not Kayd
        ("بيتر كلارينغ", "Peter Claring"),  # an opening كل is cl
        ("بيتر إيرفيد", "Peter Irfid"),  # an opening اي is i
        ("ديفيد شميدت", "David Shmidt"),  # a foreign name: s/sh opens a cluster, no a closes it
        ("غريغوري يافلينسكي", "Grigory Yavlinsky"),  # a Slavic surname: ف before a consonant is v
        ("غابي ماريني", "Gabi Marini"),
        ("مامادو مانغاني", "Mamadu Mangani"),  # نغ before a long vowel is ng, not ngh
        ("حسن روحاني", "Hassan Rouhani"),  # an Arabic part keeps the Arabic reading
        ("سمير أبو ظافر", "Samir Abu Zafer"),  # CāCiC, the active participle, is spelt with e
        ("عادل عبدالرحمن", "Adel Abdel Rahman"),  # the joined form spelt as the spaced one
        ("لورا بيانكي", "Laura Bianchi"),  # a word Wikidata's labels of people spell
        ("سامي كيرانغ", "Sami Kirang"),  # a final ng after a long vowel, no vowel inside it
        ("تيبيساي لوسينا", "Tibisay Lucena"),
        ("محمد الدمياطى", "Mohammed al-Damiati"),  # ى for a family name's final ي (Egypt)
        ("كارلوس الرابع", "Carlos IV"),  # a regnal ordinal is a Roman number
    ],
)
def test_english_name(arabic: str, english: str) -> None:
    assert english_name(arabic, person=True) == english


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("الاستقامة", "Al-Istiqama"),  # استفعال: the vowels its pattern puts in
        ("الاحتلال", "Al-Ihtilal"),  # افتعال
        ("الاتحاد", "Al-Ittihad"),  # افتعال of a root opening with و: the t doubled
        ("التعاون", "Al-Taawun"),  # تفاعل, ع heard as a vowel
        ("المقاومة", "Al-Muqawama"),  # مفاعلة
        ("المستقبل", "Al-Mustaqbal"),  # مستفعل
        ("الشعب", "Al-Shaab"),  # ع after the first consonant before another: doubled a
        ("السعادة", "Al-Saada"),  # …and before ا
        ("اليمين", "Al-Yamin"),  # a word opening with ي and a consonant takes a
        ("الزعيم", "Al-Zaim"),  # ع then ي inside a word is heard ai
        ("بونعيم", "Bounaim"),
        ("الطويل", "Al-Tawil"),  # وي between consonants of a short word is heard awi
    ],
)
def test_word_patterns_put_back_short_vowels(arabic: str, english: str) -> None:
    assert english_name(arabic) == english


def test_noun_patterns_leave_names_alone() -> None:
    """A name that looks like a noun of a pattern is not read by it (منتصر is no مؤتمر), and
    in a name و and ي of a pattern's root are vowels (اتيان is no اتحاد)."""
    assert english_name("منتصر", person=True) != "Muntasar"
    assert not english_name("اتيان", person=True).startswith("Itti")
    assert english_name("انتصار", person=True) == "Intisar"  # a pattern names take too


def test_foreign_spelling_is_for_people_only() -> None:
    """A headline's words are no foreign name though they open with one (slugs, labels)."""
    assert english_name("بوتين يلتقي") == "Putin Yaltqi"
    # …and the spellings of people's labels are not a place's (بيانكي is Bianchi in a name)
    assert english_name("بيانكي") == "Bianki"


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("نيوز آند أوبزرفر", "News and Observer"),  # English words of names as English writes them
        ("ذا صن", "The Sun"),  # a function word opening the name is capitalised
        ("يونايت ذا رايت", "Unite the Right"),  # a movement's name in English words
        ("ستوب ذا وور", "Stop the War"),
        ("بوليتكو", "Bolitko"),  # no Arabic word: the European reading (o, not ou)
        ("آيه.بي.سي تي في", "ABC TV"),  # dots join one abbreviation's letters
        ("تي في 4", "TV4"),  # a channel's number after its letters
        ("النصر", "Al-Nasr"),  # an Arabic name is spelt as any other
        ("خمسة نجوم", "Khamsa Najoum"),  # ة marks an Arabic word
        ("اعتدال", "Itidal"),  # …and so does a pattern (افتعال)
    ],
)
def test_quoted_names_of_outlets_and_bodies(arabic: str, english: str) -> None:
    """صحيفة "نيوز آند أوبزرفر": the quoted name of an outlet or a body is often a foreign
    one; a reader should see News and Observer, not Niwz And Awbzrfar."""
    assert english_quoted_name(arabic) == english


def test_abd_before_an_unlisted_name_with_the_article_reads_abdel() -> None:
    """عبد الماجد as the listed compounds are written (Abdel Karim), not "Abd al-Majed"."""
    assert english_name("عاصم عبد الماجد", person=True) == "Asim Abdel Majed"
