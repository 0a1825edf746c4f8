"""Text from a file shown among Frise's own words, and links that cannot lie.

A string from a timeline file may hold right-to-left text or invisible
direction controls (U+202E reverses what follows it). Shown next to Frise's
own words (a window title, a count in a list, a name in a sentence) such a
string must not change how those words read: `isolate` makes it one unit that
the bidirectional algorithm lays out on its own, as right to left as it likes
inside, with nothing leaking out.

A link is shown with its host in ASCII (punycode), so "аррӏе.com" in
Cyrillic letters reads as what it is, "xn--80ak6aa92e.com", and `address`
says when a host is an internationalised name or mixes scripts. Characters
that make an address read as another (direction controls, invisible
characters, look-alikes of "/" or ".") are refused when the file is loaded
(`url_problem`).

Pure functions; no Qt.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from frise.model.i18n import QT_TRANSLATE_NOOP, Message, Words, script_name
from frise.model.problems import problem

LRE, RLE, PDF, LRO, RLO = "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
LRM, RLM, ALM = "\u200e", "\u200f", "\u061c"
EMBEDDINGS = frozenset((LRE, RLE, LRO, RLO))
ISOLATES = frozenset((LRI, RLI, FSI))
BIDI_CONTROLS = EMBEDDINGS | ISOLATES | {PDF, PDI, LRM, RLM, ALM}
PARAGRAPH_BREAKS = "\n\r\x1c\x1d\x1e\x85\u2028\u2029"
"""Where the bidirectional algorithm starts afresh (and a line ends)."""

_NEEDS_ISOLATION = frozenset(("R", "AL", "AN", "LRE", "RLE", "LRO", "RLO", "PDF"))
_NEEDS_ISOLATION |= frozenset(("LRI", "RLI", "FSI", "PDI"))
_LINES = re.compile(f"([{PARAGRAPH_BREAKS}]+)")


def isolate(text: str) -> str:
    """`text` as one unit among other words: each line's direction controls
    balanced (a closer with nothing to close dropped, what is left open
    closed at the end of the line) and the line wrapped in FSI … PDI, so it
    takes its direction from its own first letter and lends none to its
    neighbours. Text with no right-to-left letter and no control is returned
    as it is."""
    if text.isascii() or not any(unicodedata.bidirectional(c) in _NEEDS_ISOLATION for c in text):
        return text
    parts = _LINES.split(text)
    # split() with a group alternates text and breaks: isolate the text only.
    return "".join(part if k % 2 else _isolate_line(part) for k, part in enumerate(parts))


def _isolate_line(line: str) -> str:
    if not line:
        return line
    out: list[str] = []
    open_: list[str] = []  # "e" for an embedding or override, "i" for an isolate
    for c in line:
        if c in EMBEDDINGS:
            open_.append("e")
        elif c == PDF:
            if not open_ or open_[-1] != "e":
                continue  # nothing of its kind to close: it would close ours
            open_.pop()
        elif c in ISOLATES:
            open_.append("i")
        elif c == PDI:
            if "i" not in open_:
                continue
            # A PDI also closes the embeddings opened inside its isolate.
            while open_.pop() != "i":
                pass
        out.append(c)
    out.extend(PDF if kind == "e" else PDI for kind in reversed(open_))
    return FSI + "".join(out) + PDI


def one_line(text: str) -> str:
    """`text` on one line (line breaks as spaces), for titles and status lines."""
    return _LINES.sub(" ", text) if any(c in PARAGRAPH_BREAKS for c in text) else text


def plain(text: str) -> str:
    """`text` without direction controls: for places that must show exactly
    the characters that matter (an address, a file name in a problem)."""
    return "".join(c for c in text if c not in BIDI_CONTROLS) if not text.isascii() else text


def describe(char: str) -> str:
    """A character named so that a reader can find it: "U+202E RIGHT-TO-LEFT OVERRIDE"."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" {name}" if name else "")


# --- links ---------------------------------------------------------------------

_SEPARATORS = "/.:?#@\\%&="
_LOOKALIKE_SEPARATORS = frozenset(
    # Confusable with "/" (Unicode's confusables.txt), "\", "." and ":".
    "\u2044\u2215\u29f8\u2571\u27cb\u2f03\u3033\u30ce\u4e3f\u1735\u2cc6\u0338\u0337"
    "\uff0f\u29f5\u29f9\u2216\u27cd\u2572\ufe68\uff3c"
    "\u3002\uff0e\uff61\u2024\u06d4\u0701\u0702\ua60e\ua4f8\u0660\u06f0\u00b7\u2027"
    "\u2236\uff1a\u02d0\ua789\u0589\u05c3\u0703\u0704\u16ec\ufe30\u1803\u1809\u205a"
    "\u2e2e\uff1f\u0294\u0241\u097d\u13ae\ua6eb\uff03\uff20\ufe6b\uff05\uff06\uff1d"
)
_INVISIBLE_LETTERS = frozenset(
    "\u115f\u1160\u3164\uffa0\u2800\u034f\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f"
)
_SAFE_ASCII_URL = re.compile(
    r"[hH][tT][tT][pP][sS]?://[A-Za-z0-9.\-]+(:[0-9]+)?([/?#][!-\[\]-~]*)?"
)
"""The common case, settled without looking at each character."""
_URL_PARTS = re.compile(r"(?s)([^:]+)://([^/?#]*)(.*)")


def url_problem(url: str) -> Message | None:
    """Why `url` cannot be shown so that it reads as what it opens, or None.

    Refused: direction controls, invisible and control characters, look-alikes
    of the characters that structure an address ("/" "." ":" "?" "#" "@"),
    a backslash (browsers read it as "/"), and a host that is no valid name.
    """
    if _SAFE_ASCII_URL.fullmatch(url):
        return None
    for char in url:
        why = _char_problem(char)
        if why:
            return problem(_HOLDS, char=describe(char), why=problem(why))
    parts = _URL_PARTS.fullmatch(url)
    if parts is None:
        return None  # not an address at all: the format's pattern says so
    host = _host_of(parts.group(2))
    if "%" in host:
        return problem(_ESCAPED_HOST)
    if host.startswith("["):
        return None
    try:
        _ascii_host(host)
    except UnicodeError:
        return problem(_BAD_HOST, host=repr(host))
    return None


_HOLDS = QT_TRANSLATE_NOOP("words", "holds {char}, {why}; remove it", "a problem in a file")
_ESCAPED_HOST = QT_TRANSLATE_NOOP(
    "words",
    "its host holds %-escapes, which can hide the name a browser goes to",
    "a problem in a file",
)
_BAD_HOST = QT_TRANSLATE_NOOP(
    "words", "its host {host} is not a valid domain name", "a problem in a file"
)


def _char_problem(char: str) -> str | None:
    """Why a character cannot be in an address (a message's source), or None."""
    if char.isascii():
        if char == "\\":
            return QT_TRANSLATE_NOOP(
                "words", "which browsers read as a slash", "a problem in a file"
            )
        if not char.isprintable():
            return QT_TRANSLATE_NOOP("words", "a control character", "a problem in a file")
        return None
    if char in BIDI_CONTROLS:
        return QT_TRANSLATE_NOOP(
            "words",
            "a direction control that can make an address read as another",
            "a problem in a file",
        )
    category = unicodedata.category(char)
    if category in ("Cc", "Cf", "Co", "Cs", "Cn") or char in _INVISIBLE_LETTERS:
        return QT_TRANSLATE_NOOP(
            "words",
            "an invisible character that can hide part of an address",
            "a problem in a file",
        )
    if category in ("Zs", "Zl", "Zp"):
        return QT_TRANSLATE_NOOP("words", "a space, which no address holds", "a problem in a file")
    if char in _LOOKALIKE_SEPARATORS or any(
        c in _SEPARATORS for c in unicodedata.normalize("NFKC", char)
    ):
        return QT_TRANSLATE_NOOP(
            "words",
            "which looks like a character that structures an address",
            "a problem in a file",
        )
    return None


@dataclass(frozen=True, slots=True)
class Address:
    """A link as Frise shows it, and what a reader should know about its host."""

    shown: str
    """The address with its host in ASCII: what is shown is what is opened."""
    idn: bool = False
    """The host is an internationalised name (it has xn-- labels)."""
    scripts: tuple[str, ...] = ()
    """For an internationalised host: the scripts of its letters ("Cyrillic")."""

    @property
    def mixed(self) -> bool:
        """Letters of more than one script in one label of the host."""
        return len(self.scripts) > 1


def address(url: str) -> Address:
    """How to show `url` (an address the loader accepted): host in ASCII,
    scheme in lower case, the rest as written."""
    parts = _URL_PARTS.fullmatch(url)
    if parts is None:
        return Address(url)
    scheme, authority, rest = parts.groups()
    host = _host_of(authority)
    port = authority[len(host) :]
    try:
        ascii_host = host if host.startswith("[") else _ascii_host(host)
    except UnicodeError:
        return Address(plain(url))
    labels = ascii_host.split(".")
    idn = any(label.lower().startswith("xn--") for label in labels)
    scripts: list[str] = []
    if idn:
        for label in labels:
            if not label.lower().startswith("xn--"):
                continue
            try:
                unicode_label = label.encode("ascii").decode("idna")
            except UnicodeError:
                unicode_label = label
            found = _scripts(unicode_label)
            if len(found) > 1:
                scripts = found  # a label that mixes scripts says the most
                break
            scripts += [s for s in found if s not in scripts]
    return Address(f"{scheme.lower()}://{ascii_host}{port}{plain(rest)}", idn, tuple(scripts))


def url_host(url: str) -> str:
    """The host of `url` in ASCII (punycode), lower case; "" if it has none
    that is a valid name."""
    parts = _URL_PARTS.fullmatch(url)
    if parts is None:
        return ""
    name = _host_of(parts.group(2))
    try:
        return (name if name.startswith("[") else _ascii_host(name)).lower()
    except UnicodeError:
        return ""


def shown_address(url: str, words: Words) -> str:
    """The address as Frise shows it: host in ASCII, and a note when the host
    is an internationalised name."""
    found = address(url)
    note = address_note(found, words)
    return f"{found.shown} ({note})" if note else found.shown


def address_note(found: Address, words: Words) -> str:
    """What a reader should know of an address's host, or ""."""
    if not found.idn:
        return ""
    scripts = ", ".join(script_name(script, words) for script in found.scripts)
    if found.mixed:
        return words.tr(
            "an internationalised name mixing {scripts} letters: it may imitate another"
        ).format(scripts=scripts)
    if scripts:
        return words.tr("an internationalised name in {scripts} letters, shown in ASCII").format(
            scripts=scripts
        )
    return words.tr("an internationalised name, shown in ASCII")


def _host_of(authority: str) -> str:
    if authority.startswith("["):
        return authority[: authority.find("]") + 1] if "]" in authority else authority
    host, colon, port = authority.rpartition(":")
    return host if colon and port.isdigit() else authority


def _ascii_host(host: str) -> str:
    if host.isascii():
        if any(len(label) > 63 for label in host.split(".")):
            raise UnicodeError("label too long")
        return host
    return host.encode("idna").decode("ascii")


def _scripts(label: str) -> list[str]:
    """Scripts of the letters of `label`, in order of appearance ("Latin", "Cyrillic")."""
    found: list[str] = []
    for char in label:
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        script = name.split(" ", 1)[0].title() if name else "Unknown"
        if script == "Cjk":
            script = "Han"
        if script not in found:
            found.append(script)
    return found
