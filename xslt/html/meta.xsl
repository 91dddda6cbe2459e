<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode "meta": the metadata panel of a telegram page, from its teiHeader. -->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:tei-telegrams:functions"
    xmlns:h="urn:tei-telegrams:html"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:mode name="meta" on-no-match="shallow-skip"/>

  <!-- One row of the metadata list, left out when it has no value. -->
  <xsl:template name="h:row">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="value" as="item()*"/>
    <xsl:if test="exists($value) and normalize-space(string-join($value ! string(.), '')) != ''">
      <dt>{$label}</dt>
      <dd><xsl:sequence select="$value"/></dd>
    </xsl:if>
  </xsl:template>

  <!-- A row's label for one or for several: "Recipient", "Recipients". -->
  <xsl:function name="h:label" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:param name="one" as="xs:string"/>
    <xsl:param name="several" as="xs:string"/>
    <xsl:sequence select="if ($n gt 1) then $several else $one"/>
  </xsl:function>

  <!-- People of a correspondence action, linked to the index. -->
  <xsl:template match="tei:correspAction" mode="meta">
    <xsl:for-each select="tei:persName | tei:orgName | tei:name">
      <xsl:if test="position() gt 1">, </xsl:if>
      <xsl:variable name="entity" select="f:entity(., @ref)"/>
      <xsl:choose>
        <xsl:when test="$entity"><a href="{h:index-page($entity)}#{$entity/@xml:id}">{normalize-space(.)}</a></xsl:when>
        <xsl:otherwise>{normalize-space(.)}</xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
    <!-- where a party was read from when the cable names none (the holder of its copy) -->
    <xsl:for-each select="tei:note[@type = 'party']"><br/><span class="date-note">{f:typographic(normalize-space(.))}</span></xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:teiHeader" mode="meta">
    <xsl:param name="collection" tunnel="yes" as="xs:string?" select="()"/>
    <xsl:variable name="corresp" select="tei:profileDesc/tei:correspDesc"/>
    <xsl:variable name="src" select="tei:fileDesc/tei:sourceDesc"/>
    <xsl:variable name="bibl" select="$src/tei:bibl[1]"/>
    <xsl:variable name="sent" select="$corresp/tei:correspAction[@type = 'sent']"/>
    <section class="meta" aria-labelledby="meta-heading">
      <h2 id="meta-heading">About this document</h2>
      <dl>
        <xsl:variable name="received" select="$corresp/tei:correspAction[@type = 'received']"/>
        <xsl:variable name="via" select="$corresp/tei:correspAction[@type = ('transmitted', 'forwarded', 'redirected')]"/>
        <xsl:call-template name="h:row">
          <xsl:with-param name="label" select="h:label(count($sent/(tei:persName, tei:orgName, tei:name)), 'Sender', 'Senders')"/>
          <xsl:with-param name="value" as="node()*"><xsl:apply-templates select="$sent" mode="meta"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="h:row">
          <xsl:with-param name="label" select="h:label(count($received/(tei:persName, tei:orgName, tei:name)), 'Recipient', 'Recipients')"/>
          <xsl:with-param name="value" as="node()*"><xsl:apply-templates select="$received" mode="meta"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="h:row">
          <xsl:with-param name="label" select="h:label(count($via/(tei:persName, tei:orgName, tei:name)), 'Intermediary', 'Intermediaries')"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:for-each select="$via">
              <xsl:if test="position() gt 1">, </xsl:if>
              <xsl:apply-templates select="." mode="meta"/>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="h:row">
          <xsl:with-param name="label" select="'Date'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:variable name="d" select="f:doc-date(.)"/>
            <xsl:if test="$d">{f:date-qualifier($sent/tei:date[1])}<time datetime="{$d}">{f:display-date($d)}</time></xsl:if>
            <!-- (the converter's notes typed with straight marks, "the record's 'Source'": typeset as the
                 citation's and the identification's are, f:typographic) -->
            <xsl:for-each select="$sent/tei:note"><br/><span class="date-note">{f:typographic(normalize-space(.))}</span></xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <!-- the day (and hour) it came, where the cable's routing lines or the editor say so
             ("Received 11 March 1950, 0330 hrs": 11 March 1950, 03:30) -->
        <xsl:call-template name="h:row">
          <xsl:with-param name="label" select="'Received'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:for-each select="($received/tei:date[f:is-iso-date(tokenize(normalize-space(@when), 'T')[1])])[1]">
              <xsl:variable name="when" select="normalize-space(@when)"/>
              <xsl:value-of select="f:date-qualifier(.)"/><time datetime="{$when}">{f:display-date($when)}</time>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="h:row">
          <xsl:with-param name="label" select="'Sent from'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:for-each select="$sent/tei:placeName[normalize-space()]">
              <xsl:if test="position() gt 1">, </xsl:if>
              <xsl:variable name="entity" select="f:entity(., @ref)"/>
              <xsl:choose>
                <xsl:when test="$entity"><a href="{h:index-page($entity)}#{$entity/@xml:id}">{normalize-space(.)}</a></xsl:when>
                <xsl:otherwise>{normalize-space(.)}</xsl:otherwise>
              </xsl:choose>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="h:row">
          <xsl:with-param name="label" select="'Telegram number'"/>
          <xsl:with-param name="value" select="string-join($src//tei:idno[@type = 'telegram'] ! normalize-space(.), ', ')"/>
        </xsl:call-template>
        <xsl:call-template name="h:row">
          <!-- a number the heading prints in brackets, "(0830)", the source not saying what it numbers -->
          <xsl:with-param name="label" select="'Number in the heading'"/>
          <xsl:with-param name="value" select="string-join($src//tei:idno[@type = 'heading'] ! normalize-space(.), ', ')"/>
        </xsl:call-template>
        <xsl:call-template name="h:row">
          <!-- the government's file the document is in (FRUS: "661.00/3–851") -->
          <xsl:with-param name="label" select="'File'"/>
          <xsl:with-param name="value" select="string-join($src//tei:idno[@type = 'file'] ! normalize-space(.), ', ')"/>
        </xsl:call-template>
        <xsl:call-template name="h:row">
          <xsl:with-param name="label" select="'Original language'"/>
          <xsl:with-param name="value" select="string-join((.//tei:msContents/tei:textLang, tei:profileDesc/tei:langUsage/tei:language[not(@ident = 'en')] ! replace(., '\s*\(.*\)$', ''))[1] ! normalize-space(.), '')"/>
        </xsl:call-template>
        <xsl:call-template name="h:row">
          <xsl:with-param name="label" select="'Translator'"/>
          <xsl:with-param name="value" select="string-join(distinct-values(tei:fileDesc//tei:respStmt[matches(tei:resp, 'transl', 'i')]/(tei:persName, tei:orgName, tei:name) ! normalize-space(.)), ', ')"/>
        </xsl:call-template>
        <xsl:call-template name="h:row">
          <xsl:with-param name="label" select="'Obtained by'"/>
          <xsl:with-param name="value" select="string-join(distinct-values(tei:fileDesc//tei:respStmt[matches(tei:resp, '^\s*obtained', 'i')]/(tei:persName, tei:orgName, tei:name) ! normalize-space(.)), ', ')"/>
        </xsl:call-template>
        <xsl:call-template name="h:row">
          <xsl:with-param name="label" select="'Source'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:for-each select="$bibl">
              <!-- the parts of the citation, a comma between two (none after the last: a web
                   page's "Selected Works of Mao Tse-tung" has no volume, publisher or date);
                   a volume's part after the volume ("vol. IV, Part 2");
                   the works' author first, as the print edition cites them -->
              <xsl:variable name="parts" as="item()*">
                <xsl:sequence select="f:bibl-author(.)"/>
                <xsl:for-each select="tei:title[@level = 'a']">{f:quoted(f:item-title(.))}</xsl:for-each>
                <!-- (a name the edition supplies for a book the source leaves untitled is no title: not in italics) -->
                <xsl:for-each select="tei:title[@level = ('m', 'j', 's')][@type = 'supplied']">{normalize-space(.)}</xsl:for-each>
                <xsl:for-each select="tei:title[@level = ('m', 'j', 's')][not(@type = 'supplied')]"><cite>{if (@ref and $collection) then $collection else normalize-space(.)}</cite></xsl:for-each>
                <xsl:sequence select="f:bibl-makers(.)"/>
                <!-- (as the print volume cites: the place before its publisher, "Tver: Information and
                     Soyuz Publishing Center", the pages last) -->
                <xsl:sequence select="((tei:biblScope[@unit = 'volume'], tei:biblScope[@unit = 'part'], tei:biblScope[not(@unit = ('volume', 'part', 'page'))]) ! f:scope(.),
                    string-join((string-join(tei:pubPlace ! normalize-space(.), ', ')[.], string-join(tei:publisher ! normalize-space(.), ', ')[.]), ': '),
                    tei:date ! (if (f:is-iso-date(normalize-space(.)) and string-length(normalize-space(.)) = 10) then f:display-date(normalize-space(.)) else f:unstopped(normalize-space(.))),
                    tei:biblScope[@unit = 'page'] ! f:scope(.)) ! normalize-space(.)[. != '']"/>
              </xsl:variable>
              <xsl:for-each select="$parts">
                <xsl:if test="position() gt 1">, </xsl:if>
                <xsl:choose>
                  <xsl:when test=". instance of node()"><xsl:sequence select="."/></xsl:when>
                  <xsl:otherwise><xsl:sequence select="h:unbroken(.)"/></xsl:otherwise>
                </xsl:choose>
              </xsl:for-each>
              <xsl:for-each select="f:bibl-series(.)"> ({.})</xsl:for-each>
              <!-- the record's address after a comma, as the other parts ("Wilson Center, January 13, 1949, https://...") -->
              <xsl:for-each select="(tei:ref, tei:ptr)[f:safe-target(@target) and matches(@target, '^https?:')][1]">
                <xsl:if test="exists($parts)">, </xsl:if><a class="external" href="{@target}">{(normalize-space(.)[. != ''], @target)[1]}</a>
              </xsl:for-each>
            </xsl:for-each>
            <xsl:if test="not($bibl)">{normalize-space(string-join($src/*[1]//text(), ' '))}</xsl:if>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="h:row">
          <!-- (as the print edition's: a book, a periodical or a website that published the text again,
               "Reprinted in ..." or "Reproduced by ..." in the source) -->
          <xsl:with-param name="label" select="'Republished'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:call-template name="h:printings">
              <xsl:with-param name="bibls" select="$bibl/tei:relatedItem[@type = 'reprint']/tei:bibl"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="h:row">
          <xsl:with-param name="label" select="'First published'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:call-template name="h:printings">
              <xsl:with-param name="bibls" select="$bibl/tei:relatedItem[@type = 'original']/tei:bibl"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="h:row">
          <xsl:with-param name="label" select="'Archival reference'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:for-each select="$src/tei:msDesc/tei:msIdentifier/(., tei:altIdentifier)">
              <span class="archival"><xsl:sequence select="h:unbroken(string-join((tei:repository, tei:idno) ! normalize-space(.), ', '))"/></span>
              <xsl:if test="position() ne last()">; </xsl:if>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="h:row">
          <!-- what the source says of the text in its notes (its archival line is shown above) -->
          <!-- (as an edition names them, in the singular for one: "Note in the source") -->
          <xsl:with-param name="label" select="if (count(f:source-notes($bibl)) = 1) then 'Note in the source' else 'Notes in the source'"/>
          <xsl:with-param name="value" select="string-join(f:source-notes($bibl) ! f:typographic(normalize-space(.)), ' ')"/>
        </xsl:call-template>
        <xsl:call-template name="h:row">
          <xsl:with-param name="label" select="'Citation of the source'"/>
          <!-- (or, where the source cites nothing, what is missing: "The page cites no source: ...") -->
          <xsl:with-param name="value" select="if ($bibl/tei:note[@type = 'citation']) then string-join($bibl/tei:note[@type = 'citation'] ! f:typographic(f:as-cited(.)), ' ') else string-join($bibl/tei:note[@type = 'uncited'][1] ! f:typographic(normalize-space(.)), ' ')"/>
        </xsl:call-template>
        <xsl:call-template name="h:row">
          <!-- the source's acknowledgement ("This document was made possible with support from ...") -->
          <xsl:with-param name="label" select="'Credits'"/>
          <xsl:with-param name="value" select="string-join($bibl/tei:note[@type = 'credits'] ! normalize-space(.), ' ')"/>
        </xsl:call-template>
        <xsl:call-template name="h:row">
          <xsl:with-param name="label" select="'Summary'"/>
          <!-- (typographic quotation marks and apostrophes, as the citation above it has) -->
          <xsl:with-param name="value" select="string-join(tei:profileDesc/tei:abstract ! f:typographic(normalize-space(.)), ' ')"/>
        </xsl:call-template>
      </dl>
    </section>
  </xsl:template>

  <!-- The printings a witness names (a book it is reprinted in, where it was first published),
       "; " between two, each as the print edition cites it (f:related-parts): a periodical's
       issue its title in italics, "Soldier of the Revolution, no. 12, 1918". -->
  <xsl:template name="h:printings">
    <xsl:param name="bibls" as="element(tei:bibl)*"/>
    <xsl:for-each select="$bibls">
      <xsl:if test="position() gt 1">; </xsl:if>
      <xsl:variable name="parts" select="f:related-parts(.)"/>
      <xsl:choose>
        <xsl:when test="tei:title and not(text()[normalize-space()])"><cite>{$parts[1]}</cite>{string-join($parts[position() gt 1] ! (', ' || .))}</xsl:when>
        <xsl:otherwise>{$parts}</xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
