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
    <xsl:variable name="notes" select=".//tei:note[not(h:note-in-place(.))]"/>
    <!-- the part of the text each note belongs to: the innermost division with a heading -->
    <xsl:variable name="parts" select="$notes ! generate-id((ancestor::*[h:is-division(.)][tei:head])[last()])"/>
    <xsl:if test="$notes">
      <section class="notes" aria-labelledby="{$id-prefix}notes-heading" role="doc-endnotes">
        <h2 id="{$id-prefix}notes-heading">Notes</h2>
        <xsl:choose>
          <!-- a text of several documents that number their notes each from 1 (a FRUS volume):
               one list under each document's heading, or "2." would stand for several notes -->
          <xsl:when test="count(distinct-values($notes ! h:note-label(.))) lt count($notes) and count(distinct-values($parts)) gt 1">
            <xsl:for-each-group select="$notes" group-adjacent="generate-id((ancestor::*[h:is-division(.)][tei:head])[last()])">
              <xsl:variable name="part" select="(current-group()[1]/ancestor::*[h:is-division(.)][tei:head])[last()]"/>
              <xsl:if test="$part">
                <h3 class="notes-part">{h:division-label($part)}</h3>
              </xsl:if>
              <ol class="notes">
                <xsl:apply-templates select="current-group()" mode="notes"/>
              </ol>
            </xsl:for-each-group>
          </xsl:when>
          <xsl:otherwise>
            <ol class="notes">
              <xsl:apply-templates select="$notes" mode="notes"/>
            </ol>
          </xsl:otherwise>
        </xsl:choose>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:function name="h:is-division" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e[self::tei:div or self::tei:div1 or self::tei:div2 or self::tei:div3 or self::tei:div4
        or self::tei:floatingText])"/>
  </xsl:function>

  <!-- A division as the notes name it: its number and heading, without the heading's notes. -->
  <xsl:function name="h:division-label" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:variable name="head" select="normalize-space(string-join($div/tei:head[1]//text()[not(ancestor::tei:note)], ''))"/>
    <xsl:sequence select="string-join((f:div-number($div)[.] ! (. || '.'), $head), ' ')"/>
  </xsl:function>

  <xsl:template match="tei:note" mode="notes">
    <xsl:param name="id-prefix" tunnel="yes" as="xs:string" select="''"/>
    <xsl:variable name="num" select="h:note-number(.)"/>
    <!-- (no role="doc-endnote": DPUB-ARIA 1.1 deprecates it, the list in doc-endnotes says as much) -->
    <li id="{$id-prefix}note-{$num}">
      <span class="note-label">{h:note-label(.)}.</span><xsl:text> </xsl:text>
      <!-- (not before a note that names itself: "Source: National Archives, ...") -->
      <xsl:if test="(@type = 'source' or @resp = '#source-editor') and not(matches(string-join(.//text()), '^\s*(Sources?|Note)\s*:', 'i'))">
        <span class="note-kind">(Note in the source) </span></xsl:if>
      <xsl:choose>
        <xsl:when test="h:has-blocks(.)"><div class="note-body"><xsl:apply-templates mode="text"/></div></xsl:when>
        <xsl:otherwise><span class="note-body"><xsl:apply-templates mode="text"/></span></xsl:otherwise>
      </xsl:choose>
      <xsl:text> </xsl:text>
      <a class="backref" href="#{$id-prefix}noteref-{$num}" role="doc-backlink" aria-label="Back to the text of note {h:note-label(.)}">↩</a>
    </li>
  </xsl:template>
</xsl:stylesheet>
