"""A TrueType font that embeds shaped glyphs by id and maps each back to the text it stands for."""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

# Glyph keys live above the Unicode range so they can never collide with a real character that
# reportlab itself might put into the same font's tables.
_FIRST_KEY = 0x110000


class GlyphFont(TTFont):
    """reportlab TTFont whose "characters" are (glyph id, source text) pairs.

    Harfbuzz gives contextual forms and ligatures that have no code point of their own. Each
    distinct (glyph, text) pair gets a private key; the PDF subset maps its code to that glyph, and
    the ToUnicode CMap maps it to the text in logical order, so copy-paste and pdftotext give back
    the letters that were typed rather than presentation forms or private-use characters.
    """

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename, asciiReadable=False, shapable=False)
        self._keys: dict[tuple[int, str], int] = {}
        self._key_text: dict[int, str] = {}
        self._lock = threading.Lock()

    def glyph_key(self, gid: int, text: str, width_1000: float) -> int:
        """The key for drawing glyph gid as text; width_1000 is its advance per 1000 units."""
        pair = (gid, text)
        key = self._keys.get(pair)
        if key is None:
            with self._lock:
                key = self._keys.get(pair)
                if key is None:
                    key = _FIRST_KEY + len(self._keys)
                    self.face.charToGlyph[key] = gid
                    self.face.charWidths[key] = width_1000
                    self._key_text[key] = text
                    self._keys[pair] = key
        return key

    def encode_keys(self, doc, keys: list[int]) -> list[tuple[int, bytes]]:
        """Split glyph keys into (subset number, one-byte codes) chunks for this document."""
        with self._lock:
            state = self._assignState(doc)
            assignments = state.assignments
            results: list[tuple[int, bytes]] = []
            cur_set, cur = -1, bytearray()
            for key in keys:
                n = assignments.get(key)
                if n is None:
                    n = self._assign(state, key)
                    assignments[key] = n
                if n >> 8 != cur_set:
                    if cur:
                        results.append((cur_set, bytes(cur)))
                    cur_set, cur = n >> 8, bytearray()
                cur.append(n & 0xFF)
            if cur:
                results.append((cur_set, bytes(cur)))
            return results

    @staticmethod
    def _assign(state, key: int) -> int:
        # Same numbering rules as TTFont.splitString: code 32 of every subset stays a space and
        # code 0 stays .notdef, because PDF word spacing and viewers assume so.
        if state.frozen:
            raise pdfdoc.PDFError("font already written to this document")
        subsets = state.subsets
        n = state.nextCode
        if n & 0xFF == 32:
            if n != 32:
                subsets[n >> 8].append(32)
            state.nextCode += 1
            n = state.nextCode
        if n > 32:
            if not n & 0xFF:
                subsets.append([0])
                state.nextCode += 1
                n = state.nextCode
            subsets[n >> 8].append(key)
        else:
            subsets[0][n] = key
        state.nextCode += 1
        return n

    def addObjects(self, doc) -> None:
        """Write one PDF font per 256-glyph subset, with a ToUnicode CMap of the source text."""
        state = self._assignState(doc)
        state.frozen = 1
        for n, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(n, doc)[1:]
            base_name = (b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
                         ).decode("pdfdoc")
            pdf_font = pdfdoc.PDFTrueTypeFont()
            pdf_font.Name = internal_name
            pdf_font.BaseFont = base_name
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(subset) - 1
            pdf_font.Widths = pdfdoc.PDFArray([self.face.getCharWidth(c) for c in subset])
            cmap = pdfdoc.PDFStream()
            cmap.content = self._to_unicode_cmap(base_name, subset)
            if doc.compression:
                cmap.filters = [pdfdoc.PDFZCompress]
            pdf_font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base_name)
            pdf_font.FontDescriptor = self.face.addSubsetObjects(doc, base_name, subset)
            doc.Reference(pdf_font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = pdf_font
        del self.state[doc]

    def _to_unicode_cmap(self, name: str, subset: list[int]) -> str:
        entries = []
        for code, key in enumerate(subset):
            if key == 0:
                continue
            text = self._key_text.get(key, " " if key == 32 else "")
            entries.append(f"<{code:02X}> <{text.encode('utf-16-be').hex().upper()}>")
        lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                 f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
                 f"/CMapName /{name} def", "/CMapType 2 def",
                 "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange"]
        # bfchar blocks hold at most 100 entries each (PDF reference, 5.9.2)
        for i in range(0, len(entries), 100):
            chunk = entries[i:i + 100]
            lines += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
        lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        return "\n".join(lines)
