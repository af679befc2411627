"""A server process's memory (issue 27.5): what it imports, and the bounds of what it keeps per store generation."""

from __future__ import annotations

import subprocess
import sys

WRITERS_ONLY = ("pyarrow", "docx", "lxml")  # ~60 MB a process that only reads and answers does not need


def test_a_server_process_imports_neither_pyarrow_nor_python_docx(tmp_path):
    code = (
        "import sys\n"
        "from peacekeeping.web import app, checks\n"
        "from peacekeeping import check, news\n"
        "app.create_app(sys.argv[1])\n"
        f"print(sorted(m for m in {WRITERS_ONLY!r} if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "s.duckdb")], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
