<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode "page": the page of one TEI document (a telegram, or any TEI text). -->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:tei-telegrams:functions"
    xmlns:h="urn:tei-telegrams:html"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:mode name="page" on-no-match="shallow-skip"/>

  <!-- The site's catalogue (made by tei.html.catalogue: one <entry> per document, the
       entry's file, date, title, correspondents, summary, witnesses, neighbours in time), for
       previous/next and witness titles. -->
  <xsl:param name="catalogue" as="document-node()?" select="()"/>
  <!-- The file name of this document in the site (tei/<file>); default: from its URI. -->
  <xsl:param name="file" as="xs:string" select="''"/>

  <xsl:key name="h:entry" match="entry" use="@id"/>

  <!-- The catalogue entry of a document id. -->
  <xsl:function name="h:entry" as="element()?">
    <xsl:param name="id" as="xs:string?"/>
    <xsl:sequence select="if ($catalogue and $id) then key('h:entry', $id, $catalogue) else ()"/>
  </xsl:function>

  <!-- The previous or next telegram in the pager: its title, linked, and its source; one known in
       several translations with each by its source, as "in the exchange" names them:
       "Stalin to Mao Zedong, 10 January 1949 (in Sino-Soviet Relations · in Works, vol. 18)". -->
  <xsl:template name="h:pager-telegram">
    <xsl:param name="entry" as="element()?"/>
    <xsl:param name="rel" as="xs:string"/>
    <xsl:variable name="translations" select="($entry/@id, $entry/witness/@id[. != $entry/@id])[h:entry(.)] ! string(.)"/>
    <xsl:choose>
      <xsl:when test="not($entry)">none</xsl:when>
      <xsl:when test="count($translations) gt 1">
        <a rel="{$rel}" href="{$entry/@href}">{$entry/title}</a>
        <xsl:text> (</xsl:text>
        <xsl:for-each select="$translations">
          <xsl:if test="position() gt 1"> · </xsl:if>
          <xsl:call-template name="h:doc-link">
            <xsl:with-param name="id" select="."/>
            <xsl:with-param name="label" select="h:in-source(., 'in ', true())"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:text>)</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <a rel="{$rel}" href="{$entry/@href}">{$entry/title}</a>
        <xsl:for-each select="$entry/source-title[. != '']"> (<xsl:sequence select="h:source-cite(., f:parenthesised(.))"/>)</xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A link to another document of the site by id, or its label as text when absent (a
       string, or words and a source's <cite>: h:in-source). -->
  <xsl:template name="h:doc-link">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="label" as="item()*" select="()"/>
    <xsl:param name="rel" as="xs:string?" select="()"/>
    <xsl:variable name="entry" select="h:entry($id)"/>
    <xsl:choose>
      <xsl:when test="$entry">
        <a href="{$entry/@href}">
          <xsl:if test="$rel"><xsl:attribute name="rel" select="$rel"/></xsl:if>
          <xsl:sequence select="if (exists($label)) then $label else string($entry/title)"/></a>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="if (exists($label)) then $label else $id"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A document named by its source, "in Sino-Soviet Relations, 1911-57": the source's title in
       italics as the lists set it (h:source-cite; these links had it upright beside an italic
       one), its own parentheses brackets where it stands in parentheses; the document's id when
       it has no source or is not in the site. -->
  <xsl:function name="h:in-source" as="item()*">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="word" as="xs:string"/>
    <xsl:param name="in-parentheses" as="xs:boolean"/>
    <xsl:variable name="title" select="h:entry($id)/source-title[. != ''][1]"/>
    <xsl:sequence select="if (empty($title)) then $id
        else ($word, h:source-cite($title, if ($in-parentheses) then f:parenthesised($title) else string($title)))"/>
  </xsl:function>

  <!-- "Sender → Recipient (via X)" with pagefind filters on the correspondents. -->
  <xsl:template name="h:correspondents">
    <xsl:param name="entry" as="element()?"/>
    <xsl:if test="$entry/(sender, recipient)">
      <p class="correspondents">
        <!-- (a party the source does not name, "Unknown", is no correspondent the search filters by) -->
        <xsl:for-each select="$entry/sender"><xsl:if test="position() gt 1">, </xsl:if><span><xsl:if test="h:known(.)"><xsl:attribute name="data-pagefind-filter">correspondent</xsl:attribute></xsl:if>{.}</span></xsl:for-each>
        <xsl:text> → </xsl:text>
        <xsl:for-each select="$entry/recipient"><xsl:if test="position() gt 1">, </xsl:if><span><xsl:if test="h:known(.)"><xsl:attribute name="data-pagefind-filter">correspondent</xsl:attribute></xsl:if>{.}</span></xsl:for-each>
        <xsl:if test="$entry/via"> <span class="via"> (through {string-join($entry/via, ', ')})</span></xsl:if>
      </p>
    </xsl:if>
  </xsl:template>

  <xsl:template match="/tei:TEI" mode="page">
    <!-- the file name, from the caller's batch (template "pages") or the global parameter -->
    <xsl:param name="page-file" as="xs:string" tunnel="yes" select="$file"/>
    <xsl:variable name="id" select="if ($page-file) then replace($page-file, '\.xml$', '') else f:doc-id(.)"/>
    <xsl:variable name="entry" select="h:entry($id)"/>
    <!-- (the edition's title with typographic marks: the Cruiser “Chungking”) -->
    <xsl:variable name="title" select="f:typographic(f:title(.))"/>
    <xsl:variable name="date" select="f:doc-date(.)"/>
    <xsl:call-template name="h:page">
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="in-place" select="."/>
      <xsl:with-param name="h:id" tunnel="yes" select="$id"/>
      <xsl:with-param name="h:entry" tunnel="yes" select="$entry"/>
      <xsl:with-param name="h:title" tunnel="yes" select="$title"/>
      <xsl:with-param name="h:date" tunnel="yes" select="$date"/>
      <xsl:with-param name="h:tips" tunnel="yes" select="h:tips(root(.))"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A document's page: the content of its main element (h:page) -->
  <xsl:template match="/tei:TEI" mode="h:content">
    <xsl:param name="h:id" tunnel="yes" as="xs:string"/>
    <xsl:param name="h:entry" tunnel="yes" as="element()?"/>
    <xsl:param name="h:title" tunnel="yes" as="xs:string"/>
    <xsl:param name="h:date" tunnel="yes" as="xs:string"/>
    <xsl:param name="h:tips" tunnel="yes" as="map(xs:string, xs:string)"/>
    <xsl:variable name="id" select="$h:id"/>
    <xsl:variable name="entry" select="$h:entry"/>
    <xsl:variable name="title" select="$h:title"/>
    <xsl:variable name="date" select="$h:date"/>
    <xsl:variable name="header" select="tei:teiHeader"/>
    <xsl:variable name="tips" select="$h:tips"/>
    <xsl:variable name="firsts" select="h:first-mentions(root(.))"/>
        <article class="document" data-pagefind-body="">
          <header class="document">
            <p class="kind">{if ($entry/@kind = 'document') then 'Document' else if (tei:text/tei:body/tei:div[1]/@type = 'letter') then 'Letter' else 'Telegram'}
              <xsl:if test="$date"> · {f:date-qualifier((tei:teiHeader//tei:correspAction[@type = 'sent']/tei:date)[1])}<time
                  datetime="{$date}">{f:display-date($date)}</time></xsl:if></p>
            <h1 data-pagefind-meta="title:{$title}{$entry/source-title[. != ''] ! (' (' || f:parenthesised(.) || ')')}">{$title}</h1>
            <!-- the source's heading, unless the text shows it as its own heading (a compilation's) -->
            <xsl:variable name="heads" select="f:shown-heads(.)"/>
            <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:title[@type = 'source'][not(f:squash(.) = $heads)]">
              <p class="source-title">As headed in the source: {f:quoted(.)}</p>
            </xsl:for-each>
            <xsl:call-template name="h:correspondents"><xsl:with-param name="entry" select="$entry"/></xsl:call-template>
            <xsl:if test="$entry/@year != ''"><span hidden="" data-pagefind-filter="year">{$entry/@year}</span></xsl:if>
          </header>
          <div class="columns">
            <div class="reading">
              <xsl:apply-templates select="tei:text" mode="text">
                <xsl:with-param name="tips" tunnel="yes" select="$tips"/>
                <xsl:with-param name="firsts" tunnel="yes" select="$firsts"/>
              </xsl:apply-templates>
              <xsl:apply-templates select="tei:text" mode="notes">
                <xsl:with-param name="tips" tunnel="yes" select="$tips"/>
                <xsl:with-param name="firsts" tunnel="yes" select="$firsts"/>
              </xsl:apply-templates>
            </div>
            <aside class="panel" data-pagefind-ignore="all">
              <xsl:apply-templates select="$header" mode="meta">
                <!-- the archive by the one name the edition gives it (its records cite it by two) -->
                <xsl:with-param name="collection" tunnel="yes" select="$entry/source-title[@ref][normalize-space()] ! normalize-space()"/>
              </xsl:apply-templates>
              <xsl:variable name="witnesses" select="$entry/witness/@id[. != $id]"/>
              <xsl:if test="$witnesses">
                <section class="witnesses" aria-labelledby="witness-heading">
                  <h2 id="witness-heading">Other translations</h2>
                  <ul>
                    <xsl:for-each select="$witnesses">
                      <xsl:variable name="other" select="h:entry(.)"/>
                      <li>
                        <xsl:call-template name="h:doc-link">
                          <xsl:with-param name="id" select="string(.)"/>
                          <xsl:with-param name="label" select="if ($other/source-title != '') then h:in-source(., 'In ', false()) else ()"/>
                        </xsl:call-template>
                        <xsl:if test="$other"> · <a class="compare" href="{h:compare-href($id, .)}">side by side</a></xsl:if>
                      </li>
                    </xsl:for-each>
                  </ul>
                </section>
              </xsl:if>
              <section class="cite" aria-labelledby="cite-heading">
                <h2 id="cite-heading">Cite this</h2>
                <!-- the edition's publisher: a document's own is the edition's only when it was encoded
                     for a series (ours are); a FRUS volume's would make the edition the Government
                     Printing Office's -->
                <p class="citation" id="citation">{f:quoted($title)}, in <cite>{$h:edition-title}</cite>,
                  {$header/tei:fileDesc[tei:seriesStmt or not(tei:publicationStmt/tei:publisher)]
                   ! (normalize-space((tei:publicationStmt/tei:publisher, 'the edition project')[1]) || ',')}
                  document {$id}{$header/tei:fileDesc/tei:publicationStmt/tei:date/@when ! (', version of ' || f:display-date(.))}.
                  <xsl:variable name="base" select="string($catalogue/*/@base-url)"/>
                  <xsl:choose>
                    <xsl:when test="$base != ''">
                      <a class="cite-url" href="{$base}{encode-for-uri($id)}.html">{$base}{encode-for-uri($id)}.html</a>
                    </xsl:when>
                    <!-- no address given at build time: the page's own, filled in by edition.js where
                         served; else none, the edition's title and the document's id saying which it
                         is (a bare "tg-….html" ended the citation, an address of no site) -->
                    <xsl:otherwise><span class="cite-url" data-local="" hidden=""/></xsl:otherwise>
                  </xsl:choose></p>
              </section>
              <section class="download" aria-labelledby="download-heading">
                <h2 id="download-heading">Download</h2>
                <p><a href="tei/{encode-for-uri($id)}.xml" download="{$id}.xml" type="application/tei+xml">TEI P5 XML of this document</a></p>
              </section>
            </aside>
          </div>
          <nav class="pager" aria-label="Previous and next" data-pagefind-ignore="all">
            <xsl:variable name="prev" select="h:entry($entry/@prev)"/>
            <xsl:variable name="next" select="h:entry($entry/@next)"/>
            <!-- the telegram before and after this one in time (another, never this telegram in
                 another translation: those are under "Other translations"), named plainly so -->
            <ul class="in-time">
              <!-- (a letter named so: "Next telegram" led to Khrushchev's letter to Kennedy) -->
              <li class="prev"><span class="pager-label">Previous {if ($prev/@form = 'letter') then 'letter' else 'telegram'}: </span>
                <xsl:call-template name="h:pager-telegram"><xsl:with-param name="entry" select="$prev"/><xsl:with-param name="rel" select="'prev'"/></xsl:call-template></li>
              <li class="next"><span class="pager-label">Next {if ($next/@form = 'letter') then 'letter' else 'telegram'}: </span>
                <xsl:call-template name="h:pager-telegram"><xsl:with-param name="entry" select="$next"/><xsl:with-param name="rel" select="'next'"/></xsl:call-template></li>
            </ul>
            <xsl:variable name="context" select="$header//tei:correspContext/tei:ref[@type = ('prev', 'next')]"/>
            <xsl:if test="$context">
              <ul class="in-exchange">
                <xsl:for-each select="$context">
                  <xsl:variable name="ref-label" select="normalize-space(.)"/>
                  <li class="{@type}"><span class="pager-label">{if (@type = 'prev') then 'Previous' else 'Next'} in the exchange: </span>
                    <xsl:variable name="target-ids" select="tokenize(normalize-space(@target), ' ')[f:safe-target(.)] ! replace(tokenize(., '/')[last()], '\.xml(#.*)?$', '')"/>
                    <!-- the telegram, then where it has several translations each by its source: "Stalin
                         to Mao Zedong, 10 January 1949 (in Sino-Soviet Relations · in Works, vol. 18)" -->
                    <xsl:for-each select="$target-ids[1]">
                      <xsl:call-template name="h:doc-link">
                        <xsl:with-param name="id" select="."/>
                        <xsl:with-param name="label" select="if ($ref-label != '') then $ref-label else h:in-source(., 'in ', false())"/>
                      </xsl:call-template>
                    </xsl:for-each>
                    <xsl:if test="count($target-ids) gt 1">
                      <xsl:text> (</xsl:text>
                      <xsl:for-each select="$target-ids">
                        <xsl:if test="position() gt 1"> · </xsl:if>
                        <xsl:call-template name="h:doc-link">
                          <xsl:with-param name="id" select="."/>
                          <xsl:with-param name="label" select="h:in-source(., 'in ', true())"/>
                        </xsl:call-template>
                      </xsl:for-each>
                      <xsl:text>)</xsl:text>
                    </xsl:if>
                  </li>
                </xsl:for-each>
              </ul>
            </xsl:if>
          </nav>
        </article>
  </xsl:template>

  <!-- ... and what follows its main element -->
  <xsl:template match="/tei:TEI" mode="h:after-main">
    <xsl:param name="h:tips" tunnel="yes" as="map(xs:string, xs:string)"/>
    <xsl:call-template name="h:tooltips"><xsl:with-param name="docs" select="root(.)"/><xsl:with-param name="tips" select="$h:tips"/></xsl:call-template>
  </xsl:template>

  <!-- The identifications that names' aria-describedby point to, once per entity. -->
  <xsl:template name="h:tooltips">
    <xsl:param name="docs" as="document-node()*"/>
    <xsl:param name="tips" as="map(xs:string, xs:string)?" select="()"/>
    <xsl:variable name="entities" as="element()*">
      <xsl:for-each-group select="$docs//tei:text//*[@ref]/f:entity(., @ref)" group-by="@xml:id">
        <xsl:sequence select="current-group()[1]"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:if test="exists($entities)">
      <div class="tooltips" hidden="">
        <xsl:for-each select="$entities">
          <xsl:sort select="@xml:id"/>
          <span id="tip-{@xml:id}">{h:tip(., $tips)}</span>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- Non-TEI roots still give a page with their text. -->
  <xsl:template match="/*[not(self::tei:TEI)]" mode="page" priority="-1">
    <xsl:call-template name="h:page">
      <xsl:with-param name="title" select="local-name()"/>
      <xsl:with-param name="content"><article class="document"><xsl:apply-templates mode="text"/></article></xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
