<?xml version="1.0" encoding="UTF-8"?>
<!-- Functions of the print edition: the one Typst escape, dates, names, sort keys. -->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pf="urn:tei-telegrams:print"
    xmlns:f="urn:tei-telegrams:functions"
    exclude-result-prefixes="#all">

  <!-- A Typst string literal holding $s exactly: the only place TEI text is escaped for Typst.
       Backslash and double quote are escaped; line breaks and tabs become spaces. -->
  <xsl:function name="pf:lit" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="'&quot;' || replace(replace(translate(string($s), '&#10;&#13;&#9;', '   '), '\\', '\\\\'), '&quot;', '\\&quot;') || '&quot;'"/>
  </xsl:function>

  <!-- $s as a piece of Typst markup: an embedded string literal (#"…"), printed as written. -->
  <xsl:function name="pf:text" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="if (string($s)) then '#' || pf:lit($s) else ''"/>
  </xsl:function>

  <!-- $plain as Typst markup with the title in it (its first occurrence) in italics: a source's
       book, journal or series as the Source line and the note on another translation set it. -->
  <xsl:function name="pf:emph-title" as="xs:string">
    <xsl:param name="plain" as="xs:string"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:variable name="at" select="string-length(substring-before($plain, $title))"/>
    <xsl:sequence select="if (not($title) or not(contains($plain, $title))) then pf:text($plain)
        else pf:text(substring($plain, 1, $at)) || '#emph[' || pf:text($title) || ']' || pf:text(substring($plain, $at + string-length($title) + 1))"/>
  </xsl:function>

  <!-- $s ending with a full stop, as each line of a telegram's sources does (not after one, a
       question or an ellipsis, nor after an address it ends with: printed as the source gives it). -->
  <xsl:function name="pf:stopped" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="if (not($s) or matches($s, '([.!?…][)\]”’&quot;]*|https?://\S+)$')) then $s else $s || '.'"/>
  </xsl:function>

  <!-- Whitespace of XML text collapsed to single spaces (not trimmed: inline neighbours need them). -->
  <xsl:function name="pf:collapse" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="replace(string($s), '\s+', ' ')"/>
  </xsl:function>

  <!-- An ISO 8601 date or dateTime as the edition writes it (10 January 1949): the shared f:display-date,
       on the date part of a dateTime (FRUS dates carry times and zones). -->
  <xsl:function name="pf:date" as="xs:string">
    <xsl:param name="when" as="xs:string?"/>
    <xsl:sequence select="f:display-date(if (matches(string($when), '^\d{4}-\d\d-\d\dT')) then substring($when, 1, 10) else $when)"/>
  </xsl:function>

  <!-- What the heading writes before the date a telegram was sent: "late ", "mid-", "early " for
       a part of a month, "c. " for another approximate date (the shared f:date-qualifier). -->
  <xsl:function name="pf:date-qualifier" as="xs:string">
    <xsl:param name="date" as="element()?"/>
    <xsl:sequence select="f:date-qualifier($date)"/>
  </xsl:function>

  <!-- The months a volume's telegrams were sent in, from its first's date to its last's
       ("April 1949 – May 1950"), the shared f:month-span; where either is known only by its year,
       that year ("1951 – December 1959"): f:month-span gave none when the first was, and the
       running heads, the title page and the introduction ("163 telegrams of in the order they
       were sent") went without the volume's dates.  ('9999': undated.) -->
  <xsl:function name="pf:span" as="xs:string">
    <xsl:param name="first" as="xs:string?"/>
    <xsl:param name="last" as="xs:string?"/>
    <xsl:variable name="ends" select="($first, $last) ! (if (matches(., '^\d{4}-\d\d')) then f:display-date(substring(., 1, 7))
                                                        else if (matches(., '^\d{4}$') and . ne '9999') then . else '')"/>
    <xsl:sequence select="if (not($ends[1] and $ends[2] and (matches(string($first), '^\d{4}$') or matches(string($last), '^\d{4}$'))))
                          then f:month-span($first, $last)
                          else if (substring($first, 1, 4) eq substring($last, 1, 4)) then substring($first, 1, 4)
                          else $ends[1] || ' – ' || $ends[2]"/>
  </xsl:function>

  <!-- The date a telegram was sent (ISO; "late December 1950", @notBefore and @notAfter, at
       the month both say: f:shared-date); '9999' when the header lacks it. -->
  <xsl:function name="pf:sent" as="xs:string">
    <xsl:param name="doc" as="element(tei:TEI)"/>
    <xsl:variable name="d" select="$doc/tei:teiHeader/tei:profileDesc/tei:correspDesc/tei:correspAction[@type = 'sent']/tei:date"/>
    <xsl:sequence select="string(($d/@when, $d/@notBefore ! f:shared-date(., ../@notAfter), $d/@from, '9999')[1])"/>
  </xsl:function>

  <!-- The standOff entry (person, place, org) a @ref points to: the shared f:entity. -->
  <xsl:function name="pf:entity" as="element()?">
    <xsl:param name="context" as="node()"/>
    <xsl:param name="ref" as="xs:string?"/>
    <xsl:sequence select="f:entity($context, $ref)"/>
  </xsl:function>

  <!-- The name to print for an entity: its short name, else its main name, else the first name it
       has (with typographic apostrophes, as f:entity-name). -->
  <xsl:function name="pf:short-name" as="xs:string?">
    <xsl:param name="entity" as="element()?"/>
    <xsl:sequence select="f:typographic(normalize-space(($entity/*[self::tei:persName or self::tei:placeName or self::tei:orgName][@type = 'short'],
                                           $entity/*[@type = 'main'], $entity/*[ends-with(local-name(), 'Name')])[1]))"/>
  </xsl:function>

  <!-- The main (indexed) name of an entity: the shared f:entity-name. -->
  <xsl:function name="pf:main-name" as="xs:string?">
    <xsl:param name="entity" as="element()?"/>
    <xsl:sequence select="$entity ! f:entity-name(.)"/>
  </xsl:function>

  <!-- The index sort key of a person: as the index files the name (f:index-name). -->
  <xsl:function name="pf:person-key" as="xs:string">
    <xsl:param name="person" as="element()"/>
    <xsl:sequence select="lower-case(f:index-name($person))"/>
  </xsl:function>

  <!-- How a person is headed in the index: Stalin, Joseph / Mao Zedong / Kim Il Sung (with
       typographic apostrophes, as f:entity-name; sorted by the name as typed, pf:person-key). -->
  <xsl:function name="pf:person-heading" as="xs:string">
    <xsl:param name="person" as="element()"/>
    <xsl:sequence select="f:typographic(f:index-name($person))"/>
  </xsl:function>

  <!-- Whether a citation is written in areas, as a library catalogue's line: an area's full stop,
       then a dash between spaces, "Selected Works. - Vol. II. - Peking: ..." (the importer reads
       such a line into the description: collected_works.GOST_AREA, gost_areas). -->
  <xsl:function name="pf:in-areas" as="xs:boolean">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:sequence select="matches(string($text), '[^\s-]\.\s+[-–—]\s+\S')"/>
  </xsl:function>

  <!-- Whether a text is printed in capitals: three in four of its words of two letters or more
       in capitals, two at least (as the converter's in_capitals reads a title). -->
  <xsl:function name="pf:in-capitals" as="xs:boolean">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:variable name="words" select="analyze-string(string($text), '[\p{L}]{2,}')/*:match/string()"/>
    <xsl:variable name="capitals" select="$words[. = upper-case(.)]"/>
    <xsl:sequence select="count($capitals) ge 2 and count($capitals) ge 0.75 * count($words)"/>
  </xsl:function>

  <!-- A Typst dictionary key or label-safe id made from an xml:id. -->
  <xsl:function name="pf:key" as="xs:string">
    <xsl:param name="id" as="xs:string?"/>
    <xsl:sequence select="replace(string($id), '[^A-Za-z0-9_-]', '_')"/>
  </xsl:function>

</xsl:stylesheet>
