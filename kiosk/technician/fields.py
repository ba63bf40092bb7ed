"""The setup fields, listed once: the touch form's rows, ``kiosk setup``'s questions and its flags.

Kept apart from :mod:`kiosk.technician.configure` (which imports the settings model) so the command
line builds ``kiosk setup --partner-id …`` from this list without loading pydantic for every command.
"""

from __future__ import annotations

from dataclasses import dataclass


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
    FormField("partner_id", "Partner id", "a number from BetGames", digits=True, metavar="ID"),
    FormField("secret_key", "Secret key", "from BetGames; never shown", secret=True, metavar="FILE"),
    FormField("shop_name", "Shop name", "as registered, e.g. Vilnius, Gedimino pr. 5", metavar="NAME"),
    FormField("pos_name", "POS name", "the point of sale, e.g. Computer #3", metavar="NAME"),
    FormField("user_name", "User name", "the POS user", metavar="NAME"),
    FormField("auth_url", "Autologin URL", "leave as it is unless BetGames says otherwise", metavar="URL"),
    FormField("allowed_hosts", "Allowed hosts", "e.g. webshop.betgames.tv, *.betgames.tv, host:8443", metavar="HOST,HOST"),
    FormField("printer", "Printer", "print queue name; empty = the system default; off = no printing", metavar="NAME"),
)

FIELD_NAMES = tuple(f.name for f in FORM_FIELDS)
