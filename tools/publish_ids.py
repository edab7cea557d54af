"""Record the ids of the built-in content as published: ``content/published-ids.txt``.

Apps store ids (a saved exercise, a prompt answered yesterday), so an id, once
shipped, must keep working. The test suite checks that every published id still
finds an item (by its id or one of its ``aliases``) or has an entry in
``content/deprecations.yaml``, and that every current id has been published. Run
this after adding content; it only ever adds ids.
"""

from __future__ import annotations

import sys
from pathlib import Path

from connectkit import load_folder

ROOT = Path(__file__).resolve().parent.parent
PUBLISHED = ROOT / "content" / "published-ids.txt"
HEADER = "# Every id the built-in content has shipped with. Append only: see tools/publish_ids.py.\n"


def read_published(path: Path = PUBLISHED) -> set[str]:
    """The ids recorded in the published list."""
    if not path.exists():
        return set()
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def main() -> int:
    current = {item.id for item in load_folder(ROOT / "content" / "library")}
    published = read_published()
    added = sorted(current - published)
    lines = "".join(f"{item_id}\n" for item_id in sorted(published | current))
    PUBLISHED.write_text(HEADER + lines, encoding="utf-8")
    print(f"published {len(added)} new id(s); {len(published | current)} in all", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
