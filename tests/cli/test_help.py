"""Each command's help: its example, labels that say what a value looks like (none on flags), and --version."""

from __future__ import annotations

from importlib.metadata import version

import pytest

from peacekeeping.cli.entry import run
from peacekeeping.cli.help import EXAMPLES


def help_of(capsys, *args: str) -> str:
    assert run([*args, "--help"]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("command", sorted(EXAMPLES))
def test_every_command_shows_its_examples_and_no_bool_label(capsys, command):
    text = help_of(capsys, command)
    assert "Examples:" in text
    for example in EXAMPLES[command]:
        assert " ".join(example.split()[:3]) in text
    assert "<bool>" not in text


def test_the_options_say_what_their_values_look_like(capsys):
    text = help_of(capsys, "rank")
    assert "<YYYY-MM[-DD]>" in text and "<N>" in text and "<str>" not in text


def test_the_top_level_help_has_no_bool_label(capsys):
    text = help_of(capsys)
    assert "--version" in text and "<bool>" not in text


def test_version_prints_the_installed_version(capsys):
    assert run(["--version"]) == 0
    assert capsys.readouterr().out == f"peacekeeping {version('peacekeeping')}\n"


def test_every_option_says_what_it_does():
    from peacekeeping.cli.entry import _command

    group = _command()
    silent = [
        (name, p.opts[0])
        for name, c in group.commands.items()
        for p in c.params
        if p.param_type_name == "option" and not p.hidden and not p.help
    ]
    assert silent == []
