<?xml version="1.0" encoding="UTF-8"?>
<!-- The print edition: a volume of TEI telegrams -> Typst source (text), typeset by src/tei/pdf.
     Input: <pv:volume> (made by tei.pdf.volume) holding TEI documents and the witness differences
     computed in Python.  Output: the Typst markup that follows the template src/tei/pdf/edition.typ.
     Every piece of TEI text reaches the output through pf:lit() (functions.xsl): the one place
     where text is escaped for Typst. -->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pf="urn:tei-telegrams:print"
    exclude-result-prefixes="#all">

  <!-- the vocabulary shared with the HTML edition: dates, entity lookup, names -->
  <xsl:import href="common/functions.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <!-- the volume: front matter, telegrams, indexes (volume.xsl) -->
  <xsl:mode name="pf:volume" on-no-match="shallow-skip" on-multiple-match="fail"/>
  <!-- one telegram's heading, source and witness note (telegram.xsl) -->
  <xsl:mode name="pf:telegram" on-no-match="shallow-skip" on-multiple-match="fail"/>
  <!-- the text of a telegram: blocks and inlines; unknown elements fall back to their content (text.xsl) -->
  <xsl:mode name="pf:text" on-no-match="shallow-skip" on-multiple-match="fail"/>
  <!-- a bibliographic description as one line of plain text (source.xsl) -->
  <xsl:mode name="pf:source" on-no-match="shallow-skip" on-multiple-match="fail"/>
  <!-- the same, as Typst markup: the work's title in italics (source.xsl) -->
  <xsl:mode name="pf:source-markup" on-no-match="shallow-skip" on-multiple-match="fail"/>

  <xsl:include href="print/functions.xsl"/>
  <xsl:include href="print/volume.xsl"/>
  <xsl:include href="print/telegram.xsl"/>
  <xsl:include href="print/text.xsl"/>
  <xsl:include href="print/source.xsl"/>

  <xsl:template match="/">
    <!-- the parts (volume.xsl): the front matter, (file, number, text) of each telegram, the back matter -->
    <xsl:variable name="parts" as="xs:string*"><xsl:apply-templates select="*" mode="pf:volume"/></xsl:variable>
    <xsl:value-of select="$parts[position() = (1, last()) or position() mod 3 = 1]" separator=""/>
  </xsl:template>

  <!-- the same parts as a sequence of strings (tei.pdf.render, with the global context item set) -->
  <xsl:template name="pf:parts" as="xs:string*">
    <xsl:apply-templates select="*" mode="pf:volume"/>
  </xsl:template>

  <!-- telegrams numbered by the caller: file and text of each (volume.xsl, mode pf:telegrams) -->
  <xsl:template name="pf:telegrams" as="xs:string*">
    <xsl:apply-templates select="*" mode="pf:telegrams"/>
  </xsl:template>

</xsl:stylesheet>
