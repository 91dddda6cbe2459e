<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode "catalogue": one <entry> per TEI document with what other pages need to know of it
     (id, date, title, correspondents, summary, witnesses).  Template "catalogue" gathers the
     entries of a set of files, in chronological order. -->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:tei-telegrams:functions"
    xmlns:h="urn:tei-telegrams:html"
    exclude-result-prefixes="#all">

  <xsl:mode name="catalogue" on-no-match="shallow-skip"/>

  <!-- The TEI files of the site, as absolute paths (set by the caller). -->
  <xsl:param name="files" as="array(xs:string)" select="[]"/>
  <!-- Whether each entry also carries <facts> for the site-wide pages (who mentions whom, which
       standOff entities it has), so template "site" need not read every document again. -->
  <xsl:param name="catalogue-facts" as="xs:boolean" select="false()"/>

  <xsl:template name="catalogue">
    <xsl:variable name="entries" as="element()*">
      <xsl:for-each select="array:flatten($files)" xmlns:array="http://www.w3.org/2005/xpath-functions/array">
        <xsl:apply-templates select="doc(h:file-uri(.))" mode="catalogue">
          <xsl:with-param name="file" select="tokenize(., '/')[last()]"/>
        </xsl:apply-templates>
      </xsl:for-each>
    </xsl:variable>
    <xsl:result-document method="xml" indent="no">
      <xsl:variable name="sorted" as="element(entry)*">
        <xsl:perform-sort select="$entries[self::entry]">
          <xsl:sort select="(@date[. != ''], '9999')[1]"/>
          <xsl:sort select="@id"/>
        </xsl:perform-sort>
      </xsl:variable>
      <catalogue>
        <!-- the files that give no entry, for the caller to report -->
        <xsl:sequence select="$entries[self::skipped]"/>
        <!-- each entry knows its neighbours in time, so a page need not search the catalogue -->
        <xsl:for-each select="$sorted">
          <xsl:variable name="i" select="position()"/>
          <xsl:copy>
            <xsl:copy-of select="@*"/>
            <xsl:attribute name="prev" select="$sorted[$i - 1]/@id"/>
            <xsl:attribute name="next" select="$sorted[$i + 1]/@id"/>
            <xsl:copy-of select="node()"/>
          </xsl:copy>
        </xsl:for-each>
      </catalogue>
    </xsl:result-document>
  </xsl:template>

  <!-- An absolute file path as a file: URI, each step percent-encoded. -->
  <xsl:function name="h:file-uri" as="xs:string">
    <xsl:param name="path" as="xs:string"/>
    <xsl:sequence select="if (starts-with($path, 'file:')) then $path
        else 'file://' || string-join(tokenize($path, '/') ! encode-for-uri(.), '/')"/>
  </xsl:function>

  <!-- The first sentence of a text, at most about 30 words. -->
  <xsl:function name="h:one-line" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:variable name="t" select="normalize-space($text)"/>
    <xsl:variable name="sentence" select="replace($t, '^(.+?[.!?])\s+\p{Lu}.*$', '$1')"/>
    <xsl:variable name="words" select="tokenize($sentence, ' ')"/>
    <xsl:sequence select="if (count($words) gt 30) then string-join($words[position() le 30], ' ') || ' …' else $sentence"/>
  </xsl:function>

  <xsl:template match="/tei:TEI" mode="catalogue">
    <xsl:param name="file" as="xs:string"/>
    <xsl:variable name="id" select="replace($file, '\.xml$', '')"/>
    <xsl:variable name="date" select="f:doc-date(.)"/>
    <xsl:variable name="corresp" select="tei:teiHeader/tei:profileDesc/tei:correspDesc"/>
    <xsl:variable name="witness" select="tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:bibl[1]"/>
    <entry id="{$id}" file="{$file}" href="{encode-for-uri($id)}.html" date="{$date}" year="{substring($date, 1, 4)}"
           month="{substring($date, 1, 7)}" kind="{if ($corresp) then 'telegram' else 'document'}">
      <title>{f:title(.)}</title>
      <source-title>{normalize-space(string-join(($witness/tei:title[@level = 'm'], $witness/tei:title[not(@level)],
          tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:bibl[1]/tei:date)[1], ''))}</source-title>
      <xsl:for-each select="$corresp/tei:correspAction">
        <xsl:variable name="role" select="map{'sent': 'sender', 'received': 'recipient'}(@type)"/>
        <xsl:for-each select="tei:persName | tei:orgName | tei:name">
          <xsl:element name="{($role, 'via')[1]}">
            <xsl:attribute name="ref" select="f:ref-id(@ref)"/>
            <xsl:value-of select="normalize-space(.)"/>
          </xsl:element>
        </xsl:for-each>
      </xsl:for-each>
      <summary>{h:one-line((tei:teiHeader/tei:profileDesc/tei:abstract, .//tei:body//tei:p[not(ancestor::tei:note)])[1])}</summary>
      <xsl:for-each select="tei:teiHeader/tei:fileDesc/tei:notesStmt/tei:relatedItem[@type = 'witness']/@target ! tokenize(., '\s+')">
        <witness id="{replace(tokenize(., '/')[last()], '\.xml(#.*)?$', '')}"/>
      </xsl:for-each>
      <!-- the documents its "previous/next in the exchange" links point to -->
      <xsl:for-each select="tei:teiHeader//tei:correspContext/tei:ref[@type = ('prev', 'next')]
          /tokenize(normalize-space(@target), ' ')[f:safe-target(.)]">
        <exchange id="{replace(tokenize(., '/')[last()], '\.xml(#.*)?$', '')}"/>
      </xsl:for-each>
      <xsl:if test="$catalogue-facts">
        <facts>
          <xsl:for-each-group select=".//tei:text//*[@ref]" group-by="f:ref-id(@ref)">
            <m ref="{current-grouping-key()}" entry="{$id}" n="{count(current-group())}">
              <xsl:for-each select="distinct-values(current-group() ! normalize-space(.))"><form>{.}</form></xsl:for-each>
            </m>
          </xsl:for-each-group>
          <xsl:for-each-group select="tei:teiHeader//*[@ref][ancestor::tei:correspAction or ancestor::tei:msIdentifier
              or ancestor::tei:sourceDesc]" group-by="f:ref-id(@ref)">
            <c ref="{current-grouping-key()}" entry="{$id}"
               role="{if (current-group()/ancestor::tei:correspAction) then 'as correspondent'
                      else if (current-group()/ancestor::tei:msIdentifier) then 'as the archive holding it' else 'in its source'}"/>
          </xsl:for-each-group>
          <!-- which entities it has, not copies of them: the caller copies each one once -->
          <xsl:for-each select="tei:standOff//*[local-name() = ('person', 'place', 'org')][@xml:id]">
            <e kind="{local-name()}" id="{@xml:id}"/>
          </xsl:for-each>
        </facts>
      </xsl:if>
    </entry>
  </xsl:template>

  <!-- A non-TEI or foreign root, or TEI without a text, gives no entry: the caller says why. -->
  <xsl:template match="/*[not(self::tei:TEI)] | /tei:TEI[not(tei:text)]" mode="catalogue" priority="1">
    <xsl:param name="file" as="xs:string"/>
    <skipped file="{$file}"/>
  </xsl:template>
</xsl:stylesheet>
