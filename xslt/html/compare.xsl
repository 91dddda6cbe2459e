<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode "compare": two translations of one telegram side by side, aligned by paragraph
     (by @n where both number their points, else in order); numbers, dates and names one
     witness has and the other lacks in the aligned passage are marked. -->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:tei-telegrams:functions"
    xmlns:h="urn:tei-telegrams:html"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:mode name="compare" on-no-match="shallow-skip"/>

  <!-- One page per pair of translations, named by the two ids in order; from the second,
       the link asks for the sides swapped (#swapped: the stylesheet reorders the columns,
       no script), so the reader's translation is on the left. -->
  <xsl:function name="h:compare-href" as="xs:string">
    <xsl:param name="from" as="xs:string"/>
    <xsl:param name="to" as="xs:string"/>
    <xsl:variable name="pair" select="sort(($from, $to))"/>
    <xsl:sequence select="'compare-' || encode-for-uri($pair[1]) || '--' || encode-for-uri($pair[2]) || '.html'
        || (if ($from gt $to) then '#swapped' else '')"/>
  </xsl:function>

  <!-- The top-level blocks of a document's text, in order. -->
  <xsl:function name="h:blocks" as="element()*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="root($doc)//tei:text//(tei:p, tei:ab, tei:list, tei:quote, tei:opener, tei:closer, tei:head, tei:postscript,
        tei:table, tei:lg)[not(ancestor::tei:p or ancestor::tei:ab or ancestor::tei:quote or ancestor::tei:list or ancestor::tei:opener
        or ancestor::tei:closer or ancestor::tei:note or ancestor::tei:postscript or ancestor::tei:table or ancestor::tei:lg)]"/>
  </xsl:function>

  <!-- Alignment units of a document: maps {key, label, nodes}. -->
  <xsl:function name="h:units" as="map(*)*">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="numbered" as="xs:boolean"/>
    <xsl:variable name="blocks" select="h:blocks($doc)"/>
    <xsl:variable name="front" select="$blocks[self::tei:head or self::tei:opener]"/>
    <xsl:variable name="back" select="$blocks[self::tei:closer or self::tei:postscript]"/>
    <xsl:variable name="main" select="$blocks except ($front, $back)"/>
    <xsl:if test="$front"><xsl:sequence select="map{'key': 'front', 'label': 'Heading', 'nodes': $front}"/></xsl:if>
    <xsl:choose>
      <xsl:when test="$numbered">
        <xsl:for-each-group select="$main" group-starting-with="tei:p[@n]">
          <xsl:variable name="n" select="current-group()[1]/self::tei:p/@n"/>
          <xsl:sequence select="map{'key': if ($n) then 'n' || $n else 'pre', 'label': if ($n) then 'Point ' || $n else 'Opening',
              'nodes': current-group()}"/>
        </xsl:for-each-group>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$main">
          <xsl:sequence select="map{'key': 'o' || position(), 'label': 'Paragraph ' || position(), 'nodes': .}"/>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$back"><xsl:sequence select="map{'key': 'back', 'label': 'Closing', 'nodes': $back}"/></xsl:if>
  </xsl:function>

  <xsl:template name="h:compare">
    <xsl:param name="left" as="element()"/>
    <xsl:param name="right" as="element()"/>
    <xsl:param name="ldoc" as="document-node()?" select="h:doc($left)"/>
    <xsl:param name="rdoc" as="document-node()?" select="h:doc($right)"/>
    <xsl:variable name="numbered" select="exists(h:blocks($ldoc)[self::tei:p/@n]) and exists(h:blocks($rdoc)[self::tei:p/@n])"/>
    <xsl:variable name="lunits" select="h:units($ldoc, $numbered)"/>
    <xsl:variable name="runits" select="h:units($rdoc, $numbered)"/>
    <xsl:variable name="keys" select="distinct-values(($lunits, $runits) ! ?key)"/>
    <!-- a quoted message keeps its quotation marks, though its blocks are shown one by one -->
    <xsl:variable name="lquote" select="h:quote-ends(($ldoc//tei:text//tei:div[tokenize(@rend) = 'quoted'])[1])"/>
    <xsl:variable name="rquote" select="h:quote-ends(($rdoc//tei:text//tei:div[tokenize(@rend) = 'quoted'])[1])"/>
    <xsl:variable name="tips" select="h:tips(($ldoc, $rdoc))"/>
    <xsl:variable name="ordered-keys" select="('front', $keys[not(. = ('front', 'back'))], 'back')[. = $keys]"/>
    <xsl:call-template name="h:page">
      <xsl:with-param name="title" select="'Side by side: ' || $left/title"/>
      <xsl:with-param name="content">
        <!-- before the heading: a link to #swapped shows the page from its title -->
        <span id="swapped" class="swap-target"></span>
        <h1>{$left/title}: two translations side by side</h1>
        <nav class="compare-nav" aria-label="Views">
          <ul>
            <li><a href="{$left/@href}">Reading view: {$left/source-title}</a></li>
            <li><a href="{$right/@href}">Reading view: {$right/source-title}</a></li>
            <li><a class="swap" href="#swapped">Swap sides</a><a class="unswap" href="#compare">Swap sides</a></li>
          </ul>
        </nav>
        <p class="legend">Aligned {if ($numbered) then 'by the numbered points' else 'paragraph by paragraph, in order'}.
          <mark class="diff">Marked</mark> are numbers, dates and names that the aligned passage of the other translation does not have.</p>
        <div class="compare" id="compare" role="table" aria-label="Two translations aligned by paragraph">
          <div class="compare-row compare-head" role="row">
            <div role="columnheader" class="compare-label"><span class="visually-hidden">Passage</span></div>
            <div role="columnheader"><a href="{$left/@href}">{($left/source-title[. != ''], $left/@id)[1]}</a></div>
            <div role="columnheader"><a href="{$right/@href}">{($right/source-title[. != ''], $right/@id)[1]}</a></div>
          </div>
          <xsl:for-each select="$ordered-keys">
            <xsl:variable name="key" select="."/>
            <xsl:variable name="l" select="$lunits[?key = $key]"/>
            <xsl:variable name="r" select="$runits[?key = $key]"/>
            <div class="compare-row" role="row" id="row-{$key}">
              <div class="compare-label" role="rowheader">{($l, $r)[1]?label}</div>
              <xsl:call-template name="h:compare-cell">
                <xsl:with-param name="nodes" select="$l?nodes"/>
                <xsl:with-param name="other" select="$r?nodes"/>
                <xsl:with-param name="prefix" select="'l-'"/>
                <xsl:with-param name="quote" select="$lquote"/>
                <xsl:with-param name="label" select="($left/source-title[. != ''], $left/@id)[1]"/>
                <xsl:with-param name="tips" select="$tips"/>
              </xsl:call-template>
              <xsl:call-template name="h:compare-cell">
                <xsl:with-param name="nodes" select="$r?nodes"/>
                <xsl:with-param name="other" select="$l?nodes"/>
                <xsl:with-param name="prefix" select="'r-'"/>
                <xsl:with-param name="quote" select="$rquote"/>
                <xsl:with-param name="label" select="($right/source-title[. != ''], $right/@id)[1]"/>
                <xsl:with-param name="tips" select="$tips"/>
              </xsl:call-template>
            </div>
          </xsl:for-each>
        </div>
        <div class="compare-notes">
          <xsl:apply-templates select="$ldoc/*/tei:text" mode="notes"><xsl:with-param name="id-prefix" tunnel="yes" select="'l-'"/><xsl:with-param name="tips" tunnel="yes" select="$tips"/></xsl:apply-templates>
          <xsl:apply-templates select="$rdoc/*/tei:text" mode="notes"><xsl:with-param name="id-prefix" tunnel="yes" select="'r-'"/><xsl:with-param name="tips" tunnel="yes" select="$tips"/></xsl:apply-templates>
        </div>
      </xsl:with-param>
      <xsl:with-param name="after-main">
        <xsl:call-template name="h:tooltips"><xsl:with-param name="docs" select="($ldoc, $rdoc)"/><xsl:with-param name="tips" select="$tips"/></xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- One side of an aligned passage, with what the other side lacks marked. -->
  <xsl:template name="h:compare-cell">
    <xsl:param name="nodes" as="element()*"/>
    <xsl:param name="other" as="element()*"/>
    <xsl:param name="prefix" as="xs:string"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="quote" as="xs:string*" select="('', '')"/>
    <xsl:param name="tips" as="map(xs:string, xs:string)?" select="()"/>
    <div role="cell" class="compare-cell">
      <!-- on narrow screens, where the columns stack, each cell says which translation it is -->
      <p class="cell-source" aria-hidden="true">{$label}</p>
      <xsl:choose>
        <xsl:when test="empty($nodes)"><p class="editorial">[not in this translation]</p></xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates select="$nodes" mode="text">
            <xsl:with-param name="compare" tunnel="yes" select="exists($other)"/>
            <xsl:with-param name="id-prefix" tunnel="yes" select="$prefix"/>
            <xsl:with-param name="quote-open" tunnel="yes" select="$quote[1]"/>
            <xsl:with-param name="quote-close" tunnel="yes" select="$quote[2]"/>
            <xsl:with-param name="tips" tunnel="yes" select="$tips"/>
            <xsl:with-param name="diff-numbers" tunnel="yes" select="h:numbers($other)"/>
            <xsl:with-param name="diff-dates" tunnel="yes" select="distinct-values($other//(tei:date, tei:time)/(@when, @from, @notBefore)[1] ! string())"/>
            <xsl:with-param name="diff-refs" tunnel="yes" select="distinct-values($other/descendant-or-self::*/@ref ! f:ref-id(.))"/>
          </xsl:apply-templates>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>
</xsl:stylesheet>
