"""betshop-kiosk: a locked, self-healing terminal always logged in to the BetGames webshop."""

__version__ = "0.1.0"
