<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI -> HTML edition.  Applied to a TEI document: its page (mode "page").
     Named templates: "pages" (a batch of pages in one run), "compare-page" (two translations
     side by side) and "site" (the site-wide pages), each given the catalogue that the Python
     driver reads from the documents (tei.html.catalogue).  The behaviours live in common/ (shared with the print edition) and
     html/ (one mode per file). -->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <xsl:import href="common/functions.xsl"/>
  <xsl:import href="html/layout.xsl"/>
  <xsl:import href="html/text.xsl"/>
  <xsl:import href="html/notes.xsl"/>
  <xsl:import href="html/meta.xsl"/>
  <xsl:import href="html/telegram.xsl"/>
  <xsl:import href="html/site.xsl"/>
  <xsl:import href="html/compare.xsl"/>
  <xsl:import href="html/graphics.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"/>
  <xsl:mode on-no-match="shallow-skip" use-accumulators="#all"/>

  <xsl:template match="/">
    <xsl:apply-templates select="*" mode="page"/>
  </xsl:template>
</xsl:stylesheet>
