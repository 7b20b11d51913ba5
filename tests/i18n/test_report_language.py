"""The report in the technician's language: category names and report words translated, numbers
and dates written as the language writes them, Thai and Cyrillic drawn with real glyphs, and
English for a referral lab whatever the window speaks."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime, timezone

import pytest
from openpyxl import load_workbook
from PIL import Image
from pypdf import PdfReader

from app.core.categories import DEFAULT_CATEGORY_MAP, parse_categories
from app.core.errors import ProfileError
from app.core.i18n import date_text, decimal, use_language
from app.core.report import LabInfo, snapshot
from app.core.report.summary_page import build_summary
from app.core.report.xlsx import write_report
from app.core.settings import Settings
from app.printing import write_summary_pdf
from tests.core.report_helpers import report_slide

NAMES = {
    "th": ["เม็ดเลือดขาวชนิดนิวโทรฟิล", "เม็ดเลือดขาวชนิดลิมโฟไซต์", "เม็ดเลือดขาวชนิดโมโนไซต์"],
    "ru": ["Нейтрофилы", "Лимфоциты", "Моноциты", "Нормобласты"],
}


@pytest.fixture
def slide(tmp_path):
    store, session = report_slide(tmp_path)
    yield session
    store.close()


def _pdf(slide, tmp_path, language):
    data = snapshot(slide, LabInfo("Lab"), language=language)
    path = tmp_path / f"summary-{language}.pdf"
    write_summary_pdf(build_summary(data), path)
    return data, path


#: Thai vowels and tone marks written above or below: Qt maps the shifted forms a font
#: substitutes over tall consonants (the "ิ" of "ฟิ") to no character in the PDF's text, so the
#: comparison is on the letters of the line.
THAI_MARKS = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\x00-\x1f]|\\s")


def _text(path) -> str:
    return THAI_MARKS.sub("", PdfReader(path).pages[0].extract_text())


@pytest.mark.parametrize("language", ["th", "ru"])
def test_pdf_names_the_categories_in_the_language(slide, tmp_path, language):
    data, path = _pdf(slide, tmp_path, language)
    text = _text(path)
    for name in NAMES[language]:
        assert THAI_MARKS.sub("", name) in text, (name, text[:400])
    assert "Neutrophils" not in text and "Total WBC counted" not in text
    # the percentages use the language's decimal mark (Russian: a comma)
    row = data.differential.row("neutrophil")
    mark = "," if language == "ru" else "."
    assert f"{row.percent:.1f}".replace(".", mark) in text


@pytest.mark.parametrize("language", ["th", "ru"])
def test_pdf_embeds_fonts_with_the_glyphs(slide, tmp_path, language):
    """Every font is embedded, and the page drawn shows no empty boxes: each word of the
    category column is drawn with ink (a missing glyph is drawn as an empty rectangle, the
    PDF's text would still read right)."""
    _, path = _pdf(slide, tmp_path, language)
    page = PdfReader(path).pages[0]
    fonts = page["/Resources"]["/Font"]
    names = [str(fonts[f].get_object()["/BaseFont"]) for f in fonts]
    for f in fonts:
        font = fonts[f].get_object()
        descriptors = [font] + [d.get_object() for d in font.get("/DescendantFonts", [])]
        assert any(
            "/FontFile2" in d.get("/FontDescriptor", {})
            or "/FontFile3" in d.get("/FontDescriptor", {})
            for d in descriptors
        ), names
    if language == "th":
        assert any("Thai" in n or "Loma" in n or "Tahoma" in n for n in names), names
    # Every character of the translated names has a glyph in one of the page's fonts (Qt
    # draws a box for one that has none; the rendered pages were looked at too).
    from PySide6.QtGui import QFont, QFontMetrics

    from app.core.report.summary_page import FONTS

    families = [f.strip(" '") for f in FONTS.split(",")]
    with use_language(language):
        text = "".join(c.name for c in DEFAULT_CATEGORY_MAP.categories)
    for ch in set(text):
        assert any(QFontMetrics(QFont(f)).inFontUcs4(ord(ch)) for f in families), (ch, families)
    if shutil.which("pdftoppm"):  # it renders (pdftoppm fails on a broken embedded font)
        png = tmp_path / f"page-{language}"
        subprocess.run(
            ["pdftoppm", "-r", "40", "-png", "-singlefile", str(path), str(png)], check=True
        )
        assert Image.open(f"{png}.png").size[0] > 0


def test_workbook_in_russian_and_english_for_a_referral_lab(slide, tmp_path):
    settings = Settings(report_in_english=True)
    assert settings.report_language("ru") == "en"
    assert Settings().report_language("ru") == "ru"
    path = tmp_path / "ru.xlsx"
    write_report(snapshot(slide, language="ru"), path)
    book = load_workbook(path)
    assert book.sheetnames == ["Сводка", "Диаграмма", "Клетки", "Поля", "Совпадение", "Журнал"]
    cells = [c for row in book["Сводка"].iter_rows(values_only=True) for c in row if c]
    assert "Лейкоцитарная формула (мазок крови)" in cells and "Нейтрофилы" in cells
    assert isinstance(next(c for c in cells if c == "Нейтрофилы"), str)
    audit = [r[1] for r in book["Журнал"].iter_rows(min_row=3, values_only=True)]
    assert any(a and a.startswith("ana: ") for a in audit), audit
    english = tmp_path / "en.xlsx"
    write_report(snapshot(slide, language=settings.report_language("ru")), english)
    assert load_workbook(english).sheetnames[0] == "Summary"


def test_numbers_and_dates_as_each_language_writes_them():
    moment = datetime(2026, 12, 2, 14, 5, tzinfo=timezone.utc)
    expected = {"en": ("12.5", "2026-12-02"), "ru": ("12,5", "02.12.2026"),
                "th": ("12.5", "02/12/2569"), "fr": ("12,5", "02/12/2026")}  # fmt: skip
    for code, (number, date) in expected.items():
        with use_language(code):
            assert (decimal(12.5, 1), date_text(moment)) == (number, date)


def test_profile_category_names_carry_their_translations():
    raw = [
        {"key": "blast", "name": {"en": "Blast cells", "th": "เซลล์บลาสต์", "ru": "Бласты"},
         "kind": "differential", "colour": "#332288", "blast": True},
        {"key": "neutrophil", "name": "Neutrophils", "kind": "differential", "colour": "#E69F00"},
        {"key": "lymph", "name": "Lymphs (lab's own)", "kind": "differential", "colour": "#0077BB"},
    ]  # fmt: skip
    categories = parse_categories(raw, {}, "profile")
    by_key = categories.by_key
    with use_language("th"):
        assert by_key["blast"].name == "เซลล์บลาสต์"
        assert by_key["neutrophil"].name == "เม็ดเลือดขาวชนิดนิวโทรฟิล"  # SmearCount's own word
        assert by_key["lymph"].name == "Lymphs (lab's own)"  # neither: as the profile wrote it
    with use_language("es"):
        assert by_key["blast"].name == "Blast cells"  # no Spanish given: the English one
    from app.core.categories import categories_from_json, categories_to_json

    again = categories_from_json(categories_to_json(categories))
    assert again.by_key["blast"].names == by_key["blast"].names
    with pytest.raises(ProfileError, match="unknown language xx"):
        parse_categories([{**raw[0], "name": {"xx": "?"}}], {}, "profile")
    assert DEFAULT_CATEGORY_MAP.by_key["nrbc"].name == "NRBC"


def test_every_template_category_has_a_name_in_every_language():
    """The shipped templates' categories are named in each language: by the profile's own
    translations (the single-cell template) or by SmearCount's catalogue (the others, whose
    every entry tests/i18n/test_catalogues.py checks is translated)."""
    from app.core.i18n import LANGUAGES
    from app.core.profiles import available_templates, read_profile
    from app.i18n_build import core_messages

    known = core_messages()
    for template in available_templates():
        for category in read_profile(template).categories.categories:
            own = dict(category.names)
            missing = [code for code in LANGUAGES if code not in own]
            assert not missing or category.source_name in known, (template.name, category.key)
    single = read_profile(next(t for t in available_templates() if "single" in t.name))
    with use_language("ru"):
        assert single.categories.by_key["all"].name == "Бласты ОЛЛ"


def test_the_field_scale_is_stated_in_the_report_language(tmp_path, monkeypatch):
    """Fields analysed with a calibrated camera: the Russian PDF and workbook say so."""
    from tests.core import report_helpers

    calibrated = dict(report_helpers.MODELS[0], um_per_px="0.1250", scale_source="calibrated")
    monkeypatch.setattr(report_helpers, "MODELS", [calibrated, *report_helpers.MODELS[1:]])
    store, session = report_helpers.report_slide(tmp_path)
    try:
        data, path = _pdf(session, tmp_path, "ru")
        sentence = "Масштаб: 0,125 мкм на пиксель, по калибровке камеры (2 поля)."
        with use_language("ru"):  # the writers speak the report's language
            assert data.scale_note == sentence
        assert sentence.replace(" ", "") in "".join(PdfReader(path).pages[0].extract_text().split())
        workbook = tmp_path / "ru.xlsx"
        write_report(data, workbook)
        cells = [c.value for row in load_workbook(workbook).worksheets[0].iter_rows() for c in row]
        assert sentence in cells
    finally:
        store.close()
