"""The English headline of an article without a translation, generated from its records."""

from __future__ import annotations

from datetime import date

from builder.api import extract_facts
from builder.render.formatting import Formatter
from builder.render.headline import heading
from builder.render.settings import Settings


def _headline(text: str, title: str = "عنوان") -> str:
    facts = extract_facts(text, title, date(2023, 5, 21))
    head = heading(facts, Formatter("en", Settings()))
    assert head.generated_title
    return head.title


def test_a_development_that_names_nobody_heads_the_page_with_the_story_s_actors() -> None:
    """What happened leads, then who the story names first: not a bare "News report on"."""
    title = _headline(
        "وتجددت الاحتجاجات الجمعة للأسبوع الثالث. وقالت الحكومة المصرية إن الشرطة الأردنية"
        " لم تتدخل."
    )
    assert title.startswith("Protests: "), title
    assert "Egyptian government" in title, title


def test_a_development_that_names_its_parties_is_the_headline() -> None:
    title = _headline(
        "والتقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري سامح شكري في عمان الأحد."
    )
    assert title.startswith("Meeting"), title
    assert ":" not in title, title


def test_a_headline_quoting_someone_is_their_statement() -> None:
    """«NAME: …» quotes NAME; the war in the quote is no happening of the story."""
    text = "وقال الرئيس الأمريكي دونالد ترامب إن بلاده لن تدخل حربا جديدة في سوريا."
    assert _headline(text, "ترامب: لن ندخل حربا في سوريا") == "Statement by Donald Trump"
    # …spoken to someone: still the speaker's
    text = "وقال الرئيس التركي رجب طيب أردوغان إن نتنياهو لا يفهم المنطقة."
    assert (
        _headline(text, "أردوغان لنتنياهو: لن تنفعك الحرب") == "Statement by Recep Tayyip Erdogan"
    )


def test_an_unnamed_speaker_s_quote_is_not_the_statement_of_the_man_named() -> None:
    text = "وقال مستشار للرئيس التركي رجب طيب أردوغان إن الحرب لن تقع."
    assert "Statement by Recep" not in _headline(text, "مستشار أردوغان: الحرب لن تقع")


def test_a_speaker_named_by_surname_in_the_headline_is_the_one_the_story_names_in_full() -> None:
    """«ظريف: …» before «محمد جواد ظريف»: the headline's surname is his; the war he speaks of
    is no happening of the story."""
    text = "قال وزير الخارجية الإيراني محمد جواد ظريف إن بلاده ستقف مع السعودية إن تعرضت لعدوان."
    title = "ظريف: إيران أول من سيقف لجانب السعودية إن تعرضت لعدوان"
    assert _headline(text, title) == "Statement by Mohammad Javad Zarif"


def test_what_a_happening_counts_follows_a_colon_in_the_headline() -> None:
    """The toll after a colon, as headlines are written, not in brackets as in the lede."""
    title = _headline("قتل ما لا يقل عن 40 شخصا، الأحد، في حريق بمدينة في روسيا.")
    assert title == "Fire in Russia: at least 40 people killed", title


def test_a_name_s_own_brackets_stay_in_the_headline() -> None:
    from builder.render.headline import _headline_style

    assert (
        _headline_style("Statement by Islamic State (ISIS)") == "Statement by Islamic State (ISIS)"
    )
    assert _headline_style("Attack by Islamic State (ISIS) (12 people killed)") == (
        "Attack by Islamic State (ISIS): 12 people killed"
    )


def test_a_country_before_the_colon_labels_the_story_and_the_lead_tells_the_news() -> None:
    """«سوريا: …» names where the story happens, not who speaks: the lead's evacuation is
    the headline, not a "Statement by Syria"."""
    text = "بدأت عملية إجلاء مقاتلي الفصائل المعارضة وعائلاتهم الأحد من مدينة درعا في جنوب سوريا."
    title = _headline(text, "سوريا: انطلاق عملية إجلاء مقاتلي الفصائل من درعا")
    assert "Statement" not in title, title
    assert title.startswith("Evacuation"), title


def test_a_country_before_the_colon_that_speaks_in_the_first_person_is_quoted() -> None:
    text = "وتعهدت تركيا الأحد بضرب كل من يساعد المسلحين في عفرين."
    assert _headline(text, "تركيا: سنضرب كل من يساعد المسلحين") == "Statement by Turkey"


def test_what_a_source_reports_is_the_news_not_its_report() -> None:
    """«أفاد المرصد الجمعة أن … قتلوا في قصف»: the time dates the shelling it reports."""
    text = "أفاد المرصد السوري لحقوق الإنسان الجمعة أن 43 مدنيا قتلوا في قصف مدفعي على مدينة عفرين."
    title = _headline(text)
    assert "Statement" not in title, title


def test_a_happening_of_years_ago_in_the_lead_is_background_not_the_news() -> None:
    """«جائزة منحها إياها في 2012»: the award's year is background; the museum's statement
    of this week is the news."""
    text = (
        "أعلن متحف الهولوكوست في بيان أنه سحب من الزعيمة البورمية جائزة منحها إياها في 2012."
        " وقال المتحف في بيان الأربعاء إنه قرر سحب الجائزة."
    )
    title = _headline(text, "متحف يسحب جائزة من زعيمة بورمية")
    assert "2012" not in title and "Funding" not in title, title


def test_the_headline_s_happening_dated_further_into_the_story_is_the_news() -> None:
    text = (
        "رحبت الفلبين ببادرة للتصالح مع الكويت. وقال المتحدث إن الأزمة ستحل."
        " وأعلنت الفلبين الاثنين أن وفدا برئاسة وزير العمل سيزور الكويت في الأول من يونيو."
    )
    title = _headline(text, "الفلبين ترسل وفدا لحل أزمة العمالة مع الكويت")
    assert title.startswith("Visit"), title


def test_charges_brought_are_a_trial_s_news() -> None:
    text = "وجه الادعاء 17 تهمة إلى زوجة رئيس الوزراء السابق تتعلق بغسيل الأموال. وكانت الانتخابات جرت في 2018."
    title = _headline(text, "توجيه تهم غسيل أموال إلى زوجة رئيس الوزراء السابق")
    assert title.startswith("Trial"), title
