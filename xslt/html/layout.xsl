<?xml version="1.0" encoding="UTF-8"?>
<!-- The page shell every HTML page shares: head, site navigation, footer. -->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:tei-telegrams:functions"
    xmlns:h="urn:tei-telegrams:html"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- The edition's title: given, or the edition's name and the months its telegrams span
       (every page's catalogue names the edition and lists its months). -->
  <xsl:param name="edition-title" as="xs:string" select="''"/>
  <xsl:variable name="h:months" as="xs:string*" select="sort(distinct-values(($catalogue/*/months/month, $catalogue/*/entry/@month)[. != ''] ! string()))"/>
  <xsl:variable name="h:period" as="xs:string" select="f:month-span($h:months[1], $h:months[last()])"/>
  <xsl:variable name="h:edition-title" as="xs:string"
      select="if ($edition-title) then $edition-title
              else string-join((($catalogue/*/@edition[normalize-space()], 'The Stalin–Mao Telegrams')[1], $h:period[.]), ', ')"/>

  <xsl:variable name="h:nav" as="map(xs:string, xs:string)*" select="(
      map{'href': 'index.html', 'label': 'Telegrams'},
      map{'href': 'persons.html', 'label': 'Persons'},
      map{'href': 'places.html', 'label': 'Places'},
      map{'href': 'organisations.html', 'label': 'Organisations'},
      map{'href': 'chronology.html', 'label': 'Chronology'},
      map{'href': 'network.html', 'label': 'Network'},
      map{'href': 'search.html', 'label': 'Search'})"/>

  <!-- An HTML page: $title in the head, $content in main, $current marks the nav entry. -->
  <xsl:template name="h:page">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="current" as="xs:string" select="''"/>
    <xsl:param name="content" as="node()*" select="()"/>
    <xsl:param name="extra-head" as="node()*" select="()"/>
    <xsl:param name="after-main" as="node()*" select="()"/>
    <!-- or a node whose templates in modes h:content and h:after-main make them in place: a
         large page's content given as $content is built apart and then copied (a document's
         page: 0.25 of its 3.9 ms) -->
    <xsl:param name="in-place" as="node()?" select="()"/>
    <!-- (the language the TEI files declare, xml:lang="en", as the PDF says it: the translations
         keep each source's spelling, British or American, so no region is claimed) -->
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>{$title} — {$h:edition-title}</title>
        <link rel="stylesheet" href="assets/edition.css"/>
        <script src="assets/edition.js" defer="defer"></script>
        <xsl:sequence select="$extra-head"/>
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="site">
          <p class="edition-title"><a href="index.html">{$h:edition-title}</a></p>
          <nav aria-label="Site">
            <ul>
              <xsl:for-each select="$h:nav">
                <li>
                  <a href="{?href}"><xsl:if test="?href = $current"><xsl:attribute name="aria-current" select="'page'"/></xsl:if><xsl:value-of select="?label"/></a>
                </li>
              </xsl:for-each>
            </ul>
          </nav>
        </header>
        <main id="main">
          <xsl:sequence select="$content"/>
          <xsl:apply-templates select="$in-place" mode="h:content"/>
        </main>
        <xsl:sequence select="$after-main"/>
        <xsl:apply-templates select="$in-place" mode="h:after-main"/>
        <footer class="site">
          <p>A digital edition of translated telegrams, encoded in TEI P5. The TEI encoding is licensed under
            <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>; the translations remain subject to the
            terms of their sources.</p>
        </footer>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
