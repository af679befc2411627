"""The documentation and the code agree: every `peacekeeping ...` command shown in README.md and docs/*.md exists with
the options it is shown with (and, in code blocks, parses as shown); every test, script and file they name exists."""

from __future__ import annotations

import ast
import re
import shlex
from dataclasses import dataclass
from itertools import product
from pathlib import Path

import pytest
import typer

from peacekeeping.cli import app
from peacekeeping.cli.help import EXAMPLES

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.M | re.S)
_SPAN = re.compile(r"(?<!`)`([^`\n]+)`(?!`)")
_COMMENT = re.compile(r"\s+#\s.*$")


@dataclass(frozen=True)
class Shown:
    """A command as the documentation shows it: where, how, and whether it sits in a code block (complete)."""

    doc: str
    line: int
    text: str
    block: bool

    def __str__(self) -> str:
        return f"{self.doc}:{self.line}: {self.text}"


def _commands(line: str) -> list[str]:
    """The `peacekeeping ...` commands of a shell line: a pipeline's parts, comments dropped."""
    line = _COMMENT.sub("", line)
    parts = re.split(r"\s+(?:\|\||&&|\|)\s+|;", line)  # a|b without spaces is a choice, not a pipe
    return [p.strip() for p in parts if re.match(r"peacekeeping(\s|$)", p.strip())]


def shown() -> list[Shown]:
    found = []
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        name = doc.relative_to(ROOT).as_posix()
        blocks = [(m.start(1), m[1]) for m in _FENCE.finditer(text)]
        for start, block in blocks:
            pending, at = "", None
            for n, raw in enumerate(block.splitlines(), start=text[:start].count("\n") + 1):
                at = at or n
                if raw.endswith("\\"):  # continued on the next line
                    pending += raw[:-1] + " "
                    continue
                found += [Shown(name, at, c, True) for c in _commands(pending + raw)]
                pending, at = "", None
        prose = _FENCE.sub(lambda m: "\n" * m[0].count("\n"), text)
        for m in _SPAN.finditer(prose):
            if re.match(r"peacekeeping(\s|$)", m[1]):
                found.append(Shown(name, prose[: m.start()].count("\n") + 1, m[1], False))
    return found


GROUP = typer.main.get_command(app)  # a click Group (typer's own copy of click, from typer 0.29 on)
SHOWN = shown() + [
    Shown(f"peacekeeping {name} --help", n, line, True)
    for name, lines in EXAMPLES.items()
    for n, line in enumerate(lines, start=1)
]
USAGE_ERROR = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")  # of that click


def _variants(shown: Shown) -> list[list[str]]:
    """The argument lists a shown command stands for: [optional] parts kept, each of a|b|c alternatives in turn."""
    flat = re.sub(r"(?<=\S)\[([^\[\]\s]*)\]", r"\1", shown.text)  # YYYY-MM[-DD]: the optional part kept
    flat = flat.replace("[", " ").replace("]", " ")
    tokens = shlex.split(flat)[1:]
    choices = [t.split("|") if "|" in t and not t.startswith("-") else [t] for t in tokens]
    return [list(combo) for combo in product(*choices)]


def test_the_documentation_shows_the_commands():
    """Every command the CLI has is shown in a code block of the docs, and its help has an example."""
    documented = [s for s in SHOWN if s.block and not s.doc.endswith("--help")]
    in_blocks = {s.text.split()[1] for s in documented if len(s.text.split()) > 1}
    assert sorted(set(GROUP.commands) - in_blocks) == []
    assert sorted(EXAMPLES) == sorted(GROUP.commands)


def exists(shown: Shown) -> None:
    """The command exists, and so does every option it is shown with."""
    tokens = _variants(shown)[0]
    if not tokens:  # `peacekeeping` alone
        return
    if tokens[0].startswith("-"):  # an option of `peacekeeping` itself
        options = {opt for param in GROUP.params for opt in param.opts}
        assert tokens[0] in options | {"--help"}, f"{shown}: peacekeeping has no option {tokens[0]}"
        return
    command = GROUP.commands.get(tokens[0])
    assert command is not None, f"{shown}: no command {tokens[0]!r} (commands: {', '.join(sorted(GROUP.commands))})"
    options = {opt for param in command.params for opt in (*param.opts, *param.secondary_opts)}
    for token in tokens[1:]:
        if token.startswith("-") and token != "-":
            assert token.split("=")[0] in options | {"--help"}, (
                f"{shown}: {tokens[0]} has no option {token} (options: {', '.join(sorted(options))})"
            )


def parses(shown: Shown) -> None:
    """Each variant ([optional] parts, a|b alternatives) parses: arguments in place, option values of their type."""
    for tokens in _variants(shown):
        command = GROUP.commands[tokens[0]]
        try:
            command.make_context(tokens[0], tokens[1:])
        except USAGE_ERROR as exc:
            raise AssertionError(
                f"{shown}: `peacekeeping {' '.join(tokens)}` does not parse: {exc.format_message()}"
            ) from None


@pytest.mark.parametrize("shown", SHOWN, ids=str)
def test_the_command_and_its_options_exist(shown):
    exists(shown)


@pytest.mark.parametrize("shown", [s for s in SHOWN if s.block], ids=str)
def test_a_command_in_a_code_block_parses_as_shown(shown):
    exists(shown)
    parses(shown)


@pytest.mark.parametrize(
    "text, problem",
    [
        ("peacekeeping profiles Peru", "no command 'profiles'"),
        ("peacekeeping rank --as-of 2022-06 --bottom 3", "rank has no option --bottom"),
        (
            "peacekeeping release Peru [--lang en|de]",
            "`peacekeeping release Peru --lang de` does not parse: Invalid value for '--lang'",
        ),
        ("peacekeeping rank --top ten", "does not parse: Invalid value for '--top'"),
        ("peacekeeping mission --as-of 2022-06", "does not parse: Missing argument"),
    ],
)
def test_a_wrong_command_is_caught(text, problem):
    wrong = Shown("doc.md", 1, text, True)
    with pytest.raises(AssertionError, match=re.escape(problem)):
        exists(wrong)
        parses(wrong)


# ------------------------------------------------------------------------------------------------ tests and files named


def _test_names() -> dict[str, set[str]]:
    """Test file name -> the test functions it defines."""
    names = {}
    for path in ROOT.glob("tests/**/test_*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names[path.name] = {n.name for n in tree.body if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")}
    return names


def test_the_tests_the_documentation_names_exist():
    names = _test_names()
    every = set().union(*names.values())
    text = "\n".join(doc.read_text(encoding="utf-8") for doc in DOCS)
    named = re.findall(r"`(?:(test_\w+\.py)::)?(test_[\w…]+)`", text)
    assert named, "the scan found no test names: it is broken"
    for file, test in named:
        pattern = re.compile(re.escape(test).replace("…", r"\w*") + "$")
        pool = names.get(file, set()) if file else every
        assert file in ("", *names), f"no test file {file}"
        assert any(pattern.match(name) for name in pool), f"no test {file + '::' if file else ''}{test}"


def test_the_files_the_documentation_names_exist():
    text = "\n".join(doc.read_text(encoding="utf-8") for doc in DOCS)
    paths = set(
        re.findall(r"(?<![\w./])((?:tests|benchmarks|docs|src/peacekeeping)/[\w./-]+\.(?:py|md|csv|j2|toml))", text)
    )
    paths |= {f"docs/{name}" for name in re.findall(r"\(docs/(\w+\.md)\)", text)}
    assert paths, "the scan found no paths: it is broken"
    assert sorted(p for p in paths if not (ROOT / p).exists()) == []


def test_the_quick_start_works_on_a_fresh_machine():
    """The README's quick start makes a virtual environment before `pip install` (a fresh Debian or Ubuntu refuses
    it outside one), says the Python version the package requires, where the store is, and how to get data without
    the shared archive."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme[readme.index("## Quick start") : readme.index("`ingest` takes files or folders")]
    block = _FENCE.search(start)[1]
    assert block.index("python3 -m venv .venv") < block.index(". .venv/bin/activate") < block.index("pip install .")
    required = re.search(r'requires-python = ">=(\d+\.\d+)"', (ROOT / "pyproject.toml").read_text())[1]
    assert f"Python {required} or newer" in start
    assert "externally-managed-environment" in start and "python3-venv" in start
    assert "peacekeeping update" in block and "user data directory" in start and "--db PATH" in start
    assert "https://peacekeeping.un.org/en/data-troop-and-police-contributions" in start
