"""Charts as Vega-Lite specs: the trends of a country, a mission or the world, and the maps."""
