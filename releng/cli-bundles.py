#!/usr/bin/env python3
"""Writes the command line's own bundle list beside each materialised product's bundles.info.

The headless command line (`stic ARGS`, application org.stic.cli.app) needs none of the workbench's user interface:
SWT, JFace, the Eclipse 4 and 3.x workbench, the IDE, Team/Compare/LTK, help, p2, and our UI bundles and their
Russian fragments. Started with the whole product, Equinox installs all 150-odd bundles into the command line's
configuration area and the Declarative Services runtime activates the e4 workbench's components (its model assembler,
with their classes) on every run. The start scripts (features/org.stic.feature/rootfiles) therefore hand the command
line `cli.bundles.info`: the product's bundles.info without those, same lines, same start levels. Equinox reads a
relative configUrl against the shared configuration area, so the scripts name it the same way on every platform.

A bundle left out here that the command line needs fails its resolution at once: verify-products.py starts the
command line of every platform's archive, and the smoke test and the CLI tests start the Linux product.

Usage: cli-bundles.py PRODUCTS_DIR   (target/products of releng/org.stic.repository; every bundles.info under it)
"""
import re
import sys
from pathlib import Path

# Symbolic names of the workbench's user interface and what only it uses.
UI_ONLY = re.compile(r"^(org\.eclipse\.(swt|jface|ui|e4\.ui|e4\.core|e4\.emf\.xpath|compare|team|ltk|help|urischeme"
                     r"|text|core\.(commands|databinding|expressions|filebuffers|filesystem|resources)"
                     r"|equinox\.(bidi|p2|security))"
                     r"|org\.stic\.(ui|diagram\.ui|nl\.ru\.(ide|jface|navigator\.resources|views|workbench))"
                     r"|org\.apache\.batik|org\.w3c\.css\.sac|com\.sun\.jna|bc(pg|prov|util)|jakarta\.[^.]+)"
                     r"(\..*)?$")
NAME = "cli.bundles.info"


def cli_lines(lines):
    """The lines of bundles.info the command line keeps: comments and every bundle that is not UI_ONLY."""
    return [line for line in lines if line.startswith("#") or not UI_ONLY.match(line.split(",", 1)[0])]


def main(products):
    infos = sorted(Path(products).rglob("org.eclipse.equinox.simpleconfigurator/bundles.info"))
    if not infos:
        sys.exit(f"cli-bundles: no bundles.info under {products}")
    for info in infos:
        lines = info.read_text("utf-8").splitlines()
        kept = cli_lines(lines)
        names = {line.split(",", 1)[0] for line in kept if not line.startswith("#")}
        if "org.stic.cli" not in names or "org.eclipse.osgi" not in names:
            sys.exit(f"cli-bundles: {info} lacks org.stic.cli or org.eclipse.osgi")
        info.with_name(NAME).write_text("\n".join(kept) + "\n", "utf-8")
        total = sum(1 for line in lines if not line.startswith("#"))
        print(f"cli-bundles: {info.with_name(NAME)}: {len(names)} of {total} bundles")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
