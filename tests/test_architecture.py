"""The layering in DESIGN.md, enforced: import-linter contracts in pyproject.toml."""

from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_are_kept(capsys) -> None:  # type: ignore[no-untyped-def]
    result = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True)
    output = capsys.readouterr().out
    assert result == 0, output
    assert "broken" not in output.split("Contracts:")[-1].replace("0 broken", "")
