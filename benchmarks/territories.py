"""python -m benchmarks.territories: write `claimcheck/data/territories.json` from the Unicode CLDR.

The names of countries, territories and world regions in every language claimcheck reads
(`claimcheck.lang.available()`), from the CLDR as the Babel package ships it (`pip install
babel`; not a dependency of claimcheck, which reads the JSON). The gazetteer uses them to give
"Espagne" and "Spain" one canonical form (`claimcheck.ground.territories`). Rerun after a
Babel upgrade or when a language is added; the file records the Babel and CLDR versions.
"""

from __future__ import annotations

import json
import sys

from benchmarks.common import REPO
from claimcheck.lang import available

OUT = REPO / "claimcheck" / "data" / "territories.json"


def main() -> int:
    try:
        import babel
        from babel import Locale
    except ImportError:
        print("benchmarks.territories needs Babel: pip install babel", file=sys.stderr)
        return 2
    languages = sorted(available())
    names: dict[str, dict[str, str]] = {}
    for lang in languages:
        for code, name in Locale(lang).territories.items():
            if code != "001" and name[:1].isupper():  # "world" / "Monde" (also a newspaper)
                names.setdefault(code, {})[lang] = name
    record = {
        "source": f"Unicode CLDR {babel.core.get_cldr_version()}, Babel {babel.__version__}",
        "languages": languages,
        "names": {code: names[code] for code in sorted(names)},
    }
    OUT.write_text(json.dumps(record, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(REPO)}: {len(names)} territories in {', '.join(languages)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
