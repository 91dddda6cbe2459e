<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode pf:source: where a telegram's text comes from, as plain strings (escaped by the caller). -->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pf="urn:tei-telegrams:print"
    xmlns:f="urn:tei-telegrams:functions"
    exclude-result-prefixes="#all">

  <!-- The citation of a witness: the source's own citation when it gives one (not one printed
       in capitals, "I. V. STALIN. SOCHINENIYA. T. 18", nor one whose title is, "SELECTED WORKS OF
       ZHOU ENLAI. Volume II": the description cites that in title case,
       as the HTML edition's Source does), else one made from the description: author, title,
       work, editor, volume (and its part: FRUS's "vol. IV, Part 2"), place: publisher, year, pages (the works' author the sender where
       a web page names them "Works" alone: f:bibl-author). -->
  <xsl:template match="tei:bibl" mode="pf:source" as="xs:string">
    <!-- (false where the list of sources says once, over the group, that its pages cite nothing) -->
    <xsl:param name="say-uncited" as="xs:boolean" select="true()"/>
    <!-- (true under the telegram's heading when the item's title is printed above it, as the text's
         heading or "As headed in the source": the book alone, not the title again; a page that
         names no book keeps it, or its line would be a date alone) -->
    <xsl:param name="item-shown" as="xs:boolean" select="false()"/>
    <xsl:variable name="scope" select="tei:biblScope"/>
    <xsl:variable name="item" select="tei:title[@level = 'a'][not($item-shown and ../tei:title[@level = ('m', 'j', 's')])]"/>
    <xsl:variable name="made" select="string-join((
        f:bibl-author(.),
        $item/f:quoted(f:item-title(.)),
        tei:title[@level = ('m', 'j', 's')][1]/((if ($item) then 'in ' else '') || normalize-space()),
        f:bibl-makers(.),
        ($scope[@unit = 'volume'], $scope[@unit = 'part'][../tei:biblScope[@unit = 'volume']], $scope[@unit = 'issue'], $scope[@unit = 'item']) ! f:scope(.),
        string-join((tei:pubPlace[1]/normalize-space(), tei:publisher[1]/normalize-space()), ': ')[.],
        tei:date[1]/normalize-space() ! (if (f:is-iso-date(.) and string-length(.) = 10) then f:display-date(.) else .),
        $scope[@unit = 'page'] ! f:scope(.)), ', ') || string-join(f:bibl-series(.) ! (' (' || . || ')'))"/>
    <!-- (or one whose title alone is in capitals: "SELECTED WORKS OF ZHOU ENLAI. Volume II. Beijing: ...") -->
    <xsl:variable name="capital-title" select="tei:title[@level = ('m', 'j', 's')][normalize-space()][. ne upper-case(.)] ! upper-case(normalize-space(.))"/>
    <!-- (or a library catalogue's line, its areas parted by " - ", "Chou En-lai. Selected Works. -
         Vol. II. - Peking: Foreign Languages Press, 1989" (pf:in-areas): the description cites that
         in the edition's own style, the title in italics, where it has the book's title and imprint) -->
    <xsl:variable name="has-imprint" select="exists(tei:title[@level = ('m', 'j', 's')][normalize-space()])
        and exists((tei:pubPlace, tei:publisher, tei:date)[normalize-space()])"/>
    <xsl:variable name="citation" select="tei:note[@type = 'citation'][not($made and (let $printed := f:as-printed(.) return
        pf:in-capitals($printed)
        or (some $t in $capital-title satisfies contains($printed, $t))
        or $has-imprint and pf:in-areas($printed)))][1]"/>
    <!-- a citation that names no book or collection is the archive's line alone ("AP RF, f. 45,
         ... Translated by ...", as a Wilson Center record page since 2023 gives it under
         "Source"): after the description's, which says whose record it is -->
    <xsl:variable name="named" select="some $t in tei:title[@level = ('m', 'j', 's')] satisfies contains(string($citation ! f:squash(f:as-cited(.))), f:squash($t))"/>
    <!-- (a source that cites nothing: its description, then what is missing) -->
    <xsl:variable name="uncited" select="tei:note[@type = 'uncited'][$say-uncited][1] ! (' ' || f:typographic(normalize-space(.)))"/>
    <!-- (the citation's straight quotation marks, typed so on the web page it comes from, typeset
         as the book's own: “Ciphered Telegram No. 0100, Stalin to Terbpin,”) -->
    <!-- works a web page names by their kind alone, its citation beginning with them ("Works, Vol.
         16. Red Star Press Ltd., London, 1986"): their author before it, as the HTML edition's
         Source names him (f:bibl-author) -->
    <xsl:variable name="works" select="normalize-space(tei:title[@level = 'm'][1])[matches(., '^((Selected|Collected|Complete) )?Works$', 'i')]"/>
    <xsl:variable name="works-author" select="f:bibl-author(.)[$works and $citation and starts-with(f:as-cited($citation), $works)]"/>
    <!-- (a full stop at its end, where the source's citation has none: "..., London, 1986"; one
         after the description, before the citation, not a second after a web page's date
         "July 2, 1959." nor after a title's question mark) -->
    <xsl:sequence select="pf:stopped(if ($citation and ($named or not($made))) then string-join(($works-author, f:typographic(f:as-cited($citation))), ', ')
                          else if ($citation) then pf:stopped($made) || ' ' || f:typographic(f:as-cited($citation))
                          else if ($made) then pf:stopped($made) || $uncited else normalize-space())"/>
  </xsl:template>

  <!-- The same citation as Typst markup: the title of the book, journal or collection in
       italics where the citation gives it, as the HTML edition sets it. -->
  <xsl:template match="tei:bibl" mode="pf:source-markup" as="xs:string">
    <xsl:param name="say-uncited" as="xs:boolean" select="true()"/>
    <xsl:param name="item-shown" as="xs:boolean" select="false()"/>
    <xsl:variable name="plain" as="xs:string">
      <xsl:apply-templates select="." mode="pf:source">
        <xsl:with-param name="say-uncited" select="$say-uncited"/>
        <xsl:with-param name="item-shown" select="$item-shown"/>
      </xsl:apply-templates>
    </xsl:variable>
    <!-- (not the name the edition supplies for a book the source leaves untitled: a label) -->
    <xsl:variable name="title" select="normalize-space(tei:title[@level = ('m', 'j', 's')][1][not(@type = 'supplied')])"/>
    <xsl:sequence select="pf:emph-title($plain, $title)"/>
  </xsl:template>

  <!-- An archival reference: repository (with its name from standOff), shelfmark; then any alternative. -->
  <xsl:template match="tei:msIdentifier | tei:altIdentifier" mode="pf:source" as="xs:string">
    <xsl:variable name="repo" select="tei:repository[1]"/>
    <xsl:variable name="full" select="pf:main-name(pf:entity(., $repo/@ref))"/>
    <xsl:variable name="own" select="string-join((
        if ($full and $full ne normalize-space($repo)) then $full || ' (' || normalize-space($repo) || ')' else normalize-space($repo),
        (tei:collection, tei:idno)/normalize-space()), ', ')"/>
    <xsl:variable name="alt" as="xs:string*">
      <xsl:apply-templates select="tei:altIdentifier" mode="pf:source"/>
    </xsl:variable>
    <xsl:sequence select="string-join(($own, $alt ! ('also ' || .)), '; ')"/>
  </xsl:template>

</xsl:stylesheet>
