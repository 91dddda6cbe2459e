<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode pf:volume: the book.  Title page, edition statement, contents, introduction, the
     telegrams in the order they were sent, index of persons, index of places, list of sources.
     With alone="true" (one file printed by itself) only the telegram. -->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pf="urn:tei-telegrams:print"
    xmlns:f="urn:tei-telegrams:functions"
    exclude-result-prefixes="#all">

  <!-- The volume as parts, for tei.pdf to put together (and to keep each telegram's, see
       render.py): the front matter; then for each telegram, in order, its file, its number and
       its Typst text (empty for a pf:doc kept="true": the caller has its text, the document is given
       without it); the
       indexes and list of sources.  The documents' order and numbers are decided here. -->
  <xsl:template match="pf:volume" mode="pf:volume" as="xs:string*">
    <xsl:variable name="docs" as="element(tei:TEI)*">
      <xsl:perform-sort select="pf:doc/tei:TEI">
        <xsl:sort select="f:order-key(.)"/>
        <xsl:sort select="f:source-place(.)"/>
        <xsl:sort select="string(@xml:id)"/>
        <xsl:sort select="string(../@file)"/>
      </xsl:perform-sort>
    </xsl:variable>
    <xsl:variable name="numbers" as="map(xs:string, xs:integer)"
        select="map:merge(for $i in 1 to count($docs) return map:entry(string($docs[$i]/../@file), $i),
                          map{'duplicates': 'use-first'})" xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
    <xsl:variable name="alone" select="@alone = 'true'"/>
    <xsl:variable name="book" select="string(@title)"/>
    <!-- a volume of a larger edition ("Volume 2 of 34"): under the title on the title page, after it elsewhere -->
    <xsl:variable name="volume" select="string(@volume)"/>
    <xsl:variable name="title" select="string-join(($book, $volume[. != '']), ', ')"/>
    <xsl:variable name="first" select="pf:sent($docs[1])"/>
    <xsl:variable name="last" select="($docs ! pf:sent(.))[. ne '9999'][last()]"/>
    <xsl:variable name="span" select="pf:span($first, $last)"/>

    <xsl:variable name="headers" select="$docs/tei:teiHeader"/>
    <xsl:variable name="publishers" select="distinct-values($headers/tei:fileDesc/tei:publicationStmt/tei:publisher ! normalize-space())"/>
    <xsl:variable name="head">
    <!-- (the PDF's title with the months it covers, as the HTML edition's pages and the running
         heads give it: a reader's list of files said "The Stalin–Mao Telegrams" for every edition) -->
    <xsl:text>#show: edition.with(title: {pf:lit($title || (if ($span and not($alone)) then ', ' || $span else ''))}, running: {pf:lit($title || (if ($span) then ', ' || $span else ''))}, </xsl:text>
    <xsl:text>paper: {pf:lit(@paper)}, alone: {$alone}, author: {pf:lit(string-join($publishers, '; '))})&#10;</xsl:text>

    <xsl:if test="not($alone)">
      <!-- title page -->
      <xsl:text>#title-page(title: {pf:lit($book)}, volume: {pf:lit($volume)}, subtitle: {pf:lit(pf:subtitle($docs))}, span: {pf:lit($span)}, </xsl:text>
      <xsl:text>publisher: {pf:lit(string-join($publishers, '; '))}, count: {pf:lit(pf:telegrams($docs))})&#10;</xsl:text>

      <!-- edition statement -->
      <xsl:text>#statement[&#10;</xsl:text>
      <xsl:text>#para[{pf:text($title || (if ($span) then ', ' || $span else '') || '. A print edition of ' || pf:telegrams($docs) || ', typeset from their TEI P5 encoding.')}]&#10;</xsl:text>
      <xsl:if test="exists($publishers)">#para[{pf:text('Published by ' || string-join($publishers, '; ') || '.')}]&#10;</xsl:if>
      <!-- (the books by name; the pages that cite no source said so after them, not named as one) -->
      <xsl:variable name="cited" select="$docs[not(../@uncited = 'true')]"/>
      <!-- (a book's title in italics, as in the introduction's list; "No source cited" is no title) -->
      <!-- past seven, the six that give the most telegrams and the others counted: the imprint of
           a volume of tests/sources named fifty books, half its page -->
      <xsl:variable name="keys" as="xs:string*" select="distinct-values($cited ! pf:source-key(.))"/>
      <xsl:variable name="named" as="xs:string*" select="if (count($keys) le 7) then $keys
          else subsequence(sort($keys, (), function($k) { - count($cited[pf:source-key(.) = $k]) }), 1, 6)"/>
      <xsl:variable name="source-marks" as="xs:string*" select="for $k in $named
          return (let $group := $cited[pf:source-key(.) = $k], $label := pf:text(pf:source-label($group))
                  return if (pf:labelled($group)) then $label else '#emph[' || $label || ']')"/>
      <xsl:variable name="others" select="count($keys) - count($named)"/>
      <xsl:text>#para[{pf:text('Sources: ') || string-join(($source-marks, if ($others gt 0) then pf:text((if (count($cited) lt count($docs)) then '' else 'and ') || $others || ' other sources') else (),
          if (count($cited) lt count($docs)) then pf:text('and pages that cite no source') else ()), pf:text('; '))
          || pf:text('. The list of sources at the end of the volume cites each telegram.')}]&#10;</xsl:text>
      <xsl:for-each select="distinct-values($headers/tei:fileDesc/tei:publicationStmt/tei:availability/tei:licence/normalize-space())">
        <xsl:text>#para[{pf:text(.)}]&#10;</xsl:text>
      </xsl:for-each>
      <xsl:for-each select="distinct-values($headers/tei:fileDesc/tei:publicationStmt/tei:availability/tei:licence/@target)">
        <xsl:text>#para[#url({pf:lit(.)})]&#10;</xsl:text>
      </xsl:for-each>
      <xsl:variable name="dates" select="sort(distinct-values($headers/tei:fileDesc/tei:publicationStmt/tei:date/@when ! string()))"/>
      <xsl:if test="exists($dates)">#para[{pf:text('Encoding dated ' || pf:date($dates[last()]) || '.')}]&#10;</xsl:if>
      <xsl:text>]&#10;</xsl:text>

      <xsl:text>#contents()&#10;</xsl:text>

      <!-- introduction: the sources, and a note on the text for the reader (the encoding is described in the TEI files) -->
      <xsl:text>#section(title: "Introduction")[&#10;</xsl:text>
      <xsl:text>#subsection("The sources")&#10;</xsl:text>
      <xsl:text>#para[{pf:text('The volume prints ' || pf:telegrams($docs) || (if ($span) then ' of ' || $span else '') || ' in the order they were sent. They are English translations taken from the following sources; where two sources translate the same telegram, both are printed, and a note under each heading names the other translation and lists where the two differ in numbers, dates and names.')}]&#10;</xsl:text>
      <xsl:for-each-group select="$docs" group-by="pf:source-key(.)">
        <xsl:sort select="min(current-group() ! $numbers(string(../@file)))"/>
        <!-- (a book's title in italics; "No source cited" is no title) -->
        <xsl:variable name="label" select="pf:text(pf:opening(pf:source-label(current-group())))"/>
        <xsl:text>#para[{if (pf:labelled(current-group())) then $label else '#emph[' || $label || ']'}{pf:text(': ' || pf:nos(current-group() ! $numbers(string(../@file))) || '.')}]&#10;</xsl:text>
      </xsl:for-each-group>
      <xsl:call-template name="pf:note-on-the-text">
        <xsl:with-param name="docs" select="$docs"/>
      </xsl:call-template>
      <xsl:text>]&#10;</xsl:text>
    </xsl:if>

    <!-- the documents begin on a page of their own -->
    <xsl:if test="not($alone)">#pagebreak(weak: true)&#10;</xsl:if>
    </xsl:variable>
    <xsl:sequence select="string($head)"/>
    <xsl:for-each select="$docs">
      <xsl:variable name="no" select="if ($alone) then 0 else position()"/>
      <xsl:variable name="telegram">
        <xsl:apply-templates select=".[not(../@kept = 'true')]" mode="pf:telegram">
          <xsl:with-param name="no" select="$no"/>
          <xsl:with-param name="numbers" select="$numbers"/>
        </xsl:apply-templates>
      </xsl:variable>
      <xsl:sequence select="string(../@file), string($no), string($telegram)"/>
    </xsl:for-each>

    <xsl:variable name="tail">
    <xsl:if test="not($alone)">
      <!-- indexes: entries from standOff; the pages come from the names tagged in the text (Typst query) -->
      <xsl:text>&#10;#index(title: "Index of persons", kind: "person", entries: (&#10;</xsl:text>
      <!-- each pseudonym a cross-reference under its own letter, "Andreev, see Mikoyan, Anastas",
           printed where a text uses it (the index knows from the names marked in the texts):
           a reader who meets the name in a text looks for it there -->
      <xsl:variable name="person-lines" as="map(xs:string, xs:string)*">
        <xsl:for-each-group select="$docs/tei:standOff//tei:person[@xml:id]" group-by="string(@xml:id)">
          <xsl:variable name="key" select="pf:lit(pf:key(current-grouping-key()))"/>
          <xsl:variable name="heading" select="pf:person-heading(.)"/>
          <xsl:sequence select="map{'sort': pf:person-key(.), 'line':
              '  (key: ' || $key || ', name: ' || pf:lit($heading) || ', '
              || 'also: ' || pf:lit(pf:also(.)) || ', note: ' || pf:lit(f:identification(normalize-space(tei:note[@type = 'identification'][1]), .)) || ', '
              || 'provisional: ' || pf:provisional(current-group()) || '),&#10;'}"/>
          <xsl:sequence select="pf:see-lines(., $key, $heading)"/>
        </xsl:for-each-group>
      </xsl:variable>
      <xsl:for-each select="$person-lines">
        <xsl:sort select="?sort"/>
        <xsl:value-of select="?line"/>
      </xsl:for-each>
      <xsl:text>))&#10;</xsl:text>
      <xsl:text>#index(title: "Index of places", kind: "place", entries: (&#10;</xsl:text>
      <!-- (and each other name of a place a text uses, "Canton, see Guangzhou", as the pseudonyms above) -->
      <xsl:variable name="place-lines" as="map(xs:string, xs:string)*">
        <xsl:for-each-group select="$docs/tei:standOff//tei:place[@xml:id]" group-by="string(@xml:id)">
          <xsl:variable name="key" select="pf:lit(pf:key(current-grouping-key()))"/>
          <xsl:variable name="heading" select="pf:main-name(.)"/>
          <xsl:sequence select="map{'sort': lower-case(f:entity-name-as-typed(.)), 'line':
              '  (key: ' || $key || ', name: ' || pf:lit($heading) || ', '
              || 'also: ' || pf:lit(pf:also(.)) || ', note: ' || pf:lit(f:identification(normalize-space(tei:note[@type = 'identification'][1]), .)) || ', '
              || 'provisional: ' || pf:provisional(current-group()) || '),&#10;'}"/>
          <xsl:sequence select="pf:see-lines(., $key, $heading)"/>
        </xsl:for-each-group>
      </xsl:variable>
      <xsl:for-each select="$place-lines">
        <xsl:sort select="?sort"/>
        <xsl:value-of select="?line"/>
      </xsl:for-each>
      <xsl:text>))&#10;</xsl:text>

      <!-- list of sources: each work, and under it each telegram taken from it -->
      <xsl:text>#section(title: "List of sources")[&#10;</xsl:text>
      <xsl:for-each-group select="$docs" group-by="pf:source-key(.)">
        <!-- (the books by title; the pages that cite none after them) -->
        <xsl:sort select="pf:uncited(current-group())"/>
        <xsl:sort select="pf:labelled(current-group())"/>
        <xsl:sort select="pf:source-label(current-group())"/>
        <!-- the pages that cite no source: under a plain label, what they lack said once -->
        <xsl:variable name="uncited" select="pf:uncited(current-group())"/>
        <xsl:text>#subsection({pf:lit(pf:opening(pf:source-label(current-group())))}{if (pf:labelled(current-group())) then ', plain: true' else ''})&#10;</xsl:text>
        <!-- (said of the group: each page's own note, "The page cites no source: ...", read oddly over several) -->
        <xsl:if test="$uncited">
          <xsl:text>#source-remark[{pf:text(if (count(current-group()) = 1)
              then 'The web page this ' || (if (pf:is-letter(current-group())) then 'letter' else 'telegram') || ' was taken from cites no source: it names no archive, record, book or edition its text was taken from.'
              else 'The web pages these ' || pf:telegrams(current-group()) || ' were taken from cite no source: none of them names an archive, record, book or edition its text was taken from.')}]&#10;</xsl:text>
        </xsl:if>
        <xsl:for-each select="current-group()">
          <xsl:sort select="$numbers(string(../@file))"/>
          <xsl:variable name="bibl" select="tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:bibl[1]"/>
          <xsl:variable name="cite" as="xs:string*">
            <xsl:apply-templates select="$bibl" mode="pf:source"><xsl:with-param name="say-uncited" select="not($uncited)"/></xsl:apply-templates>
          </xsl:variable>
          <xsl:variable name="markup" as="xs:string*">
            <xsl:apply-templates select="$bibl" mode="pf:source-markup"><xsl:with-param name="say-uncited" select="not($uncited)"/></xsl:apply-templates>
          </xsl:variable>
          <xsl:variable name="archive" as="xs:string*"><xsl:apply-templates select="tei:teiHeader/tei:fileDesc/tei:sourceDesc//tei:msIdentifier" mode="pf:source"/></xsl:variable>
          <xsl:text>#source-entry(no: {$numbers(string(../@file))})[{string-join(($markup, $archive ! pf:text((if (empty($cite)) then '' else if (matches($cite[last()], '\.$')) then ' ' else '. ')
                                 || 'Archive: ' || . || (if (matches(., '\.$')) then '' else '.'))), '')}</xsl:text>
          <xsl:for-each select="$bibl/tei:ref[@target][not(contains(string-join($cite), @target))]">#" "#url({pf:lit(@target)})</xsl:for-each>
          <xsl:text>]&#10;</xsl:text>
        </xsl:for-each>
      </xsl:for-each-group>
      <xsl:text>]&#10;</xsl:text>
    </xsl:if>
    </xsl:variable>
    <xsl:sequence select="string($tail)"/>
  </xsl:template>

  <!-- Telegrams whose number is already known (render.py: those of a volume whose text was not
       kept from its last printing): for each document, its file and its Typst text.  Its number
       is pf:doc/@no; the numbers of the volume's telegrams are pf:doc/@number and, for the other
       translations, pf:witness/@other-no. -->
  <xsl:template match="pf:volume" mode="pf:telegrams" as="xs:string*">
    <xsl:variable name="numbers" as="map(xs:string, xs:integer)" xmlns:map="http://www.w3.org/2005/xpath-functions/map"
        select="map:merge((pf:doc ! map:entry(string(@file), xs:integer(@number)),
                           pf:doc/pf:witness[@other-no] ! map:entry(string(@other), xs:integer(@other-no))),
                          map{'duplicates': 'use-first'})"/>
    <xsl:for-each select="pf:doc/tei:TEI">
      <xsl:variable name="telegram">
        <xsl:apply-templates select="." mode="pf:telegram">
          <xsl:with-param name="no" select="xs:integer(../@no)"/>
          <xsl:with-param name="numbers" select="$numbers"/>
        </xsl:apply-templates>
      </xsl:variable>
      <xsl:sequence select="string(../@file), string($telegram)"/>
    </xsl:for-each>
  </xsl:template>

  <!-- The index's cross-references to an entry from its other names a text may use (f:see-forms),
       each printed where one is used: the name typographic ("P’eng Te-huai, see Peng Dehuai", as
       the entries are), which is what the texts' marks say they use (#ix's form); names typed
       apart that print alike ("P'eng", "P’eng") one line, sorted as the first is typed -->
  <xsl:function name="pf:see-lines" as="map(xs:string, xs:string)*">
    <xsl:param name="entity" as="element()"/>
    <xsl:param name="key" as="xs:string"/>  <!-- (as a Typst string) -->
    <xsl:param name="heading" as="xs:string"/>
    <xsl:for-each-group select="f:see-forms($entity)" group-by="f:typographic(.)">
      <xsl:sequence select="map{'sort': lower-case(.), 'line': '  (key: ' || $key || ', name: ' || pf:lit(current-grouping-key())
          || ', see: ' || pf:lit($heading) || '),&#10;'}"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- The work a telegram is taken from (the source's monograph or site title). -->
  <xsl:function name="pf:source-title" as="xs:string">
    <xsl:param name="doc" as="element(tei:TEI)"/>
    <xsl:variable name="bibl" select="$doc/tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:bibl[1]"/>
    <xsl:sequence select="normalize-space(($doc/../@source-title[normalize-space()],
                              string-join(($bibl/tei:title[@level = ('m', 'j', 's')][1],
                              $bibl/tei:biblScope[@unit = 'volume']/('vol. ' || .),
                              $bibl/tei:biblScope[@unit = 'issue'] ! f:scope(.)), ', ')[.],
                              $doc/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1], 'Unknown source')[1])"/>
  </xsl:function>

  <!-- What a telegram's source is grouped under: the authority entry its title points to,
       when it has one (an archive that names itself in two ways is one source), with the
       volume; else its title. -->
  <xsl:function name="pf:source-key" as="xs:string">
    <xsl:param name="doc" as="element(tei:TEI)"/>
    <xsl:variable name="bibl" select="$doc/tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:bibl[1]"/>
    <xsl:variable name="ref" select="normalize-space($bibl/tei:title[@level = ('m', 'j', 's')][1]/@ref)"/>
    <xsl:sequence select="if ($doc/../@source-title[normalize-space()])
                          then ($doc/../@source-ref[normalize-space()][not($bibl/tei:biblScope[@unit = 'volume'])],
                                pf:source-title($doc))[1]
                          else if ($ref) then string-join(($ref, $bibl/tei:biblScope[@unit = 'volume']), ' ') else pf:source-title($doc)"/>
  </xsl:function>

  <!-- True for a group of telegrams from pages that cite no source (grouped as "No source cited"). -->
  <xsl:function name="pf:uncited" as="xs:boolean">
    <xsl:param name="docs" as="element(tei:TEI)*"/>
    <xsl:sequence select="exists($docs) and (every $d in $docs satisfies $d/../@uncited = 'true')"/>
  </xsl:function>

  <!-- True for a group whose source's name is the edition's label, not a title (pf:doc/@label:
       "No source cited", a book the source leaves untitled): set plain, not in italics. -->
  <xsl:function name="pf:labelled" as="xs:boolean">
    <xsl:param name="docs" as="element(tei:TEI)*"/>
    <xsl:sequence select="exists($docs) and (every $d in $docs satisfies $d/../@label = 'true')"/>
  </xsl:function>

  <!-- A source's name where it opens a heading or an entry: the edition's label in brackets, in
       lower case as it stands inside a citation ("in [untitled book], no. 231"), capitalised
       ("[Untitled book]"); a title as it is. -->
  <xsl:function name="pf:opening" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="if (starts-with($name, '[')) then '[' || upper-case(substring($name, 2, 1)) || substring($name, 3) else $name"/>
  </xsl:function>

  <!-- The name a group of telegrams' source is given: the title most of them use (then the first in order). -->
  <xsl:function name="pf:source-label" as="xs:string">
    <xsl:param name="docs" as="element(tei:TEI)*"/>
    <xsl:variable name="titles" select="$docs ! pf:source-title(.)"/>
    <xsl:sequence select="sort(distinct-values($titles), (), function($t) { -count($titles[. = $t]) })[1]"/>
  </xsl:function>

  <!-- The title page's subtitle: who wrote to whom. -->
  <!-- A volume of many correspondents names those who wrote and received most, "and others":
       a title page listing thirty-three, a body of the United Nations among them, was a wall. -->
  <xsl:function name="pf:subtitle" as="xs:string">
    <xsl:param name="docs" as="element(tei:TEI)*"/>
    <xsl:variable name="all" select="$docs ! (pf:correspondent(., 'sent'), pf:correspondent(., 'received'))"/>
    <xsl:variable name="names" select="distinct-values($all)"/>
    <xsl:variable name="most" as="xs:string*" select="if (count($names) le 6) then $names
        else subsequence(sort($names, (), function($n) { -count($all[. = $n]) }), 1, 5)"/>
    <!-- the most frequent first (of few, in the order they first write) -->
    <xsl:variable name="shown" select="$most"/>
    <xsl:variable name="what" select="if (some $d in $docs satisfies pf:is-letter($d)) then 'Telegrams and letters' else 'Telegrams'"/>
    <xsl:sequence select="if (count($names) lt 2) then ''
                          else if (count($names) gt count($shown)) then $what || ' exchanged by ' || string-join($shown, ', ') || ' and others'
                          else $what || ' exchanged by ' || string-join($shown[position() lt last()], ', ') || ' and ' || $shown[last()]"/>
  </xsl:function>

  <!-- True for an index entry the converter made for a name the authority file lacks
       (cert="low", an id "unresolved-…"): not identified, marked in the index. -->
  <xsl:function name="pf:provisional" as="xs:boolean">
    <xsl:param name="entries" as="element()*"/>
    <xsl:sequence select="exists($entries) and (every $e in $entries satisfies ($e/@cert = 'low' or starts-with($e/@xml:id, 'unresolved-')))"/>
  </xsl:function>

  <!-- "10 telegrams", "1 telegram". -->
  <!-- How many telegrams and letters some documents are: "193 telegrams", "183 telegrams and 10
       letters" (a volume of tests/sources counted its letters as telegrams; the HTML edition's
       h:count-docs says the same). -->
  <xsl:function name="pf:telegrams" as="xs:string">
    <xsl:param name="docs" as="element(tei:TEI)*"/>
    <xsl:variable name="letters" select="count($docs[pf:is-letter(.)])"/>
    <xsl:variable name="telegrams" select="count($docs) - $letters"/>
    <xsl:sequence select="string-join((
        if ($telegrams gt 0 or $letters eq 0) then $telegrams || (if ($telegrams eq 1) then ' telegram' else ' telegrams') else (),
        if ($letters gt 0) then $letters || (if ($letters eq 1) then ' letter' else ' letters') else ()), ' and ')"/>
  </xsl:function>

  <!-- A letter, not a telegram: its text's first division says so (as tei.html.entry reads it). -->
  <xsl:function name="pf:is-letter" as="xs:boolean">
    <xsl:param name="doc" as="element(tei:TEI)"/>
    <xsl:sequence select="$doc/tei:text/tei:body/tei:div[1]/@type = 'letter'"/>
  </xsl:function>

  <!-- Telegram numbers as a list: Nos 1, 3 and 5 / No. 2. -->
  <xsl:function name="pf:nos" as="xs:string">
    <xsl:param name="nos" as="xs:integer*"/>
    <xsl:variable name="s" select="sort($nos) ! string()"/>
    <xsl:sequence select="if (count($s) le 1) then 'No.&#160;' || $s
                          else 'Nos ' || string-join($s[position() lt last()], ', ') || ' and ' || $s[last()]"/>
  </xsl:function>

  <!-- Other names of an index entry: "also Jiang Jieshi; pseudonyms Filippov, Fillipov". -->
  <xsl:function name="pf:also" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:variable name="main" select="f:entity-name-as-typed($entity)"/>
    <xsl:variable name="names" select="$entity/*[ends-with(local-name(), 'Name')]"/>
    <xsl:variable name="other" select="distinct-values($names[@type = ('wade-giles', 'pinyin')]/normalize-space()[. ne $main])"/>
    <xsl:variable name="pseudo" select="distinct-values($names[@type = 'pseudonym']/normalize-space())"/>
    <xsl:sequence select="f:typographic(string-join((
        if (exists($other)) then 'also ' || string-join($other, ', ') else (),
        if (count($pseudo) gt 1) then 'pseudonyms ' || string-join($pseudo, ', ')
        else if (exists($pseudo)) then 'pseudonym ' || $pseudo else ()), '; '))"/>
  </xsl:function>

  <!-- The introduction's note on the text: what the signs of this book mean and how the texts are
       printed, in a reader's words.  (How they are encoded is told by the editorial declaration
       in each TEI file's header, which this note points to.) -->
  <xsl:template name="pf:note-on-the-text">
    <xsl:param name="docs" as="element(tei:TEI)*"/>
    <!-- "c." and "early", "mid-", "late" explained where a heading prints one (the seeds' volume
         explained them with no heading that did, "the source gives the month only" beside "February 1949") -->
    <xsl:variable name="qualified" select="some $d in $docs satisfies
        pf:date-qualifier($d/tei:teiHeader/tei:profileDesc/tei:correspDesc/tei:correspAction[@type = 'sent'][1]/tei:date[1]) != ''"/>
    <xsl:variable name="signs" as="xs:string*" select="(
        '[…]', 'Words the source leaves out. Where its editor says what is left out, that is printed in brackets and italics: [Details omitted].',
        '[Stalin]', 'Words added by the editor of the source: the identification of a person or place named in another way, or a word supplied to complete a sentence.',
        '[?]', 'The editor of the source doubts the reading or the fact before it.',
        '[signature]', 'The editor’s description of something written or stamped on the document.',
        '| 12', 'A new page of the source begins: the bar marks the place in the text, the number in the margin is the page. A number alone in the margin: the page begins with that line.',
        '¹', 'A note in the source, printed at the foot of the page and numbered from 1 in each telegram (this edition adds no footnotes of its own).',
        if ($qualified) then ('c.', 'In a heading, before a date: the source gives the date as approximate; “early”, “mid-” or “late” before a month: the source dates the telegram to that part of the month.') else (),
        '*', 'In the index of persons: a person the text names who could not be identified (a provisional entry).')"/>
    <xsl:text>#subsection("Note on the text")&#10;</xsl:text>
    <xsl:text>#para[{pf:text('Each telegram is headed by its number in this volume, its sender and recipient, and the place and date it was sent (the date of a telegram is always the date it was sent). Under the heading stand the source of the translation, the archive that holds the original where the source names it, a summary, and, where another source translates the same telegram, a note that names the other translation and lists the numbers, dates and names in which the two differ.')}]&#10;</xsl:text>
    <xsl:text>#para[{pf:text('The translations are printed as their sources print them, with their spelling and their slips: nothing is corrected, and every square bracket in a text is the source editor’s, not this edition’s. Names are kept as each translation spells them (Mao Tse-tung and Mao Zedong; Filippov and Fyn Si, pseudonyms of Stalin); the index gathers every spelling and pseudonym under one form.')}]&#10;</xsl:text>
    <xsl:text>#para[{pf:text('The lines that open and close a telegram are kept as the source prints them: the document’s markings (its classification and cipher numbers) are set in small capitals, its routing (when it was sent and received, to whom it was distributed) in smaller grey type. A message that a telegram quotes over several paragraphs is indented and set between quotation marks. The signs used in the texts and indexes:')}]&#10;</xsl:text>
    <xsl:text>#signs(</xsl:text>
    <xsl:for-each select="1 to count($signs) idiv 2">
      <xsl:text>({pf:lit($signs[2 * current() - 1])}, {pf:lit($signs[2 * current()])}), </xsl:text>
    </xsl:for-each>
    <xsl:text>)&#10;</xsl:text>
    <xsl:text>#para[{pf:text('The book is typeset from a TEI P5 file for each telegram. How the texts are encoded (the names linked to the index, the dates given standard values, the source editors’ brackets) is described in the editorial declaration in the header of each file.')}]&#10;</xsl:text>
  </xsl:template>

</xsl:stylesheet>
