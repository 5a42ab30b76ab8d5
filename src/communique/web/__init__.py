"""The web adapter: pages and a JSON API over the store (`communique serve`)."""
