"""The dashboard's pages: home, countries, missions, rankings, compare, news, data, the check and release forms."""
