"""Compile the YAML content in ``content/`` into the shipped ``library.json``.

Run ``python tools/build_content.py`` after editing content; ``--check`` exits 1 when
the shipped file is out of date (the test suite runs the same check).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from connectkit import CONTENT_VERSION, load_folder
from connectkit._loading import BUILTIN_FILE, BuiltinData

ROOT = Path(__file__).resolve().parent.parent
CONTENT_DIR = ROOT / "content"
OUTPUT = ROOT / "src" / "connectkit" / "data" / BUILTIN_FILE


def build(content_dir: Path = CONTENT_DIR) -> str:
    """The compact JSON document for the content in `content_dir`."""
    library = load_folder(content_dir)
    data = BuiltinData(
        content_version=CONTENT_VERSION,
        challenges=library.challenges,
        practices=library.practices,
        exercises=library.exercises,
        prompts=library.prompts,
        faq=library.faq,
        sources=library.sources,
    )
    return data.model_dump_json(exclude_defaults=True) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the shipped file is stale")
    args = parser.parse_args(argv)
    text = build()
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is out of date; run: python tools/build_content.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({len(text):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
