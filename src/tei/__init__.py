"""TEI edition pipeline for translated diplomatic telegrams.

The stages are visible as packages: ``sources`` (one reader per input format),
``transforms`` (ordered passes, TEI in and TEI out), then validation, rendering and
deposit.  ``convert.convert_sources`` is the facade that reads as the pipeline.
"""

__version__ = "0.1.0"

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
