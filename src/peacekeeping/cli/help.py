"""What `--help` shows beside each command's own words: an example per command, readable value labels, --version."""

from __future__ import annotations

from importlib.metadata import version as _installed_version
from typing import Annotated

import typer

from .common import app

# Run against the store `peacekeeping update` makes; tests/test_docs.py parses each one as shown.
EXAMPLES: dict[str, list[str]] = {
    "ingest": ["peacekeeping ingest ../shared/data/ --workers 2"],
    "months": ["peacekeeping months -f csv"],
    "quality": ["peacekeeping quality -f json"],
    "export": ["peacekeeping export contributions --as-of 2022-06 -f parquet -o june.parquet"],
    "update": ["peacekeeping update", "peacekeeping update --from mirror/ --skip-unknown"],
    "migrate": ["peacekeeping migrate --db old.duckdb"],
    "profile": ["peacekeeping profile Peru --as-of 2022-06", "peacekeeping profile PER --as-of 2022-06 -f json"],
    "rank": ["peacekeeping rank --as-of 2022-06 --top 10", "peacekeeping rank --by women --top 5"],
    "mission": ["peacekeeping mission MINUSCA --as-of 2022-06"],
    "fatalities": ["peacekeeping fatalities Peru --until 2022-10-12"],
    "release": [
        "peacekeeping release Peru --date 2022-10-12",
        "peacekeeping release Peru --date 2022-10-12 --lang es -f docx -o peru.docx",
    ],
    "check": [
        "peacekeeping check statement.txt --date 2022-10-12",
        "peacekeeping check draft.md --date 2022-10 --country Peru -f json",
    ],
    "serve": ["peacekeeping serve --port 8000 --workers 2"],
    "news": ["peacekeeping news --as-of 2023-12 --lang fr"],
    "pack": ["peacekeeping pack --as-of 2023-12 --top 5 -o pack/"],
}

# What a value looks like, by option name, for every command alike (flags show none).
LABELS: dict[str, str] = {
    "--as-of": "<YYYY-MM[-DD]>",
    "--date": "<YYYY-MM-DD>",
    "--until": "<YYYY-MM-DD>",
    "--country": "<NAME>",
    "--release": "<YYYY-MM-DD>",
    "--host": "<ADDRESS>",
    "--port": "<PORT>",
    "--base-url": "<URL>",
    "--datasets": "<ID>",
    "--workers": "<N>",
    "--top": "<N>",
    "--retries": "<N>",
    "--timeout": "<SECONDS>",
    "--lang": "<en|es|fr>",
}


def dress(group) -> None:
    """Add each command's examples under its help and put readable labels on its options (the click group Typer
    made of the app)."""
    for name, command in group.commands.items():
        command.epilog = "Examples:\n\n" + "\n\n".join(f"  {line}" for line in EXAMPLES[name])
    for command in [group, *group.commands.values()]:
        command.get_help_option = _unlabelled(command.get_help_option)
        for param in command.params:
            if getattr(param, "is_flag", False):
                param.metavar = ""
            elif param.metavar is None and (label := LABELS.get(next(iter(param.opts), ""))):
                param.metavar = label


def _unlabelled(make):
    """The --help option `make` gives, with no value label (it takes none)."""

    def help_option(ctx):
        option = make(ctx)
        if option is not None:
            option.metavar = ""
        return option

    return help_option


def installed_version() -> str:
    """The version of the installed package."""
    return _installed_version("peacekeeping")


def _print_version(asked: bool) -> None:
    if asked:
        typer.echo(f"peacekeeping {installed_version()}")
        raise typer.Exit(0)


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", help="Print the installed version and exit.", is_eager=True, callback=_print_version),
    ] = False,
) -> None:
    """The UN's official peacekeeping figures as press-ready facts."""
