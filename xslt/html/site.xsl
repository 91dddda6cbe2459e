<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode "site": the site-wide pages: home, indexes of persons, places and organisations,
     chronology, network, search, and at scale the months' lists and the pages of the
     telegrams naming an entity.  Template "site" writes them with xsl:result-document
     (relative to the base output URI), each from what the driver (tei.html.sitepages) gives
     it: only what that page shows, so that what one run holds does not grow with the
     edition (entries that show the same merged into one with their number, @n; long lists
     made in pieces, each a run of its own, spliced into the page where it marks them). -->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:tei-telegrams:functions"
    xmlns:h="urn:tei-telegrams:html"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:mode name="site" on-no-match="shallow-skip"/>

  <!-- Folder holding the site's TEI files (absolute path), set by the caller. -->
  <xsl:param name="tei-dir" as="xs:string" select="''"/>

  <xsl:variable name="h:entries" select="$catalogue/*/entry"/>
  <!-- Who is mentioned where, for the indexes (tei.html.sitepages writes it): the standOff
       entities the page lists (the first copy of each, in the order of the documents that
       first have it) in <entities>, and per entity an <about ref docs letters> with the
       forms the texts use, and, where they are listed there, <in id n notes> per document whose text
       names it (n: how often, notes: how many of those in its notes) and <header id role> per document that names it in its header
       only, the documents' entries in <refs>; docs: how many documents name it, letters: how
       many of them are letters (on an entity's own page, its list made in pieces, the <about>'s
       notes: how many of its mentions are in notes). -->
  <xsl:param name="facts" as="document-node()?" select="()"/>

  <xsl:key name="h:about" match="about" use="@ref"/>
  <xsl:key name="h:catalogue-entry" match="entry" use="@id"/>

  <!-- Whether template "site" also writes the side-by-side pages (the Python driver renders
       them in its worker pool with template "compare-page" instead). -->
  <xsl:param name="compare-pages" as="xs:boolean" select="true()"/>
  <!-- The two documents of template "compare-page", by id. -->
  <xsl:param name="left" as="xs:string" select="''"/>
  <xsl:param name="right" as="xs:string" select="''"/>

  <!-- The two documents, when the caller has them parsed already (else they are read). -->
  <xsl:param name="left-doc" as="document-node()?" select="()"/>
  <xsl:param name="right-doc" as="document-node()?" select="()"/>

  <xsl:template name="compare-page">
    <xsl:variable name="l" select="key('h:catalogue-entry', $left, $catalogue)"/>
    <xsl:variable name="r" select="key('h:catalogue-entry', $right, $catalogue)"/>
    <xsl:call-template name="h:compare">
      <xsl:with-param name="left" select="$l"/>
      <xsl:with-param name="right" select="$r"/>
      <xsl:with-param name="ldoc" select="($left-doc, h:doc($l))[1]"/>
      <xsl:with-param name="rdoc" select="($right-doc, h:doc($r))[1]"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Several pages in one run (the driver's batches: one run costs more than a small page):
       <batch><page src="{TEI file path}" file="{name}" href="{output file URI}"/>
       <compare left="{id}" right="{id}" href="{output file URI}"/>…</batch>; the documents are
       read once per run, the catalogue need only hold the entries these pages link to. -->
  <xsl:param name="batch" as="document-node()?" select="()"/>

  <xsl:template name="pages">
    <xsl:for-each select="$batch/*/*">
      <xsl:result-document href="{@href}">
        <xsl:choose>
          <xsl:when test="self::page">
            <xsl:apply-templates select="doc(h:file-uri(@src))/*" mode="page">
              <xsl:with-param name="page-file" tunnel="yes" select="string(@file)"/>
            </xsl:apply-templates>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="h:compare">
              <xsl:with-param name="left" select="key('h:catalogue-entry', @left, $catalogue)"/>
              <xsl:with-param name="right" select="key('h:catalogue-entry', @right, $catalogue)"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:result-document>
    </xsl:for-each>
  </xsl:template>

  <!-- An absolute file path as a file: URI, each step percent-encoded. -->
  <xsl:function name="h:file-uri" as="xs:string">
    <xsl:param name="path" as="xs:string"/>
    <xsl:sequence select="if (starts-with($path, 'file:')) then $path
        else 'file://' || string-join(tokenize($path, '/') ! encode-for-uri(.), '/')"/>
  </xsl:function>

  <xsl:template name="site">
    <xsl:apply-templates select="$catalogue/*" mode="site"/>
  </xsl:template>

  <!-- Which of the site-wide pages template "site" writes (a caller may share them out
       between processes): home, person, place, org, chronology, network, search. -->
  <xsl:param name="site-pages" as="xs:string*" select="('home', 'person', 'place', 'org', 'chronology', 'network', 'search')"/>

  <xsl:template match="catalogue" mode="site">
    <xsl:if test="$site-pages = 'home'">
      <xsl:result-document href="index.html"><xsl:call-template name="h:home"/></xsl:result-document>
    </xsl:if>
    <!-- "month=1949-01", "month=" (undated): a month's page at scale, its list in pieces -->
    <xsl:for-each select="$site-pages[starts-with(., 'month=')]">
      <xsl:call-template name="h:month-page"><xsl:with-param name="month" select="substring-after(., 'month=')"/></xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="('person', 'place', 'org')[. = $site-pages]">
      <xsl:result-document href="{map{'person': 'persons.html', 'place': 'places.html', 'org': 'organisations.html'}(.)}">
        <xsl:call-template name="h:index"><xsl:with-param name="kind" select="."/></xsl:call-template>
      </xsl:result-document>
    </xsl:for-each>
    <!-- "mentions=person=mao": the page of the telegrams naming an entity, its list in pieces -->
    <xsl:for-each select="$site-pages[starts-with(., 'mentions=')]">
      <xsl:variable name="kind" select="substring-before(substring-after(., 'mentions='), '=')"/>
      <xsl:variable name="id" select="substring-after(substring-after(., 'mentions='), '=')"/>
      <xsl:call-template name="h:mentions-page">
        <xsl:with-param name="entity" select="($facts/*/entities/*[local-name() = $kind][@xml:id = $id])[1]"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:if test="$site-pages = 'pieces'"><xsl:call-template name="h:pieces"/></xsl:if>
    <xsl:if test="$site-pages = 'chronology'">
      <xsl:result-document href="chronology.html"><xsl:call-template name="h:chronology"/></xsl:result-document>
    </xsl:if>
    <xsl:if test="$site-pages = 'network'">
      <xsl:result-document href="network.html"><xsl:call-template name="h:network"/></xsl:result-document>
    </xsl:if>
    <xsl:if test="$site-pages = 'search'">
      <xsl:result-document href="search.html"><xsl:call-template name="h:search"/></xsl:result-document>
    </xsl:if>
    <xsl:for-each select="$h:entries[$compare-pages]">
      <xsl:variable name="a" select="."/>
      <xsl:for-each select="witness/@id[exists(key('h:catalogue-entry', ., $catalogue))][. gt $a/@id]">
        <xsl:result-document href="compare-{$a/@id}--{.}.html">
          <xsl:call-template name="h:compare">
            <xsl:with-param name="left" select="$a"/>
            <xsl:with-param name="right" select="key('h:catalogue-entry', current(), $catalogue)"/>
          </xsl:call-template>
        </xsl:result-document>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <!-- The document of a catalogue entry. -->
  <xsl:function name="h:doc" as="document-node()?">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="doc(h:file-uri($tei-dir || '/' || $entry/@file))"/>
  </xsl:function>

  <!-- One line of the list of telegrams. -->
  <xsl:template name="h:entry-line">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="people" select="distinct-values($entry/(sender, recipient)[h:known(.)] ! h:party(.))"/>
    <li class="entry" data-correspondents="{string-join($people, ' ')}" data-month="{$entry/@month}">
      <p class="entry-head">
        <xsl:if test="$entry/@date != ''"><time datetime="{$entry/@date}">{f:display-date($entry/@date)}</time><xsl:text> </xsl:text></xsl:if>
        <a href="{$entry/@href}">{$entry/title}</a>
        <xsl:if test="$entry/@form = 'letter'"><xsl:text> </xsl:text><span class="entry-form">letter</span></xsl:if>
        <xsl:if test="$entry/source-title != ''"><span class="entry-source"> (<xsl:sequence select="h:source-cite($entry/source-title, f:parenthesised(h:source-name($entry/source-title)))"/>)</span></xsl:if>
      </p>
      <xsl:if test="$entry/(sender, recipient)">
        <p class="entry-people">{string-join($entry/sender, ', ')} → {string-join($entry/recipient, ', ')}{
          if ($entry/via) then ' (through ' || string-join($entry/via, ', ') || ')' else ''}</p>
      </xsl:if>
      <!-- (its quotation marks as the telegram page sets them: the archive's record types straight ones) -->
      <xsl:if test="$entry/summary != ''"><p class="entry-summary">{f:typographic($entry/summary)}</p></xsl:if>
    </li>
  </xsl:template>

  <!-- The introduction's account of what the edition holds, from the catalogue, so that it
       is true of whatever telegrams were given: how many, when, who wrote to whom (the most
       frequent first), through whom, and from which sources. -->
  <xsl:template name="h:about-sources">
    <!-- at scale the entries merged by what this shows (<sources>), else the entries -->
    <xsl:variable name="all" select="if ($catalogue/*/sources) then $catalogue/*/sources/entry else $h:entries"/>
    <xsl:variable name="letters" select="$all[@kind = 'telegram']"/>
    <xsl:variable name="parties" as="xs:string*" select="h:by-frequency($letters/(sender, recipient)[h:known(.)])"/>
    <xsl:variable name="via" as="xs:string*" select="h:by-frequency($letters/via[h:known(.)])"/>
    <!-- a source by its authority entry when it has one (an archive that names itself in two ways) -->
    <xsl:variable name="sources" as="element()*">
      <xsl:for-each-group select="$all/source-title[. != '']" group-by="(@ref, normalize-space())[1]">
        <xsl:sort select="sum(current-group() ! h:weight(..))" order="descending"/>
        <xsl:sort select="h:by-frequency(current-group())[1]"/>
        <source n="{sum(current-group() ! h:weight(..))}" letters="{sum(current-group()/parent::entry[@form = 'letter'] ! h:weight(.))}"
                xmlns=""><xsl:copy-of select="current-group()[1]/@kind"/>{h:by-frequency(current-group())[1]}</source>
      </xsl:for-each-group>
    </xsl:variable>
    <p>
      <xsl:choose>
        <xsl:when test="exists($letters)">
          <xsl:text>This edition holds {h:count-docs($letters)}{$h:period[.] ! (' of ' || .)}</xsl:text>
          <xsl:if test="exists($parties)">, exchanged by {h:and-list($parties, 8)}</xsl:if>
          <xsl:if test="exists($via)">, some of them through {h:and-list($via, 5)}</xsl:if>
          <xsl:text>.</xsl:text>
        </xsl:when>
        <xsl:otherwise>This edition holds {h:count(sum($all ! h:weight(.)), 'document')}{$h:period[.] ! (' of ' || .)}.</xsl:otherwise>
      </xsl:choose>
      <xsl:if test="exists($sources)">
        <!-- the sources that give the most, the others counted (the sentence named a hundred
             sources in tests/sources' edition: a page of titles; each telegram's line names its own) -->
        <xsl:variable name="named" select="if (count($sources) gt $h:sources-named + 1) then $sources[position() le $h:sources-named] else $sources"/>
        <xsl:variable name="others" select="$sources[position() gt count($named)]"/>
        <xsl:text> The texts are translations taken from </xsl:text>
        <xsl:for-each select="$named">
          <xsl:if test="position() gt 1">{if (position() = last() and empty($others)) then ' and ' else ', '}</xsl:if>
          <!-- ("taken from ..., No source cited (12 telegrams)" said nothing a sentence can say) -->
          <xsl:choose>
            <xsl:when test="@kind = 'label' and . = 'No source cited'">pages that cite no source</xsl:when>
            <xsl:otherwise><xsl:sequence select="h:source-cite(., string(.))"/></xsl:otherwise>
          </xsl:choose> ({h:count-of(xs:integer(@n) - xs:integer(@letters), xs:integer(@letters))})<xsl:text/>
        </xsl:for-each>
        <xsl:if test="exists($others)">
          <xsl:variable name="letters" select="xs:integer(sum($others/@letters))"/>
          <xsl:text> and {count($others)} other sources ({h:count-of(xs:integer(sum($others/@n)) - $letters, $letters)})</xsl:text>
        </xsl:if>
        <xsl:text>.</xsl:text>
      </xsl:if>
      <xsl:if test="exists($all/witness)"> Where several translations of one telegram exist, each is given
        and they can be read side by side.</xsl:if>
    </p>
  </xsl:template>

  <!-- How many sources the home page's account names, those that give the most texts first;
       past one more, the rest are counted ("and 93 other sources"). -->
  <xsl:variable name="h:sources-named" as="xs:integer" select="6"/>

  <!-- A source by the name the edition gives it most often, when its authority entry is known
       (the Wilson Center's archive printed under two names in the records' citations). -->
  <xsl:variable name="h:source-names" as="map(xs:string, xs:string)">
    <xsl:map>
      <xsl:for-each-group select="$h:entries/source-title[@ref][normalize-space()]" group-by="@ref">
        <xsl:map-entry key="string(current-grouping-key())" select="h:by-frequency(current-group())[1]"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <!-- A source's name as the lists set it: a title in italics (<cite>), the edition's label for
       a source that has none ("No source cited", kind="label") not. -->
  <xsl:function name="h:source-cite" as="element()">
    <xsl:param name="title" as="element()"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="$title/@kind = 'label'"><span class="source-label">{$name}</span></xsl:when>
      <xsl:otherwise><cite>{$name}</cite></xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:function name="h:source-name" as="xs:string">
    <xsl:param name="title" as="element()"/>
    <xsl:sequence select="($title/@ref ! $h:source-names(string(.)), normalize-space($title))[1]"/>
  </xsl:function>

  <!-- A correspondent of a catalogue entry as the site-wide pages tell them apart: its authority
       entry's id, else (an office whose holder is unknown: no entry) its name, marked so that it
       is no id and holds no space (the lists' filters and the network's keys are lists of them). -->
  <xsl:function name="h:party" as="xs:string?">
    <xsl:param name="party" as="element()?"/>
    <xsl:sequence select="$party ! (if (@ref != '') then string(@ref) else 'name:' || encode-for-uri(normalize-space()))"/>
  </xsl:function>

  <!-- Whether a correspondent is one the source names: not "Unknown" (entry.py's kind="unknown"),
       which the telegram's page shows with its note and the site-wide pages leave out (no node,
       no filter, not one of the correspondents counted). -->
  <xsl:function name="h:known" as="xs:boolean">
    <xsl:param name="party" as="element()"/>
    <xsl:sequence select="not($party/@kind = 'unknown')"/>
  </xsl:function>

  <!-- The distinct values of some names (elements of catalogue entries), the most frequent
       first (each counted as often as its entry stands for documents), then in alphabetical order. -->
  <xsl:function name="h:by-frequency" as="xs:string*">
    <xsl:param name="names" as="element()*"/>
    <xsl:for-each-group select="$names[normalize-space() != '']" group-by="normalize-space()">
      <xsl:sort select="sum(current-group() ! h:weight(..))" order="descending"/>
      <xsl:sort select="current-grouping-key()"/>
      <xsl:sequence select="current-grouping-key()"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- "A, B and C"; past max items "A, B and 3 others". -->
  <xsl:function name="h:and-list" as="xs:string">
    <xsl:param name="items" as="xs:string*"/>
    <xsl:param name="max" as="xs:integer"/>
    <xsl:variable name="shown" select="if (count($items) gt $max) then ($items[position() lt $max],
        (count($items) - $max + 1) || ' others') else $items"/>
    <xsl:sequence select="if (count($shown) le 1) then string($shown)
        else string-join($shown[position() lt last()], ', ') || ' and ' || $shown[last()]"/>
  </xsl:function>

  <!-- Whether the edition holds letters as well as telegrams: then its lists and counts say so. -->
  <xsl:variable name="h:has-letters" as="xs:boolean"
      select="if ($catalogue/*/@letters) then $catalogue/*/@letters = 'yes' else exists($h:entries[@form = 'letter'])"/>

  <!-- What the lists hold: "Telegrams", or "Telegrams and letters" in an edition with letters. -->
  <xsl:variable name="h:docs-noun" as="xs:string" select="if ($h:has-letters) then 'Telegrams and letters' else 'Telegrams'"/>

  <!-- How many documents a catalogue entry stands for: one, or, for an entry the driver made of
       documents that show the same on a page (tei.html.sitepages), its @n. -->
  <xsl:function name="h:weight" as="xs:integer">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="xs:integer(($entry/@n, 1)[1])"/>
  </xsl:function>

  <!-- "7 telegrams", "6 telegrams and 1 letter", "2 letters": how many of each some catalogue entries are. -->
  <xsl:function name="h:count-docs" as="xs:string">
    <xsl:param name="entries" as="element()*"/>
    <xsl:variable name="letters" select="sum($entries[@form = 'letter'] ! h:weight(.))"/>
    <xsl:sequence select="h:count-of(sum($entries ! h:weight(.)) - $letters, $letters)"/>
  </xsl:function>

  <xsl:function name="h:count-of" as="xs:string">
    <xsl:param name="telegrams" as="xs:integer"/>
    <xsl:param name="letters" as="xs:integer"/>
    <xsl:sequence select="if ($letters = 0) then h:count($telegrams, 'telegram')
        else if ($telegrams = 0) then h:count($letters, 'letter')
        else h:count($telegrams, 'telegram') || ' and ' || h:count($letters, 'letter')"/>
  </xsl:function>

  <!-- What the "n" after a count of mentions means (the print's index says the same of its "12n"),
       on a page that lists the mentions of $abouts (their <in notes>, or an entity's own page's
       <about notes>, its lists being made in pieces): only where one of them is in a note. -->
  <xsl:function name="h:note-legend" as="element()?">
    <xsl:param name="abouts" as="element()*"/>
    <xsl:if test="$abouts/(in/@notes, @notes)[xs:integer(.) gt 0]">
      <p class="intro legend">{'A number followed by “n”, as in “3 mentions (1n)”: that many of the mentions are in the telegram’s notes, not its text.'}</p>
    </xsl:if>
  </xsl:function>

  <!-- How many documents name an entity (its <about>), and "7 telegrams and 1 letter". -->
  <xsl:function name="h:mention-count" as="xs:integer">
    <xsl:param name="about" as="element()*"/>
    <xsl:sequence select="xs:integer(($about/@docs, 0)[1])"/>
  </xsl:function>

  <xsl:function name="h:about-count" as="xs:string">
    <xsl:param name="about" as="element()*"/>
    <xsl:sequence select="h:count-of(h:mention-count($about) - xs:integer(($about/@letters, 0)[1]), xs:integer(($about/@letters, 0)[1]))"/>
  </xsl:function>

  <!-- "1 telegram", "7 telegrams". -->
  <xsl:function name="h:count" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:param name="noun" as="xs:string"/>
    <xsl:sequence select="format-number($n, '#,##0') || ' ' || $noun || (if ($n = 1) then '' else 's')"/>
  </xsl:function>

  <xsl:template name="h:home">
    <xsl:call-template name="h:page">
      <xsl:with-param name="title" select="'Telegrams'"/>
      <xsl:with-param name="current" select="'index.html'"/>
      <xsl:with-param name="content">
        <h1>{$h:edition-title}</h1>
        <section class="intro" aria-labelledby="intro-heading">
          <h2 id="intro-heading">About this edition</h2>
          <xsl:call-template name="h:about-sources"/>
          <p>Each telegram is encoded in TEI P5: sender, recipient, intermediaries, dates and sources in its header; names
            of persons, places and organisations linked to the indexes; the source editors’ brackets kept as
            <span class="editorial">[identifications]</span>, omissions <span class="editorial">[…]</span> and queries
            <span class="editorial">[?]</span>; a pseudonym kept as the telegram is signed and identified in the index of persons.
            Nothing in the translations is corrected silently. Every page offers its TEI file for download.
            The <a href="#principles">editorial principles</a> below say how the texts are given and how to cite them.</p>
        </section>
        <xsl:choose>
          <xsl:when test="$h:at-scale">
            <xsl:call-template name="h:months-list"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="h:entry-list">
              <xsl:with-param name="entries" select="$h:entries"/>
              <xsl:with-param name="heading" select="$h:docs-noun || ' in chronological order'"/>
              <xsl:with-param name="by-month" select="true()"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="h:principles"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The editorial principles: how the texts are given, what the signs in them mean (as the
       telegram pages show them), how telegrams are dated and ordered, and how to cite them (the
       print volume's note on the text says the same for the book). -->
  <xsl:template name="h:principles">
    <section class="intro principles" id="principles" aria-labelledby="principles-heading">
      <h2 id="principles-heading">Editorial principles</h2>
      <p>The telegrams are given in the English translations of their sources, as the sources print them, with their
        spelling and their slips; nothing is corrected, and every square bracket in a text is the source editor’s, not
        this edition’s. Names are kept as each translation spells them (Mao Tse-tung, Mao Zedong; Filippov, a pseudonym
        of Stalin) and linked to the indexes of persons, places and organisations, which gather every spelling under
        one name; a linked name is underlined with dots, and its identification is shown when it is pointed at or
        focused.</p>
      <p>The signs in the texts:</p>
      <dl class="signs">
        <dt><span class="editorial">[…]</span></dt><dd>words the source leaves out; where its editor says what is left out,
          that is given in the brackets: <span class="editorial">[Details omitted]</span>.</dd>
        <dt><span class="editorial">[Stalin]</span></dt><dd>words the editor of the source adds: the identification of a
          person or place named in another way, or a word supplied to complete a sentence.</dd>
        <dt><span class="editorial">[?]</span></dt><dd>the editor of the source doubts the reading or the fact before it.</dd>
        <dt><span class="tei-annotation">[Signature]</span></dt><dd>the editor’s description of something written or
          stamped on the document.</dd>
        <dt><span class="editorial">[p. 520]</span></dt><dd>a new page of the source begins.</dd>
        <dt><sup>1</sup></dt><dd>a note in the source, given after the text under “Notes”.</dd>
      </dl>
      <p>A telegram is dated by the day it was sent; where its dateline gives another day, its page says so under
        “Date”. A date the source gives only approximately is preceded by “c.”; a telegram dated to a month or part of
        one stands after the days it may be. Telegrams of one day stand in the order their source numbers them. Where
        two sources translate the same telegram, both are given, each page names the other, and “side by side” sets the
        two in parallel, marking the numbers, dates and names in which they differ. The previous and next telegrams
        “in the exchange” are those between the same two correspondents.</p>
      <h2 id="cite-heading">How to cite</h2>
      <p>Each telegram’s page gives its citation under “Cite this”: the telegram’s title, the edition, the telegram’s
        identifier in the edition, the date of the version cited and the page’s address. Cite the edition as a whole by
        its title, <cite>{$h:edition-title}</cite>, with the address of this page; and each text also by its source,
        which its page names under “Source”.</p>
    </section>
  </xsl:template>

  <!-- A list of telegrams with its filters (by correspondent, and by month when it spans
       several): the home page's, or a month's page's at scale. -->
  <xsl:template name="h:entry-list">
    <xsl:param name="entries" as="element()*"/>
    <xsl:param name="heading" as="xs:string"/>
    <xsl:param name="by-month" as="xs:boolean"/>
    <!-- the correspondents to filter by: the entries', or (a list made in pieces) the first of each -->
    <xsl:param name="people" as="element()*" select="$entries/(sender, recipient)"/>
    <!-- a list made in pieces: the mark the driver puts them in place of -->
    <xsl:param name="piece" as="xs:string?" select="()"/>
    <section aria-labelledby="list-heading">
      <!-- (the count a live region: a filter's change is heard, not only seen) -->
      <h2 id="list-heading">{$heading} <span class="count" id="count" aria-live="polite"></span></h2>
      <form class="filters" hidden="" aria-label="Filter the {lower-case($h:docs-noun)}">
        <!-- (each label with its select: where the line breaks, it breaks between them) -->
        <span class="filter">
        <label for="filter-person">Correspondent</label>
        <select id="filter-person" name="person">
          <option value="">all</option>
          <xsl:for-each-group select="$people[h:known(.)]" group-by="h:party(.)">
            <xsl:sort select="."/>
            <option value="{current-grouping-key()}">{.}</option>
          </xsl:for-each-group>
        </select>
        </span>
        <xsl:if test="$by-month">
          <span class="filter">
          <label for="filter-month">Month</label>
          <select id="filter-month" name="month">
            <option value="">all</option>
            <xsl:for-each select="distinct-values($entries/@month[. != ''])">
              <xsl:sort select="."/>
              <option value="{.}">{f:display-date(.)}</option>
            </xsl:for-each>
          </select>
          </span>
        </xsl:if>
      </form>
      <ol class="entries" id="entries">
        <xsl:choose>
          <xsl:when test="exists($piece)"><xsl:processing-instruction name="tei-piece" select="$piece"/></xsl:when>
          <xsl:otherwise>
            <xsl:for-each select="$entries">
              <xsl:call-template name="h:entry-line"><xsl:with-param name="entry" select="."/></xsl:call-template>
            </xsl:for-each>
          </xsl:otherwise>
        </xsl:choose>
      </ol>
    </section>
  </xsl:template>

  <!-- At scale the home page lists the months, each with its page of telegrams (a list of
       every telegram would be megabytes long): more than this many telegrams. -->
  <xsl:param name="list-max" as="xs:integer" select="1000"/>
  <xsl:variable name="h:at-scale" as="xs:boolean"
      select="($catalogue/*/@documents ! xs:integer(.), sum($h:entries ! h:weight(.)))[1] gt $list-max"/>

  <!-- A month's page: "1949-01" -> telegrams-1949-01.html; telegrams without a month -> telegrams-undated.html. -->
  <xsl:function name="h:month-page" as="xs:string">
    <xsl:param name="month" as="xs:string"/>
    <xsl:sequence select="'telegrams-' || (if ($month) then $month else 'undated') || '.html'"/>
  </xsl:function>

  <xsl:template name="h:months-list">
    <section aria-labelledby="months-heading">
      <h2 id="months-heading">{$h:docs-noun} by month</h2>
      <p>{h:count-docs($h:entries)}, listed month by month, each list with a filter by correspondent.</p>
      <xsl:for-each-group select="$h:entries" group-by="(substring(@month, 1, 4)[. != ''], 'undated')[1]">
        <h3>{if (current-grouping-key() = 'undated') then 'Undated' else current-grouping-key()}</h3>
        <ul class="months">
          <xsl:for-each-group select="current-group()" group-by="string(@month)">
            <li><a href="{h:month-page(current-grouping-key())}">{if (current-grouping-key()) then
              f:display-date(current-grouping-key()) else 'Undated'}</a> ({h:count-docs(current-group())})</li>
          </xsl:for-each-group>
        </ul>
      </xsl:for-each-group>
    </section>
  </xsl:template>

  <!-- A month's page, at scale: its telegrams (made in pieces), and the months before and
       after ($h:entries: the edition's entries merged by month, in order; <people>: the first
       of each of the month's correspondents). -->
  <xsl:template name="h:month-page">
    <xsl:param name="month" as="xs:string"/>
    <xsl:variable name="months" select="distinct-values($h:entries/string(@month))"/>
    <xsl:variable name="i" select="index-of($months, $month)"/>
    <xsl:variable name="label" select="if ($month) then f:display-date($month) else 'Undated'"/>
    <xsl:result-document href="{h:month-page($month)}">
      <xsl:call-template name="h:page">
        <xsl:with-param name="title" select="$h:docs-noun || ' of ' || $label"/>
        <xsl:with-param name="current" select="'index.html'"/>
        <xsl:with-param name="content">
          <h1>{$h:docs-noun} of {$label}</h1>
          <nav class="months-nav" aria-label="Months">
            <ul>
              <li><a href="index.html">All months</a></li>
              <xsl:for-each select="$months[$i - 1]">
                <li><a rel="prev" href="{h:month-page(.)}">Previous: {if (.) then f:display-date(.) else 'Undated'}</a></li>
              </xsl:for-each>
              <xsl:for-each select="$months[$i + 1]">
                <li><a rel="next" href="{h:month-page(.)}">Next: {if (.) then f:display-date(.) else 'Undated'}</a></li>
              </xsl:for-each>
            </ul>
          </nav>
          <xsl:call-template name="h:entry-list">
            <xsl:with-param name="entries" select="()"/>
            <xsl:with-param name="people" select="$catalogue/*/people/*"/>
            <xsl:with-param name="piece" select="'1'"/>
            <xsl:with-param name="heading" select="$h:docs-noun || ' in chronological order'"/>
            <xsl:with-param name="by-month" select="false()"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>
  </xsl:template>

  <!-- An index of entities of one kind, merged over all documents by xml:id. -->
  <xsl:template name="h:index">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="label" select="map{'person': 'Persons', 'place': 'Places', 'org': 'Organisations'}($kind)"/>
    <xsl:variable name="all" select="$facts/*/entities/*[local-name() = $kind][@xml:id]"/>
    <xsl:call-template name="h:page">
      <xsl:with-param name="title" select="$label"/>
      <xsl:with-param name="current" select="map{'person': 'persons.html', 'place': 'places.html', 'org': 'organisations.html'}($kind)"/>
      <xsl:with-param name="content">
        <h1>{$label}</h1>
        <p class="intro">Every {if ($kind = 'org') then 'organisation' else $kind} named in the telegrams, with every form of the
          name (as the authority file records them and as the translations spell them), an identification, and the
          telegrams that mention it.</p>
        <xsl:variable name="groups" as="element()*">
          <xsl:for-each-group select="$all" group-by="@xml:id"><xsl:sequence select="current-group()[1]"/></xsl:for-each-group>
        </xsl:variable>
        <!-- (the mentions this page lists: the facts hold an entity's only up to $refs-max) -->
        <xsl:sequence select="h:note-legend($facts/*/about)"/>
        <!-- a pseudonym, another romanisation or a place's other name the texts use, among the
             entries under its own letter: "Andreev, see Anastas Mikoyan", "Peking, see Beijing"
             (the names the print edition's index refers from, f:see-forms) -->
        <xsl:variable name="see" as="element()*">
          <xsl:for-each select="$groups[self::tei:person or self::tei:place]">
            <xsl:variable name="entity" select="."/>
            <xsl:variable name="used" select="key('h:about', string(@xml:id), $facts)/form ! f:form-key(.)"/>
            <!-- (compared as the entry's forms are, f:form-key: a text's "P’eng Te-huai" is the file's
                 "P'eng Te-huai"; shown as the entries are, typographic) -->
            <xsl:for-each select="f:see-forms(.)[f:form-key(.) = $used]">
              <h:see name="{f:typographic(.)}" target="{$entity/@xml:id}" label="{f:entity-name($entity)}"/>
            </xsl:for-each>
          </xsl:for-each>
        </xsl:variable>
        <nav class="az" aria-label="Entries">
          <ul>
            <xsl:for-each select="$groups | $see">
              <xsl:sort select="if (self::h:see) then replace(normalize-unicode(lower-case(@name), 'NFD'), '[\p{M}’'']', '') else h:sort-key(.)"
                        collation="http://www.w3.org/2005/xpath-functions/collation/codepoint"/>
              <xsl:choose>
                <xsl:when test="self::h:see"><li class="see">{@name}, <em>see</em><xsl:text> </xsl:text><a href="#{@target}">{@label}</a></li></xsl:when>
                <xsl:otherwise>
                  <li><a href="#{@xml:id}">{f:entity-name(.)}</a><xsl:if test="@cert = 'low'"><span
                      class="editorial provisional" title="Not yet identified: a provisional entry"> (provisional)</span></xsl:if></li>
                </xsl:otherwise>
              </xsl:choose>
            </xsl:for-each>
          </ul>
        </nav>
        <xsl:for-each select="$groups">
          <xsl:sort select="h:sort-key(.)" collation="http://www.w3.org/2005/xpath-functions/collation/codepoint"/>
          <xsl:variable name="id" select="string(@xml:id)"/>
          <xsl:variable name="names" select="(tei:persName, tei:placeName, tei:orgName)"/>
          <xsl:variable name="about" select="key('h:about', $id, $facts)"/>
          <section class="index-entry" id="{$id}" aria-labelledby="h-{$id}">
            <!-- a provisional surname filed here ("Eisenhower" under "Dwight Eisenhower"): where its
                 documents' links to the index land -->
            <xsl:for-each select="$about/also"><span class="filed-here" id="{@ref}"/></xsl:for-each>
            <h2 id="h-{$id}">{f:entity-name(.)}
              <xsl:if test="@cert = 'low'"><span class="editorial"> (provisional entry)</span></xsl:if></h2>
            <xsl:variable name="life" select="string-join((tei:birth/@when ! ('born ' || f:display-date(.)), tei:death/@when ! ('died ' || f:display-date(.))), ', ')"/>
            <xsl:if test="$life"><p class="life">{$life}</p></xsl:if>
            <!-- (a provisional entry's note is for the edition's editors, not its readers) -->
            <xsl:for-each select="(tei:note[@type = 'identification'], tei:note[not(@type = 'unresolved')])[1] ! f:identification(normalize-space(.), ..)[. != '']"><p class="identification">{.}</p></xsl:for-each>
            <xsl:if test="tei:note[@type = 'unresolved'] and not(tei:note[@type = 'identification'])">
              <p class="identification">Not yet identified: the texts use the name as a person’s, and the edition’s list of persons has no entry for it.</p>
            </xsl:if>
            <dl class="entry-facts">
              <dt>Name forms</dt>
              <dd>
                <ul class="name-forms">
                  <!-- a form the authority file gives twice (standard and short alike) is listed once -->
                  <xsl:for-each-group select="$names" group-by="normalize-space(.)">
                    <xsl:variable name="types" select="distinct-values(current-group()/@type ! (map{'main': 'standard form',
                      'short': 'short form', 'wade-giles': 'Wade-Giles', 'pinyin': 'pinyin', 'pseudonym': 'pseudonym',
                      'abbreviation': 'abbreviation', 'variant': 'variant'}(string(.)), replace(., '-', ' '))[1])"/>
                    <li>{f:typographic(current-grouping-key())}<xsl:if test="exists($types)"> <span class="name-type"> ({string-join($types, ', ')})</span></xsl:if></li>
                  </xsl:for-each-group>
                  <!-- the texts' other spellings; a listed form in capitals ("ANDREEV", "FYN SI", as a
                       cable types its signature) is no other name, nor one spelling twice, nor one
                       that differs from a listed one only in its apostrophe's kind (listed
                       typographic: "Savel’yev", the cable's "SAVEL’YEV"), the forms compared
                       and grouped alike (f:form-key) -->
                  <xsl:variable name="listed" select="$names ! f:form-key(.)"/>
                  <xsl:for-each-group select="distinct-values($about/form ! normalize-space(.))[not(f:form-key(.) = $listed)]" group-by="f:form-key(.)">
                    <li>{(current-group()[. ne upper-case(.)], current-group())[1]}<span class="name-type"> (in the text)</span></li>
                  </xsl:for-each-group>
                </ul>
              </dd>
              <xsl:for-each select="tei:location/tei:geo[normalize-space()]"><dt>Coordinates</dt><dd>{normalize-space(.)}</dd></xsl:for-each>
              <xsl:for-each select="tei:idno[@type = 'wikidata'][matches(normalize-space(.), '^Q\d+$')]">
                <dt>Wikidata</dt><dd><a class="external" href="https://www.wikidata.org/wiki/{normalize-space(.)}">{normalize-space(.)}</a></dd>
              </xsl:for-each>
              <dt>Mentioned in</dt>
              <dd>
                <xsl:choose>
                  <xsl:when test="h:mention-count($about) gt $refs-max">  <!-- on a page of its own -->
                    <a href="{h:mentions-page($id)}">{h:about-count($about)}</a>
                  </xsl:when>
                  <xsl:otherwise>
                    <xsl:call-template name="h:backrefs">
                      <xsl:with-param name="about" select="$about"/>
                      <xsl:with-param name="id" select="$id"/>
                    </xsl:call-template>
                  </xsl:otherwise>
                </xsl:choose>
                <xsl:if test="h:mention-count($about) = 0">no telegram of this edition</xsl:if>
              </dd>
            </dl>
          </section>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The telegrams that mention an entity (each first mention linked), and those that name it
       in their header only. -->
  <xsl:template name="h:backrefs">
    <xsl:param name="about" as="element()*"/>
    <xsl:param name="id" as="xs:string"/>
    <ul class="backrefs">
      <xsl:call-template name="h:backref-items">
        <xsl:with-param name="about" select="$about"/>
        <xsl:with-param name="id" select="$id"/>
      </xsl:call-template>
    </ul>
  </xsl:template>

  <!-- The items of that list: $about's <in id n notes> and <header id role> (or some of them: a
       piece), each document's entry found by its id. -->
  <xsl:template name="h:backref-items">
    <xsl:param name="about" as="element()*"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:for-each select="$about/in">
      <xsl:variable name="n" select="xs:integer(@n)"/>
      <xsl:variable name="notes" select="xs:integer((@notes, 0)[1])"/>
      <!-- (a document naming the person by a surname filed under this entry marks it by that id) -->
      <xsl:variable name="marked" select="(@ref, $id)[1]"/>
      <xsl:for-each select="key('h:catalogue-entry', @id, root(.))">
        <li><a href="{@href}#m-{$marked}">{title}</a><xsl:if test="source-title != ''"> <span class="entry-source"> (<xsl:sequence select="h:source-cite(source-title, f:parenthesised(source-title))"/>)</span></xsl:if>
          <!-- (those in the telegram's notes marked "n", as the print's index marks a page: h:note-legend) -->
          <span class="mentions"> — {$n} mention{if ($n = 1) then '' else 's'}<xsl:if test="$notes gt 0"> ({$notes}<abbr
            class="in-note" title="in the telegram’s notes">n</abbr>)</xsl:if></span></li>
      </xsl:for-each>
    </xsl:for-each>
    <xsl:for-each select="$about/header">
      <xsl:variable name="e" select="key('h:catalogue-entry', @id, root(.))"/>
      <li><a href="{$e/@href}">{$e/title}</a><xsl:if test="$e/source-title != ''"> <span class="entry-source"> (<xsl:sequence select="h:source-cite($e/source-title, f:parenthesised($e/source-title))"/>)</span></xsl:if>
        <span class="mentions"> — {@role}</span></li>
    </xsl:for-each>
  </xsl:template>

  <!-- An entity named in more telegrams than this has them listed on a page of its own
       (mentions-<id>.html); its index entry links there (at 10,000 telegrams the indexes
       were 8-11 MB). -->
  <xsl:param name="refs-max" as="xs:integer" select="100"/>

  <xsl:function name="h:mentions-page" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="'mentions-' || $id || '.html'"/>
  </xsl:function>

  <!-- The page of the telegrams naming an entity (named in more than $refs-max), its list made
       in pieces. -->
  <xsl:template name="h:mentions-page">
    <xsl:param name="entity" as="element()"/>
    <xsl:variable name="kind" select="local-name($entity)"/>
    <xsl:variable name="index" select="map{'person': 'persons.html', 'place': 'places.html', 'org': 'organisations.html'}($kind)"/>
    <xsl:variable name="id" select="string($entity/@xml:id)"/>
    <xsl:variable name="about" select="key('h:about', $id, $facts)"/>
    <xsl:for-each select="$entity">
      <xsl:result-document href="{h:mentions-page($id)}">
        <xsl:call-template name="h:page">
          <xsl:with-param name="title" select="f:entity-name(.) || ': the telegrams'"/>
          <xsl:with-param name="current" select="$index"/>
          <xsl:with-param name="content">
            <h1>{f:entity-name(.)}: the telegrams</h1>
            <p><a href="{$index}#{$id}">The index entry</a>: {h:about-count($about)} name
                {if ($kind = 'person') then 'this person' else if ($kind = 'place') then 'this place' else 'this organisation'},
                in the order of the list of telegrams.</p>
            <xsl:sequence select="h:note-legend($about)"/>
            <ul class="backrefs"><xsl:processing-instruction name="tei-piece" select="'1'"/></ul>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:result-document>
    </xsl:for-each>
  </xsl:template>

  <!-- The pieces of long lists (template "site" with "pieces"), each <piece href kind> of the
       catalogue into its own file, its items in a <ul> (the driver puts what the <ul> holds in
       place of the page's mark): kind "entries", lines of a list of telegrams; "backrefs", the
       telegrams naming entity @ref (its <in> and <header>, their entries); "network", a row of
       the network's table. -->
  <xsl:template name="h:pieces">
    <xsl:for-each select="$catalogue/*/piece">
      <xsl:result-document href="{@href}">
        <ul>
          <xsl:choose>
            <xsl:when test="@kind = 'entries'">
              <xsl:for-each select="entry">
                <xsl:call-template name="h:entry-line"><xsl:with-param name="entry" select="."/></xsl:call-template>
              </xsl:for-each>
            </xsl:when>
            <xsl:when test="@kind = 'backrefs'">
              <xsl:call-template name="h:backref-items">
                <xsl:with-param name="about" select="."/>
                <xsl:with-param name="id" select="string(@ref)"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:when test="@kind = 'network'">
              <xsl:for-each select="entry"><xsl:call-template name="h:network-item"/></xsl:for-each>
            </xsl:when>
          </xsl:choose>
        </ul>
      </xsl:result-document>
    </xsl:for-each>
  </xsl:template>

  <!-- Index order: persons by their short name (the surname, or the whole Chinese name), others by main name. -->
  <!-- Where an entry is filed: a person as an index files the name ("kuznetsov, v. v.",
       "li zongren" before "liu shaoqi"), accents and apostrophes aside, compared letter by letter. -->
  <xsl:function name="h:sort-key" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="replace(normalize-unicode(lower-case(
        if ($entity/self::tei:person) then f:index-name($entity) else f:entity-name-as-typed($entity)), 'NFD'), '[\p{M}’'']', '')"/>
  </xsl:function>

  <xsl:template name="h:search">
    <xsl:call-template name="h:page">
      <xsl:with-param name="title" select="'Search'"/>
      <xsl:with-param name="current" select="'search.html'"/>
      <xsl:with-param name="extra-head">
        <link rel="stylesheet" href="pagefind/pagefind-ui.css"/>
        <script src="pagefind/pagefind-ui.js"></script>
        <script src="pagefind-shards.js"></script>
        <script src="assets/search.js" defer="defer"></script>
      </xsl:with-param>
      <xsl:with-param name="content">
        <h1>Search</h1>
        <p>Search the text of the telegrams; filter by correspondent and year.</p>
        <div id="search"></div>
        <noscript><p>The search needs JavaScript. Without it, use the <a href="index.html">list of telegrams</a> and the
          indexes of <a href="persons.html">persons</a>, <a href="places.html">places</a> and
          <a href="organisations.html">organisations</a>.</p></noscript>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
