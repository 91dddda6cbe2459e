<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode pf:telegram: one telegram of the volume: numbered heading, source citation, archival
     reference, summary, the note on another translation (witness), then its text (mode pf:text). -->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pf="urn:tei-telegrams:print"
    xmlns:f="urn:tei-telegrams:functions"
    exclude-result-prefixes="#all">

  <!-- The name of a correspondent of this telegram, as printed in headings: Stalin, Mao Zedong. -->
  <xsl:function name="pf:correspondent" as="xs:string*">
    <xsl:param name="doc" as="element(tei:TEI)"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:for-each select="$doc/tei:teiHeader/tei:profileDesc/tei:correspDesc/tei:correspAction[@type = $type]/(tei:persName | tei:orgName | tei:name)">
      <xsl:sequence select="(pf:short-name(pf:entity(., @ref))[.], normalize-space(.))[1]"/>
    </xsl:for-each>
  </xsl:function>

  <!-- A telegram's heading line: Stalin → Mao Zedong (or the document's title when it names no correspondents). -->
  <xsl:function name="pf:heading" as="xs:string">
    <xsl:param name="doc" as="element(tei:TEI)"/>
    <!-- several correspondents: "Liu Shaoqi, Zhu De and Zhou Enlai", so that the place after them
         ("Moscow") is not read as one more -->
    <xsl:variable name="from" select="pf:and-list(pf:correspondent($doc, 'sent'))"/>
    <xsl:variable name="to" select="pf:and-list(pf:correspondent($doc, 'received'))"/>
    <xsl:sequence select="if ($from or $to) then ($from[.], '?')[1] || ' → ' || ($to[.], '?')[1]
                          else normalize-space(($doc/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[@type = ('main', 'complete')],
                                                $doc/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title, 'Untitled document')[1])"/>
  </xsl:function>

  <xsl:function name="pf:and-list" as="xs:string">
    <xsl:param name="names" as="xs:string*"/>
    <xsl:sequence select="if (count($names) le 1) then string($names)
                          else string-join($names[position() lt last()], ', ') || ' and ' || $names[last()]"/>
  </xsl:function>

  <!-- $s cut at a word to at most $max characters, with an ellipsis when cut (for running heads). -->
  <xsl:function name="pf:shorten" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:param name="max" as="xs:integer"/>
    <xsl:sequence select="if (string-length($s) le $max) then $s
                          else replace(substring($s, 1, $max), '[\s,;:.]+\S*$', '') || '…'"/>
  </xsl:function>

  <xsl:template match="tei:TEI" mode="pf:telegram">
    <xsl:param name="no" as="xs:integer" required="yes"/>
    <xsl:param name="numbers" as="map(xs:string, xs:integer)" required="yes"/>
    <xsl:variable name="sent" select="tei:teiHeader/tei:profileDesc/tei:correspDesc/tei:correspAction[@type = 'sent']"/>
    <xsl:variable name="when" select="pf:sent(.)"/>
    <!-- a document that is no letter (TEI of others: a FRUS volume) is not "undated" -->
    <xsl:variable name="date" select="if ($when ne '9999') then pf:date-qualifier($sent/tei:date[1]) || pf:date($when)
        else if (tei:teiHeader/tei:profileDesc/tei:correspDesc) then 'undated' else ''"/>
    <xsl:variable name="place" select="normalize-space(($sent/tei:placeName)[1])"/>
    <xsl:variable name="via" select="string-join(pf:correspondent(., 'transmitted'), ', ')"/>
    <xsl:variable name="fileDesc" select="tei:teiHeader/tei:fileDesc"/>

    <xsl:text>&#10;#telegram(no: {$no}, key: {pf:lit(pf:key(@xml:id))}, title: {pf:lit(f:typographic(pf:heading(.)))}, </xsl:text>
    <!-- the source's heading, unless the text shows it as its own heading (as the HTML edition does) -->
    <xsl:variable name="heads" select="f:shown-heads(.)"/>
    <xsl:variable name="headed" select="($fileDesc/tei:titleStmt/tei:title[@type = 'source'][not(f:squash(.) = $heads)])[1] ! f:quoted(.)"/>
    <xsl:text>date: {pf:lit($date)}, place: {pf:lit($place)}, via: {pf:lit($via)}, running: {pf:lit(pf:shorten(pf:heading(.), 48))}</xsl:text>
    <xsl:if test="$headed">, headed: {pf:lit($headed)}</xsl:if>
    <!-- the persons the heading and its "Transmitted by" line name, for the index of persons (an
         intermediary the text never names, Kuznetsov, had no entry though printed there) -->
    <xsl:variable name="parties" select="distinct-values(tei:teiHeader/tei:profileDesc/tei:correspDesc/tei:correspAction[@type = ('sent', 'received', 'transmitted')]
        /tei:persName[pf:entity(., @ref)/self::tei:person] ! pf:key(substring-after(@ref, '#')))"/>
    <xsl:if test="exists($parties)">, people: ({string-join($parties ! pf:lit(.), ', ')},)</xsl:if>

    <!-- the lines under the heading; the last stays with the text (a heading and its source at a
         page's foot, the text on the next, as No. 52 of the sources' volume 2 was) -->
    <xsl:variable name="metas" as="xs:string">
      <xsl:value-of>
      <!-- where the text comes from -->
      <xsl:for-each select="$fileDesc/tei:sourceDesc/tei:bibl[1]">
        <xsl:variable name="cite" as="xs:string"><xsl:apply-templates select="." mode="pf:source"/></xsl:variable>
        <!-- (the item's title is above: the text's heading or "As headed in the source") -->
        <xsl:variable name="markup" as="xs:string">
          <xsl:apply-templates select="." mode="pf:source-markup">
            <xsl:with-param name="item-shown" select="exists($fileDesc/tei:titleStmt/tei:title[@type = 'source'])
                or (some $t in tei:title[@level = 'a'] satisfies f:squash($t) = $heads)"/>
          </xsl:apply-templates>
        </xsl:variable>
        <xsl:text>#meta(label: "Source")[{$markup}</xsl:text>
        <xsl:for-each select="tei:ref[@target][not(contains($cite, @target))]">#" "#url({pf:lit(@target)})</xsl:for-each>
        <xsl:text>]&#10;</xsl:text>
        <!-- each printing once: not again under its own label when the citation gives it ("...
             Reprinted in Shen Zhihua (ed.), ...") -->
        <xsl:for-each select="tei:relatedItem[@type = ('original', 'reprint')]/tei:bibl[not(contains(f:squash($cite), f:squash(.)))]">
          <!-- (a periodical's issue read: its title in italics, "Soldier of the Revolution, no. 12, 1918.") -->
          <xsl:variable name="parts" select="f:related-parts(.)"/>
          <xsl:variable name="cited" select="if (tei:title and not(text()[normalize-space()]))
              then '#emph[' || pf:text($parts[1]) || ']' || pf:text(string-join($parts[position() gt 1] ! (', ' || .)) || '.')
              else pf:text(pf:stopped($parts))"/>
          <xsl:text>#meta(label: {pf:lit(if (../@type = 'original') then 'First published' else 'Republished')})[{$cited}]&#10;</xsl:text>
        </xsl:for-each>
        <!-- the source's notes on the text (its archival line is the Archive below) -->
        <xsl:for-each select="f:source-notes(.)">
          <xsl:text>#meta(label: "Note in the source")[{pf:text(f:typographic(normalize-space()))}]&#10;</xsl:text>
        </xsl:for-each>
        <!-- the source's acknowledgement, as the HTML edition's panel shows it -->
        <xsl:for-each select="tei:note[@type = 'credits']">
          <xsl:text>#meta(label: "Credits")[{pf:text(normalize-space())}]&#10;</xsl:text>
        </xsl:for-each>
      </xsl:for-each>
      <!-- the government's file the document is in (FRUS: "661.00/3–851") -->
      <xsl:for-each select="$fileDesc/tei:sourceDesc/tei:bibl[1]/tei:idno[@type = 'file']">
        <xsl:text>#meta(label: "File")[{pf:text(normalize-space())}]&#10;</xsl:text>
      </xsl:for-each>
      <xsl:for-each select="$fileDesc/tei:sourceDesc//tei:msIdentifier">
        <xsl:variable name="ref" as="xs:string"><xsl:apply-templates select="." mode="pf:source"/></xsl:variable>
        <xsl:text>#meta(label: "Archive")[{pf:text($ref)}]&#10;</xsl:text>
      </xsl:for-each>
      <xsl:if test="not($fileDesc/tei:sourceDesc/tei:bibl) and $fileDesc/tei:sourceDesc[normalize-space()]">
        <xsl:text>#meta(label: "Source")[{pf:text(pf:stopped(normalize-space($fileDesc/tei:sourceDesc)))}]&#10;</xsl:text>
      </xsl:if>
      <xsl:for-each select="$sent/tei:note">
        <!-- (the converter's notes typed with straight marks: typeset as the summary's, f:typographic) -->
        <xsl:text>#meta(label: "Date")[{pf:text(f:typographic(normalize-space()))}]&#10;</xsl:text>
      </xsl:for-each>
      <xsl:for-each select="tei:teiHeader//tei:correspAction/tei:note[@type = 'party']">
        <xsl:text>#meta(label: "Recipient")[{pf:text(f:typographic(normalize-space()))}]&#10;</xsl:text>
      </xsl:for-each>
      <xsl:for-each select="tei:teiHeader/tei:profileDesc/tei:abstract[normalize-space()]">
        <!-- (typographic quotation marks and apostrophes, as the source's citation has) -->
        <xsl:text>#meta(label: "Summary")[{pf:text(f:typographic(normalize-space()))}]&#10;</xsl:text>
      </xsl:for-each>

      <!-- another translation of the same telegram, and where the two differ -->
      <xsl:for-each select="../pf:witness">
        <xsl:variable name="other" select="@other"/>
        <xsl:variable name="other-no" select="$numbers(string($other))" as="xs:integer?"/>
        <!-- (the source's title in italics, as the Source line and the list of sources set it; in
             parentheses after the number, its own parentheses brackets, as the HTML sets them) -->
        <xsl:variable name="bracketed" select="function($s as xs:string) as xs:string { if (exists($other-no)) then f:parenthesised($s) else $s }"/>
        <xsl:variable name="name" select="$bracketed(string(@source))"/>
        <xsl:variable name="title" select="$bracketed(string(@title))"/>
        <xsl:variable name="source" select="pf:emph-title($name, $title)"/>
        <xsl:variable name="other-name" select="if (exists($other-no)) then pf:text('No.&#160;' || $other-no || ' (') || $source || pf:text(')') else $source"/>
        <xsl:text>#meta(label: "Other translation")[{$other-name || pf:text('.')}</xsl:text>
        <xsl:choose>
          <xsl:when test="pf:diff">
            <xsl:variable name="there" select="if (exists($other-no)) then 'No.&#160;' || $other-no else 'the other'"/>
            <xsl:text>{pf:text(' Where they differ:')}</xsl:text>
            <xsl:for-each select="pf:diff">
              <xsl:variable name="fmt" select="if (@kind = 'dates') then pf:date#1 else function($s as xs:string) as xs:string { $s }"/>
              <xsl:text>{pf:text(' ' || upper-case(substring(@kind, 1, 1)) || substring(@kind, 2) || ' — here: '
                                  || (string-join(tokenize(@here, '\|')[.] ! $fmt(.), ', ')[.], 'none')[1]
                                  || '; ' || $there || ': '
                                  || (string-join(tokenize(@there, '\|')[.] ! $fmt(.), ', ')[.], 'none')[1] || '.')}</xsl:text>
            </xsl:for-each>
          </xsl:when>
          <xsl:otherwise>{pf:text(' The two agree in numbers, dates and names.')}</xsl:otherwise>
        </xsl:choose>
        <xsl:text>]&#10;</xsl:text>
      </xsl:for-each>
      </xsl:value-of>
    </xsl:variable>
    <!-- (the lines all stay with the heading and the text: a heading with its Source and "Also
         printed in" at a page's foot, "File" and the text on the next.  Only where they are so
         many that, held together, they would leave a third of a page blank may they part, the
         last kept with the text: with 400 characters the limit, one heading in nine of
         tests/sources' volumes stood at a page's foot with lines under it and no text) -->
    <xsl:variable name="few" select="string-length($metas) le 1000"/>
    <xsl:variable name="kept" select="if ($few) then replace($metas, '(^|\n)#meta\(label:', '$1#meta(keep: true, label:')
                                      else replace($metas, '^(.*\n)?#meta\(label:', '$1#meta(keep: true, label:', 's')"/>
    <xsl:variable name="text" as="xs:string"><xsl:value-of><xsl:apply-templates select="tei:text" mode="pf:text"/></xsl:value-of></xsl:variable>
    <xsl:choose>
      <!-- the heading set with its lines and the text's first paragraph (pf:leads); where many
           lines may part from the heading, only the last of them with the paragraph -->
      <xsl:when test="contains($text, $pf:lead-end)">
        <xsl:variable name="apparatus" select="if ($few) then '' else replace($kept, '(^|\n)#meta\(keep: true, .*$', '$1', 's')"/>
        <xsl:if test="$apparatus">, apparatus: [&#10;{$apparatus}]</xsl:if>
        <xsl:text>, lead: [&#10;{substring($kept, string-length($apparatus) + 1)}#text-start()&#10;{substring-before($text, $pf:lead-end)}&#10;])[&#10;</xsl:text>
        <xsl:value-of select="substring-after($text, $pf:lead-end)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>)[&#10;{$kept}#text-start()&#10;{$text}</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:text>&#10;]&#10;</xsl:text>
  </xsl:template>

</xsl:stylesheet>
