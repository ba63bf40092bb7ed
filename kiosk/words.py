"""Words a person reads on a native screen, kept translatable by the Qt-free rooms that choose them (no Qt here).

A :class:`Text` *is* its English sentence (a ``str``: logs, ``/health``, the command line and every test read it
as they always did) and also carries what Qt needs to say it in another language: the translation context, the
English source with Qt's placeholders (``%1`` … ``%9``; ``%n`` for a count), the count and the arguments. The
Qt side (:mod:`kiosk.ui.language`) translates it where it is shown; anything that is not a :class:`Text` (the
webshop's or the gateway's own words, a name, a number) is shown as it came.

Texts are marked where they are written, by a context class and its ``tr``, exactly as ``pyside6-lupdate`` reads
Python (``resources/i18n/*.ts``; docs/developers/translations.md)::

    class SessionWords(Words):
        '''The offline and error screens.'''

    SessionWords.tr("The webshop cannot be reached right now")
    SessionWords.tr("Trying again in %1").arg(say_duration(left))
    ClockWords.tr("%n second(s)", "", seconds)        # a count: Qt's plural forms; English drops "(s)" for 1

lupdate takes the context from the name before ``.tr`` (so a context is always called by its class name, never
through an alias or an instance) and makes a message with plural forms of any ``tr`` that has a third argument.
A sentence is marked whole, with placeholders, never glued together from parts: word order differs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

_PLACEHOLDER = re.compile(r"%(\d)|%n")

Arg = Any  # str (a Text is translated, any other str is shown as it is), int, or Num


@dataclass(frozen=True)
class Num:
    """A number shown with decimals: the screen's language writes its decimal mark (``1.5`` / ``1,5``)."""

    value: float
    decimals: int = 1

    def __str__(self) -> str:
        return f"{self.value:.{self.decimals}f}"


class Text(str):
    """A sentence for a screen: its English (the ``str`` itself) and what a translation needs.

    Made by :meth:`Words.tr`, given its arguments with :meth:`arg`. Operations of ``str`` (``+``, slicing, ``%``)
    give a plain ``str``: the English, no longer translatable, as a log line wants it.
    """

    context: str
    source: str
    disambiguation: str | None
    n: int
    args: tuple[Arg, ...]

    def __new__(cls, context: str, source: str, disambiguation: str | None = None, n: int = -1,
                args: tuple[Arg, ...] = ()) -> Text:
        self = super().__new__(cls, render(source, tuple(str(a) for a in args), n, english=True))
        self.context, self.source, self.disambiguation, self.n, self.args = context, source, disambiguation, n, args
        return self

    def arg(self, *args: Arg) -> Text:
        """The same text with its next placeholders (``%1``, ``%2`` …) filled, in order."""
        return Text(self.context, self.source, self.disambiguation, self.n, self.args + args)

    def map_args(self, fn: Callable[[str], str]) -> Text:
        """The same text with ``fn`` applied to every argument that is words (a Text's own arguments, likewise):
        how a secret is cut out of a text without losing its translation (kiosk.redact.redact_text)."""
        def each(a: Arg) -> Arg:
            if isinstance(a, Text):
                return a.map_args(fn)
            return fn(a) if isinstance(a, str) else a

        return Text(self.context, self.source, self.disambiguation, self.n, tuple(each(a) for a in self.args))

    def translated(self, find: Callable[[Text], str | None], say: Callable[[Arg], str]) -> str:
        """This text in another language: ``find`` gives the translation of its source (None: there is none,
        the English stands), ``say`` each argument (a Text translated the same way, a number in the language)."""
        template = find(self)
        args = tuple(say(a) for a in self.args)
        if template is None:
            return render(self.source, args, self.n, english=True)
        return render(template, args, self.n, english=False)

    def __reduce__(self) -> tuple[Any, ...]:  # copy and pickle: rebuilt from its parts, not from the English
        return (Text, (self.context, self.source, self.disambiguation, self.n, self.args))

    def __repr__(self) -> str:
        return f"Text({self.context}, {str.__repr__(self)})"


class Words:
    """A translation context: subclass it (the class's name is the context) and mark texts with :meth:`tr`."""

    @classmethod
    def tr(cls, source: str, disambiguation: str | None = None, n: int = -1) -> Text:
        """Mark ``source`` (English, with ``%1`` … placeholders) for translation in this context; ``n`` (as a
        third argument, whatever its value) makes it a text with plural forms, ``%n`` standing for the count."""
        return Text(cls.__name__, source, disambiguation or None, n)


def joined(parts: Sequence[str], sep: str) -> str:
    """``sep.join(parts)`` that keeps the parts translatable: a list of sentences, names or checks (its separator is
    punctuation, the same in every language the kiosk speaks). Plain strings give a plain string."""
    if not any(isinstance(p, Text) for p in parts):
        return sep.join(parts)
    if len(parts) > 9:  # Qt's placeholders go to %9: the rest is one more list
        return joined([*parts[:8], joined(parts[8:], sep)], sep)
    source = sep.join(f"%{i}" for i in range(1, len(parts) + 1))  # separators are punctuation, never a "%"
    return Text("", source, None, -1, tuple(parts))  # no context: nothing to translate but its parts


def render(template: str, args: tuple[str, ...], n: int = -1, *, english: bool) -> str:
    """Qt's ``%1`` … ``%9`` filled with ``args`` at once (an argument containing ``%2`` stays as it is), ``%n``
    with the count. In English a count of one drops Qt's ``(s)`` ("1 second", "2 seconds")."""
    if english and n >= 0:
        template = template.replace("(s)", "" if n == 1 else "s")

    def fill(m: re.Match[str]) -> str:
        if m.group(1) is None:
            return str(n) if n >= 0 else m.group(0)
        i = int(m.group(1)) - 1
        return args[i] if 0 <= i < len(args) else m.group(0)

    return _PLACEHOLDER.sub(fill, template)


def placeholders(template: str) -> set[str]:
    """The placeholders a source or a translation uses (``%1``, ``%n`` …): the same set in every language."""
    return {m.group(0) for m in _PLACEHOLDER.finditer(template)}
