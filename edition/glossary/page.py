"""The glossary page, generated from data/glossary.yaml for each language (no MkDocs here).

Japanese: terms in dictionary order of their readings (gojūon, edition/glossary/reading_order.py),
each with its reading, a Japanese definition and
the English used in the edition; English: terms in alphabetical order of their English, with
the Japanese, the reading and an English definition. Both say how official each rendering is,
with its source.
"""

from __future__ import annotations

from html import escape

from edition.glossary.reading_order import reading_key
from edition.glossary.terms import Glossary, Term


def _entry(term: Term, language: str, strings: dict[str, str], source_lang: str) -> str:
    status = escape(strings[f"glossary_status_{term.status.replace('-', '_')}"])
    source = (f' <a href="{escape(term.source)}">{escape(strings["glossary_source"])}</a>'
              if term.source else "")
    defined = (f' <a href="{escape(term.definition_source)}">{escape(strings["glossary_definition_source"])}</a>'
               if term.definition_source else "")
    # a reader's note (English) on the English page; a translator's note never: it is for `edition renderings`
    note = f'\n<p class="edition-glossary-note">{escape(term.reader_note)}</p>' if term.reader_note else ""
    if language == source_lang:
        forms = "、".join(escape(form) for form in term.also_ja)
        also = (f' <span class="edition-glossary-also">（{escape(strings["glossary_also"])} {forms}）</span>'
                if forms else "")
        head = (f'<dt id="{term.anchor}"><span lang="ja">{escape(term.ja)}</span> '
                f'<span class="edition-glossary-reading">（{escape(term.reading)}）</span>{also}</dt>')
        body = (f'<p>{escape(term.definition_ja)}{defined}</p>\n'
                f'<p>{escape(strings["glossary_english"])} <span lang="en">{escape(term.en)}</span>'
                + "".join(f'、<span lang="en">{escape(form)}</span>' for form in term.also_en)
                + f' <span class="edition-glossary-status">［{status}］</span>{source}</p>')
        note = ""  # notes are written in English
    else:
        head = (f'<dt id="{term.anchor}">{escape(term.en)} '
                f'<span lang="ja">{escape(term.ja)}</span> '
                f'<span class="edition-glossary-reading" lang="ja">({escape(term.reading)})</span></dt>')
        also = "".join(f", {escape(form)}" for form in term.also_en)
        body = (f'<p>{escape(term.definition_en)}{defined}</p>\n'
                f'<p class="edition-glossary-status">{escape(strings["glossary_rendering"])} {status}'
                f'{(" — " + escape(strings["glossary_also"]) + " " + also[2:]) if also else ""}.{source}</p>')
    return f"{head}\n<dd>\n{body}{note}\n</dd>"


def render_glossary_page(glossary: Glossary, language: str, strings: dict[str, str],
                         source_lang: str = "ja") -> str:
    """The page body (Markdown with HTML): a heading, an introduction, one entry per term."""
    if language == source_lang:
        terms = sorted(glossary.terms, key=lambda t: (reading_key(t.reading), t.ja))   # 五十音順
    else:
        terms = sorted(glossary.terms, key=lambda t: (t.en.lower(), t.ja))
    entries = "\n".join(_entry(term, language, strings, source_lang) for term in terms)
    return (f"# {strings['glossary_title']}\n\n{strings['glossary_intro']}\n\n"
            f'<dl class="edition-glossary">\n{entries}\n</dl>\n')
