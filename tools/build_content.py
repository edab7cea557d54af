"""Compile the YAML in ``content/`` into the shipped ``library.json`` and ``resources.json``.

Run ``python tools/build_content.py`` after editing content; ``--check`` exits 1 when
a shipped file is out of date (the test suite runs the same check).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from connectkit import CONTENT_VERSION, load_folder, load_resources
from connectkit._library import COLLECTIONS
from connectkit._loading import BUILTIN_FILE, BuiltinData
from connectkit._resources import RESOURCES_FILE, ResourcesData

ROOT = Path(__file__).resolve().parent.parent
CONTENT_DIR = ROOT / "content" / "library"
RESOURCES_YAML = ROOT / "content" / "resources.yaml"
DATA_DIR = ROOT / "src" / "connectkit" / "data"


def build(content_dir: Path = CONTENT_DIR) -> str:
    """The compact JSON document for the library content in `content_dir`."""
    library = load_folder(content_dir)
    data = BuiltinData.model_validate(
        {"content_version": CONTENT_VERSION, **{name: getattr(library, name) for name in COLLECTIONS}}
    )
    return data.model_dump_json(exclude_defaults=True) + "\n"


def build_resources(path: Path = RESOURCES_YAML) -> str:
    """The compact JSON document for the support resources in `path`."""
    return ResourcesData(resources=load_resources(path)).model_dump_json(exclude_defaults=True) + "\n"


def outputs() -> dict[Path, str]:
    """Every shipped data file and the text it should hold."""
    return {DATA_DIR / BUILTIN_FILE: build(), DATA_DIR / RESOURCES_FILE: build_resources()}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the shipped file is stale")
    args = parser.parse_args(argv)
    stale = 0
    for output, text in outputs().items():
        current = output.read_text(encoding="utf-8") if output.exists() else ""
        if args.check:
            if current != text:
                print(f"{output} is out of date; run: python tools/build_content.py", file=sys.stderr)
                stale += 1
        elif current != text:
            output.write_text(text, encoding="utf-8")
            print(f"wrote {output.relative_to(ROOT)} ({len(text):,} bytes)")
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
