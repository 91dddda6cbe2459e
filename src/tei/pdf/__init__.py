"""The print edition: TEI -> Typst (xslt/tei-to-print.xsl) -> PDF/A (typst).

    from tei.pdf import print_volume
    print_volume(sorted(Path("out/tei").glob("*.xml")), Path("out/print/edition.pdf"), report)
"""

from .edition import VOLUME_SIZE, print_edition
from .render import PAPERS, TypesetError, print_volume, typst_source

__all__ = ["PAPERS", "TypesetError", "VOLUME_SIZE", "print_edition", "print_volume", "typst_source"]
