"""citelib: parse, check, convert and render bibliographic references.

The heavy lifting happens in the C++ core (``citelib._citelib``); this module gives it a
Pythonic surface: keyword arguments, ``(value, diagnostics)`` results for readers, and
exceptions carrying structured diagnostics for inputs that cannot be used at all.
"""

from __future__ import annotations

import json as _json
from typing import Iterable, List, Optional, Sequence, Tuple, Union

from . import _citelib
from ._citelib import Date, Diagnostic, Name, Reference

__version__ = _citelib.__version__

__all__ = [
    "Date", "Diagnostic", "Name", "Reference",
    "Error", "InputError", "StyleError",
    "parse", "read_csl_json", "read_bibtex", "check",
    "to_csl_json", "to_csl_data", "to_bibtex", "render",
    "Converter",
]


class Error(Exception):
    """Base class of citelib errors; ``diagnostics`` holds every finding behind it."""

    def __init__(self, message: str, diagnostics: Sequence[Diagnostic] = ()):
        super().__init__(message)
        self.diagnostics: List[Diagnostic] = list(diagnostics)


class InputError(Error):
    """The input cannot be read at all (binary data, invalid UTF-8, not the expected format)."""


class StyleError(Error):
    """A CSL style cannot be found or used (not XML, not CSL, errors in it)."""


def _raise_if_fatal(result):
    refs, diags, fatal = result
    if fatal is not None:
        raise InputError(fatal, diags)
    if any(d.severity == "error" for d in diags) and not refs:
        first = next(d for d in diags if d.severity == "error")
        raise InputError(str(first), diags)
    return refs, diags


def _as_text(text: Union[str, bytes], what: str) -> str:
    if isinstance(text, bytes):
        try:
            return text.decode("utf-8")
        except UnicodeDecodeError as e:
            raise InputError(f"{what}: invalid UTF-8 at byte {e.start}") from None
    if not isinstance(text, str):
        raise TypeError(f"{what} must be str or bytes, not {type(text).__name__}")
    return text


def parse(text: Union[str, bytes], *, source_name: Optional[str] = None,
          language: Optional[str] = None,
          repair_encoding: bool = False) -> Tuple[List[Reference], List[Diagnostic]]:
    """Parse a pasted reference list (numbered or not, plain text or markdown).

    ``language``: the edition the list comes from ("es"; default: from its wording). A list
    garbled as a whole (UTF-8 read as Latin-1: "NÃ¸rsett") is read from its repaired text;
    its values are given back as printed unless ``repair_encoding`` is true ("Nørsett"; each
    reference's ``raw`` keeps the printed text).

    Returns ``(references, diagnostics)``. Raises :class:`InputError` when the text is not
    usable (binary data, NUL bytes).
    """
    text = _as_text(text, "text")
    return _raise_if_fatal(_citelib.parse(text, source_name or "<string>", language or "", bool(repair_encoding)))


def read_csl_json(text_or_list: Union[str, bytes, list, dict], *,
                  source_name: Optional[str] = None) -> Tuple[List[Reference], List[Diagnostic]]:
    """Read CSL-JSON given as text or as already-decoded Python data.

    Returns ``(references, diagnostics)``; raises :class:`InputError` on a JSON syntax error
    (the diagnostics give line and column).
    """
    if isinstance(text_or_list, (list, dict)):
        text = _json.dumps(text_or_list, ensure_ascii=False)
    else:
        text = _as_text(text_or_list, "text")
    return _raise_if_fatal(_citelib.read_csl_json(text, source_name or "<string>"))


def read_bibtex(text: Union[str, bytes], *, source_name: Optional[str] = None
                ) -> Tuple[List[Reference], List[Diagnostic]]:
    """Read a .bib file (BibTeX or biblatex). Damaged entries are reported (with line and
    column) and skipped; every intact entry is read. Bytes that are not UTF-8 only spoil the
    entries that hold them."""
    # bytes go to C++ as they are, so entries with invalid UTF-8 are found where they are.
    if not isinstance(text, (str, bytes)):
        raise TypeError(f"text must be str or bytes, not {type(text).__name__}")
    return _raise_if_fatal(_citelib.read_bibtex(text, source_name or "<string>"))


def _as_list(references: Iterable[Reference]) -> List[Reference]:
    refs = list(references)
    for r in refs:
        if not isinstance(r, Reference):
            raise TypeError(f"expected citelib.Reference, got {type(r).__name__}")
    return refs


def to_csl_json(references: Iterable[Reference], *, indent: Optional[int] = 2,
                include_raw: bool = True) -> str:
    """Serialise references as CSL-JSON text (valid against the official schema)."""
    return _citelib.to_csl_json(_as_list(references), -1 if indent is None else indent, include_raw)


def to_csl_data(references: Iterable[Reference], *, include_raw: bool = True) -> List[dict]:
    """CSL-JSON as Python data (a list of dicts)."""
    return _json.loads(to_csl_json(references, indent=None, include_raw=include_raw))


def check(references: Iterable[Reference], *, body: Optional[str] = None, text: Optional[str] = None,
          source_name: Optional[str] = None, reference_date: Optional[str] = None) -> List[Diagnostic]:
    """Check references (dates, pages, identifiers, duplicates...) and, with ``body`` (the
    article text citing them), their [n] markers and back-links. Pass the list ``text`` the
    references were parsed from for exact positions. ``reference_date`` ("2024-06-01") is the
    day dates must not be after (default: today)."""
    refs = _as_list(references)
    if source_name is None:
        source_name = refs[0].source_name if refs and refs[0].source_name else "<string>"
    return _citelib.check(refs, body, text, source_name, reference_date or "")


def to_bibtex(references: Iterable[Reference], *, dialect: str = "biblatex", ascii: bool = False,
              extras: bool = True, generate_keys: bool = False) -> str:
    """Write a .bib file: ``dialect`` "biblatex" (UTF-8, for biber) or "bibtex" (classic).
    ``ascii`` writes accented letters as LaTeX commands (bibtex); ``extras`` keeps citelib's
    own data (back-links, raw text) in ``% citelib:`` comment lines."""
    out, _diags = _citelib.to_bibtex(_as_list(references), dialect, ascii, extras, generate_keys)
    return out


def render(references: Iterable[Reference], *, style: str = "apa", format: str = "text",
           locale: Optional[str] = None, guess_title_language: bool = True) -> List[str]:
    """Render the bibliography through the CSL engine: one string per entry, in bibliography
    order. ``style`` is a CSL style name (from the style path) or a path to a .csl file;
    ``format`` is "text" or "html". With ``guess_title_language`` (the default, as for pasted
    lists, which rarely give a language) an item without a language whose title plainly reads
    as Spanish, French, Portuguese, Italian or German is not title-cased; pass False for
    strict CSL 1.0.2. Raises :class:`StyleError` for an unusable style."""
    entries, diags, failure = _citelib.render(_as_list(references), style, format, locale or "",
                                              guess_title_language)
    if failure is not None:
        raise StyleError(failure, diags)
    return entries


class Converter:
    """Converts whole inputs to one output format, exactly as ``citelib convert`` does.

    ``Converter(to="csl-json")``; ``convert(text, name=...)`` returns ``(output, diagnostics)``
    and raises :class:`InputError` when the input cannot be converted; ``jsonl_records(lines)``
    turns JSON Lines input records (``{"id", "references", "body"}``) into the same output
    records as ``citelib convert --jsonl`` (the GIL is released meanwhile).
    """

    def __init__(self, to: str = "csl-json", *, from_: Optional[str] = None,
                 style: Optional[str] = None, locale: Optional[str] = None,
                 language: Optional[str] = None, repair_encoding: bool = False):
        self._impl = _citelib.Converter(to, from_ or "", style or "", locale or "", language or "",
                                        bool(repair_encoding))
        self.to = to

    @property
    def extension(self) -> str:
        return self._impl.extension

    def convert(self, text: Union[str, bytes], *, name: str = "<string>") -> Tuple[str, List[Diagnostic]]:
        output, diags, _count, failure = self._impl.convert(name, _as_text(text, "text"))
        if failure:
            raise InputError(failure, diags)
        return output, diags

    def jsonl_records(self, lines: Iterable[str], *, source: str = "<records>") -> List[str]:
        return self._impl.jsonl_records([l.rstrip("\n") for l in lines], source)
