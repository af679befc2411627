"""Official UN peacekeeping figures turned into trustworthy, press-ready facts."""

__version__ = "0.1.0"
