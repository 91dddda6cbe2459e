<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode "notes": the notes of the text, each with a link back to its anchor. -->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:tei-telegrams:functions"
    xmlns:h="urn:tei-telegrams:html"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:mode name="notes" on-no-match="shallow-skip"/>

  <xsl:template match="tei:text" mode="notes">
    <xsl:param name="id-prefix" tunnel="yes" as="xs:string" select="''"/>
    <xsl:variable name="notes" select=".//tei:note[not(@type = 'annotation' or @type = 'editorial' and @resp = '#source-editor' and not(@place))]"/>
    <xsl:if test="$notes">
      <section class="notes" aria-labelledby="{$id-prefix}notes-heading" role="doc-endnotes">
        <h2 id="{$id-prefix}notes-heading">Notes</h2>
        <ol class="notes">
          <xsl:apply-templates select="$notes" mode="notes"/>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:note" mode="notes">
    <xsl:param name="id-prefix" tunnel="yes" as="xs:string" select="''"/>
    <xsl:variable name="num" select="h:note-number(.)"/>
    <li id="{$id-prefix}note-{$num}" role="doc-endnote">
      <span class="note-label">{h:note-label(.)}.</span><xsl:text> </xsl:text>
      <xsl:if test="@type = 'source' or @resp = '#source-editor'"><span class="note-kind">(Note of the source) </span></xsl:if>
      <xsl:choose>
        <xsl:when test="h:has-blocks(.)"><div class="note-body"><xsl:apply-templates mode="text"/></div></xsl:when>
        <xsl:otherwise><span class="note-body"><xsl:apply-templates mode="text"/></span></xsl:otherwise>
      </xsl:choose>
      <xsl:text> </xsl:text>
      <a class="backref" href="#{$id-prefix}noteref-{$num}" role="doc-backlink" aria-label="Back to the text of note {h:note-label(.)}">↩</a>
    </li>
  </xsl:template>
</xsl:stylesheet>
