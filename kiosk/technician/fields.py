"""The setup fields, listed once: the touch form's rows, ``kiosk setup``'s questions and its flags.

Kept apart from :mod:`kiosk.technician.configure` (which imports the settings model) so the command
line builds ``kiosk setup --partner-id …`` from this list without loading pydantic for every command.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.words import Words


class FieldWords(Words):
    """The setup form's field labels and the hints in its empty fields."""


@dataclass(frozen=True)
class FormField:
    name: str        # the settings field
    label: str
    hint: str = ""
    secret: bool = False  # never shown or echoed; on the command line only read from a file (--NAME-file)
    digits: bool = False
    metavar: str = "VALUE"  # in ``kiosk setup --help``

    @property
    def flag(self) -> str:
        """``kiosk setup``'s flag for it: ``--shop-name``; a secret's is ``--secret-key-file``."""
        return "--" + self.name.replace("_", "-") + ("-file" if self.secret else "")


FORM_FIELDS: tuple[FormField, ...] = (
    FormField("partner_id", FieldWords.tr("Partner id"), FieldWords.tr("a number from BetGames"), digits=True,
              metavar="ID"),
    FormField("secret_key", FieldWords.tr("Secret key"), FieldWords.tr("from BetGames; never shown"), secret=True,
              metavar="FILE"),
    FormField("shop_name", FieldWords.tr("Shop name"), FieldWords.tr("as registered, e.g. %1").arg("Vilnius, Gedimino pr. 5"),
              metavar="NAME"),
    FormField("pos_name", FieldWords.tr("POS name"), FieldWords.tr("the point of sale, e.g. %1").arg("Computer #3"),
              metavar="NAME"),
    FormField("user_name", FieldWords.tr("User name"), FieldWords.tr("the POS user"), metavar="NAME"),
    FormField("auth_url", FieldWords.tr("Autologin URL"), FieldWords.tr("leave as it is unless BetGames says otherwise"),
              metavar="URL"),
    FormField("allowed_hosts", FieldWords.tr("Allowed hosts"),
              FieldWords.tr("e.g. %1").arg("webshop.betgames.tv, *.betgames.tv, host:8443"), metavar="HOST,HOST"),
    FormField("printer", FieldWords.tr("Printer"),
              FieldWords.tr("print queue name; empty = the system default; off = no printing"), metavar="NAME"),
)

FIELD_NAMES = tuple(f.name for f in FORM_FIELDS)
