<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode "text": the reading text of a TEI document as HTML.  Unknown elements fall back to
     their text (text-only-copy), so TEI written by others never loses words. -->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:tei-telegrams:functions"
    xmlns:h="urn:tei-telegrams:html"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:mode name="text" on-no-match="text-only-copy" warning-on-no-match="false"/>

  <!-- Running numbers of the text's paragraphs and notes (cheaper than counting back). -->
  <xsl:accumulator name="h:paragraph" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:text//tei:p[not(ancestor::tei:note or ancestor::tei:quote)]" select="$value + 1"/>
  </xsl:accumulator>
  <xsl:accumulator name="h:note" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:text//tei:note[not(h:note-in-place(.))]" select="$value + 1"/>
  </xsl:accumulator>

  <!-- True for a note shown where it stands, not numbered: the source editor's description of
       the document ("[Handwritten: ...]") or remark in the line ("[sic]"), and a note its encoder
       sets in the text (FRUS's source note above a document's heading, rend="inline"). -->
  <xsl:function name="h:note-in-place" as="xs:boolean">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="$note/@type = 'annotation' or $note/@type = 'editorial' and $note/@resp = '#source-editor' and not($note/@place)
        or $note/@place = 'inline' or tokenize($note/@rend) = 'inline'"/>
  </xsl:function>

  <!-- The mentions of each entity in the text, in document order (the first is the index's target). -->
  <xsl:key name="h:mention" match="tei:text//*[@ref]" use="f:ref-id(@ref)"/>

  <!-- The identification of each entity the texts of these documents name, by generate-id of
       the entity: made once per entity for a page, not once per mention (the names' links and
       the tooltips show it).  Given to mode "text" as tunnel parameter "tips". -->
  <xsl:function name="h:tips" as="map(xs:string, xs:string)">
    <xsl:param name="docs" as="document-node()*"/>
    <xsl:sequence select="map:merge($docs ! h:document-tips(.))"/>
  </xsl:function>

  <!-- ... of one document, made once in a run (cache: a side-by-side page of a batch, template
       "pages", is given the documents its two translations' pages parsed, and their
       identifications were a sixth of its time) -->
  <xsl:function name="h:document-tips" as="map(xs:string, xs:string)" cache="yes">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:map>
      <!-- a path: each entity once, however often it is named -->
      <xsl:for-each select="$doc//tei:text//*[@ref]/f:entity(., @ref)">
        <xsl:map-entry key="generate-id(.)" select="f:entity-identification(.)"/>
      </xsl:for-each>
    </xsl:map>
  </xsl:function>

  <!-- The first mention of each entity in a document's text (the target of the index's
       back-references), by generate-id: a map made once per page, given to mode "text" as
       tunnel parameter "firsts" (a look-up per mention otherwise). -->
  <xsl:function name="h:first-mentions" as="map(xs:string, xs:boolean)">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:map>
      <xsl:for-each-group select="$doc//tei:text//*[@ref]" group-by="f:ref-id(@ref)">
        <xsl:map-entry key="generate-id(current-group()[1])" select="true()"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:function>

  <!-- An entity's identification, from the page's tips when it has them. -->
  <xsl:function name="h:tip" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:param name="tips" as="map(xs:string, xs:string)?"/>
    <xsl:sequence select="($tips ! .(generate-id($entity)), f:entity-identification($entity))[1]"/>
  </xsl:function>

  <!-- The index page an entity of this kind is listed on. -->
  <xsl:function name="h:index-page" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="map{'person': 'persons.html', 'place': 'places.html', 'org': 'organisations.html'}(local-name($entity))"/>
  </xsl:function>

  <!-- The classes that set an element as its renditions ask (f:renditions: FRUS's dateline
       rendition="#right", declared in its tagsDecl as floating right): " r-right", or ''. -->
  <xsl:function name="h:rendition-classes" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="string-join(f:renditions($e)[. = ('right', 'center', 'left', 'italic', 'smallcaps', 'bold', 'underline')]
                          ! (' r-' || .), '')"/>
  </xsl:function>
  <!-- (an inline element's @rend is its classes already: only what its renditions add) -->
  <xsl:function name="h:rendition-classes" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="except" as="xs:string*"/>
    <xsl:sequence select="string-join(tokenize(h:rendition-classes($e))[not(substring(., 3) = $except)] ! (' ' || .), '')"/>
  </xsl:function>

  <!-- True when an element holds block content, so it cannot be rendered as an HTML p or span. -->
  <xsl:function name="h:has-blocks" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/(tei:p, tei:div, tei:list, tei:table, tei:lg, tei:figure, tei:ab, tei:head,
        tei:opener, tei:closer, tei:quote[h:has-blocks(.)], tei:floatingText, tei:sp, tei:listBibl)
        | $e/*[not(self::tei:note)][h:has-blocks(.)])"/>
  </xsl:function>

  <!-- The numbers written in a stretch of text (for marking differences between witnesses). -->
  <xsl:function name="h:numbers" as="xs:string*">
    <xsl:param name="nodes" as="node()*"/>
    <!-- (the texts joined by a space, which parts their numbers, and tokenized once: Saxon's
         regular expressions cost as much to start as to run, and the texts are many and short) -->
    <xsl:sequence select="distinct-values(tokenize(string-join($nodes//text()[not(ancestor::tei:note)], ' '), '\D+')[. != ''])"/>
  </xsl:function>

  <!-- True when the edition's chronology has a section for this month (YYYY-MM). -->
  <xsl:function name="h:has-month" as="xs:boolean">
    <xsl:param name="month" as="xs:string"/>
    <!-- a page's own small catalogue lists the edition's months in <months> -->
    <xsl:sequence select="exists($catalogue) and (exists(key('h:month', $month, $catalogue)) or $month = $catalogue/*/months/month)"/>
  </xsl:function>
  <xsl:key name="h:month" match="entry" use="@month"/>

  <xsl:template match="tei:teiHeader | tei:standOff | tei:facsimile | tei:fw | tei:xenoData" mode="text"/>

  <xsl:template match="tei:text | tei:body | tei:front | tei:back | tei:group" mode="text">
    <xsl:apply-templates mode="text"/>
  </xsl:template>

  <xsl:template match="tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:floatingText | tei:titlePage" mode="text">
    <div class="tei-{local-name()}{@type ! (' type-' || .)}">
      <xsl:apply-templates select="@xml:id" mode="text"/>
      <xsl:apply-templates mode="text"/>
    </div>
  </xsl:template>

  <!-- A message the telegram encloses: set off under a label, so it is not read as the
       telegram's own text. -->
  <xsl:template match="tei:floatingText[@type = 'enclosure']" mode="text" priority="1">
    <section class="tei-floatingText type-enclosure">
      <xsl:apply-templates select="@xml:id" mode="text"/>
      <p class="enclosure-label">Enclosure</p>
      <xsl:apply-templates mode="text"/>
    </section>
  </xsl:template>

  <!-- A cable that transmits a whole message in quotation marks (rend="quoted"), or a message
       quoted over several of its paragraphs: the marks open the message's first block and
       close its last, outside the editor's omissions. -->
  <xsl:template match="tei:div[tokenize(@rend) = 'quoted'] | tei:quote[tokenize(@rend) = 'quoted']" mode="text" priority="1">
    <xsl:variable name="ends" select="f:quote-ends(.)"/>
    <xsl:next-match>
      <xsl:with-param name="quote-open" tunnel="yes" select="$ends[1]"/>
      <xsl:with-param name="quote-close" tunnel="yes" select="$ends[2]"/>
    </xsl:next-match>
  </xsl:template>

  <xsl:template match="@xml:id" mode="text">
    <xsl:param name="id-prefix" tunnel="yes" as="xs:string" select="''"/>
    <xsl:attribute name="id" select="$id-prefix || ."/>
  </xsl:template>

  <xsl:template match="tei:head" mode="text">
    <xsl:variable name="depth" select="count(ancestor::*[self::tei:div or self::tei:div1 or self::tei:div2 or self::tei:div3
        or self::tei:div4 or self::tei:list or self::tei:floatingText])"/>
    <xsl:variable name="n" select="parent::*[tei:head[1] is current()] ! f:div-number(.)"/>
    <xsl:element name="h{min((6, max((2, $depth + 1))))}">
      <xsl:attribute name="class" select="normalize-space('tei-head' || h:rendition-classes(.))"/>
      <xsl:if test="$n"><span class="div-number">{$n}.</span><xsl:text> </xsl:text></xsl:if>
      <!-- (a quoted message that opens with its heading: the opening mark is the heading's) -->
      <xsl:call-template name="h:quoted-content"/>
    </xsl:element>
  </xsl:template>

  <!-- block: paragraphs keep their number from @n; a paragraph holding blocks is a div. -->
  <xsl:template match="tei:p | tei:ab" mode="text">
    <xsl:param name="id-prefix" tunnel="yes" as="xs:string" select="''"/>
    <xsl:element name="{if (h:has-blocks(.)) then 'div' else 'p'}">
      <xsl:attribute name="class" select="normalize-space('tei-p' || (if (@n) then ' numbered' else '') || h:rendition-classes(.))"/>
      <xsl:if test="not(ancestor::tei:note) and not(ancestor::tei:quote)">
        <xsl:attribute name="id" select="$id-prefix || 'p' || accumulator-before('h:paragraph')"/>
      </xsl:if>
      <xsl:if test="@n"><span class="num">{f:point-label(@n)}</span><xsl:text> </xsl:text></xsl:if>
      <xsl:call-template name="h:quoted-content"/>
    </xsl:element>
  </xsl:template>

  <!-- The content of a block, with the message's opening or closing quotation mark. -->
  <xsl:template name="h:quoted-content">
    <xsl:param name="quote-open" tunnel="yes" as="xs:string" select="''"/>
    <xsl:param name="quote-close" tunnel="yes" as="xs:string" select="''"/>
    <xsl:if test="$quote-open = generate-id(.)"><span class="quote-mark">{f:quote-mark(., false())}</span></xsl:if>
    <xsl:apply-templates mode="text"/>
    <xsl:if test="$quote-close = generate-id(.)"><span class="quote-mark">{f:quote-mark(., true())}</span></xsl:if>
  </xsl:template>

  <!-- a postscript without "P.S.": marked by a rule over it, and named for a screen reader -->
  <xsl:template match="tei:postscript[f:unlabelled-postscript(.)]" mode="text" priority="1">
    <div class="tei-postscript unlabelled" role="note" aria-label="Postscript"><xsl:apply-templates mode="text"/></div>
  </xsl:template>
  <xsl:template match="tei:opener | tei:closer | tei:postscript | tei:byline | tei:docImprint | tei:argument
                       | tei:epigraph | tei:trailer" mode="text">
    <div class="tei-{local-name()}"><xsl:apply-templates mode="text"/></div>
  </xsl:template>

  <xsl:template match="tei:salute | tei:signed | tei:dateline | tei:opener/tei:seg | tei:closer/tei:seg | tei:docTitle | tei:titlePart
                       | tei:docDate | tei:docAuthor" mode="text">
    <xsl:element name="{if (h:has-blocks(.)) then 'div' else if (h:in-phrase(.)) then 'span' else 'p'}">
      <xsl:attribute name="class" select="normalize-space('tei-' || local-name() || (if (@type) then ' type-' || @type else '') || h:rendition-classes(.)
          || (if (f:signer-apart(.)) then ' apart' else ''))"/>
      <xsl:call-template name="h:quoted-content"/>
    </xsl:element>
  </xsl:template>

  <!-- A title page's title: each part on a line of its own, as printed (run together they read
       "Foreign Relations of the United States 1949 Volume VII, Part 1 The Near East") -->
  <xsl:template match="tei:docTitle[tei:titlePart][not(h:in-phrase(.))]" mode="text" priority="1">
    <div class="tei-docTitle"><xsl:apply-templates mode="text"/></div>
  </xsl:template>
  <xsl:template match="tei:docTitle[not(h:in-phrase(.))]/tei:titlePart" mode="text" priority="1">
    <p class="tei-titlePart{@type ! (' type-' || .)}"><xsl:apply-templates mode="text"/></p>
  </xsl:template>

  <!-- A dateline's date and place with nothing between them but space ("10 April 1950
       Pyongyang"): a comma between them, as a dateline is written. -->
  <xsl:template match="tei:dateline/text()[not(normalize-space())][h:date-or-place(preceding-sibling::node()[1])]
                       [h:date-or-place(following-sibling::node()[1])]
                       [local-name(preceding-sibling::node()[1]) != local-name(following-sibling::node()[1])]" mode="text" priority="2">
    <xsl:text>, </xsl:text>
  </xsl:template>
  <xsl:template match="tei:dateline/*[h:date-or-place(.)][h:date-or-place(preceding-sibling::node()[1])]
                       [local-name(preceding-sibling::node()[1]) != local-name()]" mode="text" priority="2">
    <xsl:text>, </xsl:text>
    <xsl:next-match/>
  </xsl:template>

  <xsl:function name="h:date-or-place" as="xs:boolean">
    <xsl:param name="node" as="node()?"/>
    <xsl:sequence select="exists($node[self::tei:date or self::tei:time or self::tei:placeName])"/>
  </xsl:function>

  <!-- True when an element sits inside something rendered as a paragraph or heading, where
       only phrasing content is allowed. -->
  <xsl:function name="h:in-phrase" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/ancestor::*[self::tei:p or self::tei:ab or self::tei:head or self::tei:salute or self::tei:signed
        or self::tei:dateline or self::tei:docTitle or self::tei:titlePart or self::tei:docDate or self::tei:docAuthor
        or self::tei:seg or self::tei:label or self::tei:hi or self::tei:q][not(h:has-blocks(.))])"/>
  </xsl:function>

  <!-- list: numbered when rend says so or the items carry @n; label/item pairs as a dl. -->
  <xsl:template match="tei:list" mode="text">
    <xsl:choose>
      <xsl:when test="tei:label">
        <dl class="tei-list">
          <xsl:apply-templates select="tei:head" mode="text-list-head"/>
          <xsl:for-each select="tei:label">
            <dt><xsl:apply-templates mode="text"/></dt>
            <dd><xsl:apply-templates select="following-sibling::tei:item[1]/node()" mode="text"/></dd>
          </xsl:for-each>
          <xsl:for-each select="tei:item[not(preceding-sibling::*[1][self::tei:label])]">
            <dd><xsl:apply-templates mode="text"/></dd>
          </xsl:for-each>
        </dl>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="tei:head">
          <p class="tei-list-head"><xsl:apply-templates select="tei:head/node()" mode="text"/></p>
        </xsl:if>
        <xsl:element name="{if (matches(@rend, 'numbered|ordered|decimal') or tei:item/@n) then 'ol' else 'ul'}">
          <xsl:attribute name="class" select="'tei-list' || (@rend ! (' rend-' || replace(., '\s+', '-')))"/>
          <xsl:apply-templates select="* except tei:head" mode="text"/>
        </xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:head" mode="text-list-head">
    <dt class="tei-list-head"><xsl:apply-templates mode="text"/></dt>
    <dd class="tei-list-head"/>
  </xsl:template>

  <xsl:template match="tei:item" mode="text">
    <li>
      <!-- (a numbered point's label as a paragraph's: "2.", "II.", "(a)") -->
      <xsl:if test="@n castable as xs:integer"><xsl:attribute name="value" select="xs:integer(@n)"/></xsl:if>
      <xsl:if test="@n">
        <span class="num">{if (matches(@n, '\w$')) then f:point-label(@n) else @n}</span><xsl:text> </xsl:text></xsl:if>
      <xsl:apply-templates mode="text"/>
    </li>
  </xsl:template>

  <!-- Anything else directly in a list (milestones, notes) still shows, inside an item. -->
  <xsl:template match="tei:list/*[not(self::tei:item or self::tei:head or self::tei:label)]" mode="text" priority="-0.1">
    <li class="tei-{local-name()}"><xsl:next-match/></li>
  </xsl:template>

  <!-- quote: a block quotation when it holds paragraphs, else an inline q (quotation marks from CSS). -->
  <xsl:template match="tei:quote | tei:q | tei:said | tei:cit" mode="text">
    <xsl:choose>
      <xsl:when test="h:has-blocks(.) and not(ancestor::tei:p[not(h:has-blocks(.))])">
        <blockquote class="tei-{local-name()}{@type ! (' type-' || .)}"><xsl:apply-templates mode="text"/></blockquote>
      </xsl:when>
      <xsl:otherwise>
        <q class="tei-{local-name()}"><xsl:apply-templates mode="text"/></q>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- note: a numbered anchor here; the text itself goes to the notes section (mode notes). -->
  <xsl:template match="tei:note" mode="text">
    <xsl:param name="id-prefix" tunnel="yes" as="xs:string" select="''"/>
    <xsl:variable name="num" select="h:note-number(.)"/>
    <a class="noteref" href="#{$id-prefix}note-{$num}" id="{$id-prefix}noteref-{$num}" role="doc-noteref"
       aria-label="Note {h:note-label(.)}"><sup>{h:note-label(.)}</sup></a>
  </xsl:template>

  <!-- The source editor's description of what is written or stamped on the document,
       "[Handwritten: ...]": in its place, in brackets, as the source prints it (not a numbered note). -->
  <xsl:template match="tei:note[@type = 'annotation']" mode="text">
    <xsl:element name="{if (h:in-phrase(.)) then 'span' else 'p'}">
      <xsl:attribute name="class" select="'tei-annotation'"/>
      <xsl:attribute name="title" select="'Described by ' || (if (@resp = '#source-editor' or not(@resp)) then 'the source’s editor' else 'the editor')"/>
      <xsl:text>[</xsl:text>
      <xsl:choose>
        <!-- one remark ("Signed as Chairman ... and dated"): the whole in italics, as an editor's
             remark is set, not its first word alone -->
        <xsl:when test="f:remark(.)"><em class="tei-remark"><xsl:apply-templates mode="text"/></em></xsl:when>
        <xsl:otherwise><xsl:apply-templates mode="text"/></xsl:otherwise>
      </xsl:choose>
      <xsl:text>]</xsl:text>
    </xsl:element>
  </xsl:template>
  <!-- The source editor's note in the line, "[sic: 30 September]", "[Translator's note: ...]": in
       its place, in brackets, as the source prints it (not a numbered note). -->
  <xsl:template match="tei:note[@type = 'editorial'][@resp = '#source-editor'][not(@place)]" mode="text">
    <span class="tei-annotation" title="Note by the source’s editor">
      <xsl:text>[</xsl:text>
      <xsl:apply-templates mode="text"/>
      <xsl:text>]</xsl:text>
    </span>
  </xsl:template>
  <!-- A note set in the text by its encoder (rend="inline"): in its place, as a line of its own
       among blocks ("851G.00/1–1449: Telegram" above a FRUS document's heading). -->
  <xsl:template match="tei:note[@place = 'inline' or tokenize(@rend) = 'inline'][not(@type = 'annotation')]
                       [not(@type = 'editorial' and @resp = '#source-editor' and not(@place))]" mode="text">
    <xsl:element name="{if (h:in-phrase(.)) then 'span' else if (h:has-blocks(.)) then 'div' else 'p'}">
      <xsl:attribute name="class" select="'tei-note-inline' || @type ! (' type-' || .)"/>
      <xsl:apply-templates mode="text"/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="tei:note[@type = 'annotation']/tei:label" mode="text">
    <em class="tei-label">{.}</em>
  </xsl:template>
  <xsl:template match="tei:note[@type = 'annotation'][f:remark(.)]/tei:label" mode="text" priority="1">{.}</xsl:template>

  <!-- A note's position among the notes of the text. -->
  <xsl:function name="h:note-number" as="xs:integer">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="$note ! accumulator-before('h:note')"/>
  </xsl:function>

  <!-- The label a note shows: its @n, else its position. -->
  <xsl:function name="h:note-label" as="xs:string">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="string(($note/@n[normalize-space()], h:note-number($note))[1])"/>
  </xsl:function>

  <!-- break: page markers, line breaks. -->
  <xsl:template match="tei:pb" mode="text">
    <xsl:param name="id-prefix" tunnel="yes" as="xs:string" select="''"/>
    <span class="pb" role="note">
      <xsl:if test="@n and not(preceding::tei:pb[@n = current()/@n])">
        <xsl:attribute name="id" select="$id-prefix || 'page-' || replace(@n, '[^\w.-]', '_')"/>
      </xsl:if>
      <xsl:text>[{if (@n) then 'p. ' || @n else 'page break'}]</xsl:text>
    </span>
  </xsl:template>
  <xsl:template match="tei:lb" mode="text"><br/></xsl:template>
  <xsl:template match="tei:cb | tei:milestone | tei:anchor | tei:index | tei:link | tei:linkGrp | tei:interpGrp" mode="text"/>
  <!-- the line a telegram sent in parts begins each with ("Part 2 of 3", "Continuation."): a line
       of its own, set apart as the cipher office's words, not the telegram's -->
  <xsl:template match="tei:label[@type = 'part']" mode="text">
    <p class="tei-part">
      <xsl:apply-templates mode="text"/>
    </p>
  </xsl:template>
  <!-- a break the source marks between parts of the text ("* * *") -->
  <xsl:template match="tei:milestone[@unit = 'section'][not(ancestor::tei:p)]" mode="text" priority="1">
    <hr class="tei-milestone"/>
  </xsl:template>

  <!-- gap: [desc] or [...]. -->
  <xsl:template match="tei:gap" mode="text">
    <span class="gap editorial" title="{h:gap-title(.)}">
      <xsl:text>[{if (normalize-space(tei:desc)) then normalize-space(tei:desc) else '…'}]</xsl:text>
    </span>
  </xsl:template>
  <!-- an omission between paragraphs is a paragraph of its own (it stood against the next one) -->
  <xsl:template match="tei:gap[not(h:in-phrase(.))][parent::tei:div or parent::tei:body or parent::tei:quote
                       or parent::tei:postscript or parent::tei:opener or parent::tei:closer]" mode="text" priority="1">
    <p class="tei-gap"><xsl:next-match/></p>
  </xsl:template>

  <!-- What a gap's tooltip says: "Omitted by the source’s editor", "Illegible (noted by the
       source’s editor)"; the reason once ('omitted-in-source' is what "Omitted" says). -->
  <xsl:function name="h:gap-title" as="xs:string">
    <xsl:param name="gap" as="element()"/>
    <xsl:variable name="reason" select="normalize-space(replace($gap/@reason, '-', ' '))"/>
    <xsl:variable name="by-editor" select="$gap/@resp = '#source-editor'"/>
    <xsl:sequence select="
        if ($reason = ('', 'omitted in source', 'omitted', 'editorial')) then
          (if ($by-editor) then 'Omitted by the source’s editor' else 'Omitted in the source')
        else upper-case(substring($reason, 1, 1)) || substring($reason, 2)
             || (if ($by-editor) then ' (noted by the source’s editor)' else '')"/>
  </xsl:function>

  <!-- supplied: words the source's editor added, in his brackets (parentheses where the source
       has them, rend="parentheses") and styled as editorial. -->
  <xsl:template match="tei:supplied" mode="text">
    <xsl:variable name="in-parentheses" select="@rend = 'parentheses'"/>
    <span class="tei-supplied supplied editorial" title="Added by {if (@resp = '#source-editor' or not(@resp)) then 'the source’s editor' else 'the editor'}">
      <xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
      <xsl:value-of select="if ($in-parentheses) then '(' else '['"/>
      <xsl:apply-templates mode="text"/>
      <xsl:value-of select="if ($in-parentheses) then ')' else ']'"/>
    </span>
  </xsl:template>

  <!-- gloss: an editor's identification, in brackets and styled as editorial. -->
  <xsl:template match="tei:gloss[f:editorial-gloss(.)]" mode="text">
    <span class="gloss editorial" title="Identification{if (@resp = '#source-editor') then ' by the source’s editor' else ''}">
      <xsl:text>[</xsl:text><xsl:apply-templates mode="text"/><xsl:text>]</xsl:text>
    </span>
  </xsl:template>
  <!-- any other gloss is the text's own words: as written, an abbreviation explained on hover
       by the entry of the document's list it points to ("Dept": "Department of State") -->
  <xsl:template match="tei:gloss" mode="text">
    <xsl:variable name="target" select="f:ref-id(tokenize(normalize-space(@target), ' ')[1])"/>
    <xsl:variable name="entry" select="if ($target) then id($target, root(.))[1] else ()"/>
    <xsl:variable name="explained" select="$entry/ancestor-or-self::tei:item[1] ! replace(normalize-space(string-join(
        .//text()[not(ancestor::tei:term or ancestor::tei:note)], '')), '^[\s,.:;—–-]+', '')"/>
    <xsl:element name="{if ($explained) then 'abbr' else 'span'}">
      <xsl:attribute name="class" select="'tei-gloss' || @type ! (' type-' || .)"/>
      <xsl:if test="$explained"><xsl:attribute name="title" select="$explained"/></xsl:if>
      <xsl:apply-templates mode="text"/>
    </xsl:element>
  </xsl:template>

  <!-- certainty: the editor's query as [?], its description on hover. -->
  <xsl:template match="tei:certainty" mode="text">
    <abbr class="certainty editorial" title="{(normalize-space(tei:desc), 'Uncertain')[. != ''][1]}">[?]</abbr>
  </xsl:template>
  <xsl:template match="tei:desc" mode="text"/>
  <xsl:template match="tei:gap/tei:desc | tei:certainty/tei:desc" mode="text"/>

  <!-- A name that points with @corresp to an entry of the document's own list (FRUS: "<persName
       corresp="#p_KHA1">Kissinger</persName>" to its list of persons): a link to the entry, which
       is told on hover; the entry's name is the link's target. -->
  <xsl:template match="*[self::tei:persName or self::tei:placeName or self::tei:orgName or self::tei:name][not(@ref)]
                        [f:corresp-target(.)]" mode="text" priority="1">
    <xsl:param name="id-prefix" tunnel="yes" as="xs:string" select="''"/>
    <xsl:variable name="target" select="f:corresp-target(.)"/>
    <a class="tei-{local-name()} corresp" href="#{$id-prefix}{$target/@xml:id}" title="{f:corresp-text($target)}">
      <xsl:apply-templates mode="text"/></a>
  </xsl:template>

  <!-- entity-link: a name linked to its index entry; identification on hover and focus. -->
  <xsl:template match="tei:persName[@ref] | tei:placeName[@ref] | tei:orgName[@ref] | tei:name[@ref] | tei:rs[@ref]" mode="text">
    <xsl:param name="diff-refs" tunnel="yes" as="xs:string*" select="()"/>
    <xsl:param name="compare" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:param name="tips" tunnel="yes" as="map(xs:string, xs:string)?" select="()"/>
    <xsl:param name="firsts" tunnel="yes" as="map(xs:string, xs:boolean)?" select="()"/>
    <xsl:param name="id-prefix" tunnel="yes" as="xs:string" select="''"/>
    <xsl:variable name="entity" select="f:entity(., @ref)"/>
    <!-- not marked: a name inside another ("China" in "Communist Party of China": the body is
         what is named), or in a source's heading (its editor's words, not the telegram's) -->
    <xsl:variable name="differs" select="$compare and not(f:ref-id(@ref) = $diff-refs) and not(ancestor::tei:head)
        and not(ancestor::tei:*[@ref] and not(ancestor::tei:gloss))"/>
    <!-- The first mention is the target of the index's back-references: on a document's own
         page (not in the side-by-side view, where a passage of one side alone is no comparison,
         and both sides' first mentions took the same id) -->
    <xsl:variable name="first" select="not($compare) and $id-prefix = '' and ancestor::tei:text and
        (if (exists($firsts)) then map:contains($firsts, generate-id(.)) else key('h:mention', f:ref-id(@ref), root(.))[1] is .)"/>
    <xsl:choose>
      <xsl:when test="exists($entity) and not(ancestor::tei:*[@ref][f:entity(., @ref)] and not(ancestor::tei:gloss))">
        <xsl:variable name="tip" select="h:tip($entity, $tips)"/>
        <a class="entity {local-name($entity)}{if ($differs) then ' diff' else ''}{if (@type = 'pseudonym') then ' pseudonym' else ''}"
           href="{h:index-page($entity)}#{$entity/@xml:id}" data-tip="{$tip}" aria-describedby="tip-{$entity/@xml:id}">
          <xsl:if test="$first"><xsl:attribute name="id" select="'m-' || $entity/@xml:id"/></xsl:if>
          <xsl:apply-templates mode="text"/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="name {local-name()}{if ($differs) then ' diff' else ''}">
          <xsl:if test="$first and $entity"><xsl:attribute name="id" select="'m-' || $entity/@xml:id"/></xsl:if>
          <!-- a name inside another's link ("CC <CCP>": a link holds no link): its own
               identification on hover, as the link's tooltip gives the outer name's -->
          <xsl:if test="$entity"><xsl:attribute name="title" select="h:tip($entity, $tips)"/></xsl:if>
          <xsl:apply-templates mode="text"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- date: a time element with its ISO value; supplied parts explained on hover. -->
  <xsl:template match="tei:date | tei:time" mode="text">
    <xsl:param name="diff-dates" tunnel="yes" as="xs:string*" select="()"/>
    <xsl:param name="compare" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:variable name="iso" select="string((@when, @from, @notBefore)[1])"/>
    <xsl:variable name="differs" select="$compare and $iso != '' and not($iso = $diff-dates) and not(ancestor::tei:head)"/>
    <xsl:choose>
      <!-- (a day with the time the text gives, "1950-10-08T05:00:00", is a date too) -->
      <xsl:when test="f:is-iso-date($iso) or (f:is-iso-date(substring($iso, 1, 10)) and matches($iso, '^.{10}T\d\d:\d\d'))">
        <xsl:variable name="time" as="element()">
          <time class="date{if ($differs) then ' diff' else ''}{if (@evidence = 'internal') then ' supplied' else ''}" datetime="{$iso}"
                title="{f:display-date($iso)}{if (@evidence = 'internal') then ' (' || (if (matches(normalize-space(.), '^[Tt]he \d{1,2}(st|nd|rd|th)$')) then 'month and year' else 'year') || ' supplied by the encoder from the telegram’s date)' else ''}">
            <xsl:apply-templates mode="text">
              <xsl:with-param name="compare" tunnel="yes" select="false()"/>
            </xsl:apply-templates>
          </time>
        </xsl:variable>
        <xsl:variable name="month" select="substring($iso, 1, 7)"/>
        <xsl:choose>
          <xsl:when test="string-length($month) = 7 and h:has-month($month) and not(ancestor::*[@ref or @target])">
            <a class="date-link" href="chronology.html#m-{$month}">
              <xsl:sequence select="$time"/></a>
          </xsl:when>
          <xsl:otherwise><xsl:sequence select="$time"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise><span class="date"><xsl:apply-templates mode="text"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A reference's file number, range or numbered part, not broken over two lines (a span
       white-space: nowrap): FRUS's file "611.61/8–1461" broke at its dash at 390 pixels, as
       an archive's "ll. 55-57" could at its space.  The print edition keeps the same parts
       on one line (edition.typ's unbroken-reference; "[\dA-Z.]*\d/" takes a decimal file's
       number with its date; "p. 1" only at a word's start, the letter before it taken as group 1
       and left out of the span: XPath has no "\b", and "Op. 1" is not "p. 1"). -->
  <xsl:variable name="h:unbroken-reference" as="xs:string"
                select="'[\dA-Z.]*\d/\d+[–-]\d+|(^|[^\p{L}\p{N}])(\p{Ll}{1,3}\.\s\d+([–-]\d+)?)|\d+[–-]\d+'"/>
  <xsl:function name="h:unbroken" as="node()*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:choose>
      <!-- (a regular expression only where a digit is: Saxon's are slow) -->
      <xsl:when test="$text = translate($text, '0123456789', '')"><xsl:value-of select="$text"/></xsl:when>
      <xsl:otherwise>
        <xsl:analyze-string select="$text" regex="{$h:unbroken-reference}">
          <xsl:matching-substring>
            <xsl:choose>
              <xsl:when test="regex-group(2)">{regex-group(1)}<span class="nobr">{regex-group(2)}</span></xsl:when>
              <xsl:otherwise><span class="nobr">{.}</span></xsl:otherwise>
            </xsl:choose>
          </xsl:matching-substring>
          <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
        </xsl:analyze-string>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Text: in the side-by-side view, numbers the other witness lacks are marked; in a note
       (FRUS's source note), a reference's number unbroken (h:unbroken). -->
  <xsl:template match="text()" mode="text">
    <xsl:param name="diff-numbers" tunnel="yes" as="xs:string*" select="()"/>
    <xsl:param name="compare" tunnel="yes" as="xs:boolean" select="false()"/>
    <!-- the space an element's markup ends with is no space before the comma after it (FRUS:
         "<hi><persName>Chou En-lai</persName>⏎</hi>, Premier" read "Chou En-lai , Premier") -->
    <!-- (by string functions: a regular expression here ran for the last text of nearly every
         element, and Saxon's are slow) -->
    <xsl:variable name="text" select="if (not(following-sibling::node()) and normalize-space(substring(., string-length(.))) = ''
        and substring(string(following::text()[1]), 1, 1) = (',', '.', ';', ':', '!', '?', ')', ']', '}'))
        then replace(., '\s+$', '') else string(.)"/>
    <xsl:choose>
      <xsl:when test="$compare and matches($text, '\d') and not(ancestor::tei:head)">
        <xsl:analyze-string select="$text" regex="\d+">
          <xsl:matching-substring>
            <xsl:choose>
              <xsl:when test=". = $diff-numbers"><xsl:value-of select="."/></xsl:when>
              <xsl:otherwise><mark class="diff" title="differs from the other witness">{.}</mark></xsl:otherwise>
            </xsl:choose>
          </xsl:matching-substring>
          <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
        </xsl:analyze-string>
      </xsl:when>
      <xsl:when test="ancestor::tei:note"><xsl:sequence select="h:unbroken($text)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- pointers: a link only for http(s), in-page and relative targets.  The content keeps its
       markup (a title in italics in a FRUS note); a value template would flatten it to strings
       joined by spaces ("Foreign Relations , 1947"). -->
  <xsl:template match="tei:ref | tei:ptr" mode="text">
    <xsl:variable name="target" select="normalize-space(@target)"/>
    <xsl:variable name="ok" select="f:safe-target($target)
        and (not(starts-with($target, '#')) or exists(id(substring($target, 2), root(.))))"/>
    <xsl:variable name="content" as="node()*">
      <xsl:apply-templates mode="text"/>
      <xsl:if test="self::tei:ptr">{$target}</xsl:if>
    </xsl:variable>
    <!-- in a link, the links of its names are plain text (a link may not hold another) -->
    <xsl:variable name="linked" as="node()*"><xsl:apply-templates select="$content" mode="h:unlink"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$ok and matches($target, '^https?:', 'i')"><a class="ref external" href="{$target}"><xsl:sequence select="$linked"/></a></xsl:when>
      <xsl:when test="$ok and starts-with($target, '#')"><a class="ref" href="{$target}"><xsl:sequence select="$linked"/></a></xsl:when>
      <xsl:when test="$ok and matches($target, '\.xml(#.*)?$')">
        <a class="ref" href="{replace($target, '\.xml', '.html')}"><xsl:sequence select="$linked"/></a></xsl:when>
      <xsl:otherwise><span class="ref"><xsl:sequence select="$content"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:mode name="h:unlink" on-no-match="shallow-copy"/>
  <xsl:template match="*:a" mode="h:unlink">
    <span><xsl:copy-of select="@id, @class"/><xsl:apply-templates mode="h:unlink"/></span>
  </xsl:template>

  <!-- inline: highlighting, titles, foreign words, editorial choice. -->
  <xsl:template match="tei:hi | tei:emph | tei:foreign | tei:title | tei:term | tei:mentioned | tei:soCalled
                       | tei:seg | tei:abbr | tei:expan | tei:sic | tei:corr | tei:orig | tei:reg | tei:unclear
                       | tei:add | tei:label | tei:num | tei:measure | tei:name | tei:rs
                       | tei:persName | tei:placeName | tei:orgName | tei:roleName | tei:addrLine | tei:address" mode="text">
    <xsl:param name="id-prefix" tunnel="yes" as="xs:string" select="''"/>
    <xsl:variable name="rend" select="string-join((@rend, @rendition ! replace(., '#', '')), ' ')"/>
    <xsl:variable name="tag" select="
        if (self::tei:title) then 'cite'
        else if (self::tei:emph or matches($rend, 'italic') or self::tei:foreign or self::tei:mentioned) then 'em'
        else if (matches($rend, 'bold|strong')) then 'strong'
        else if (matches($rend, 'sup')) then 'sup'
        else if (matches($rend, 'sub')) then 'sub'
        else 'span'"/>
    <xsl:element name="{$tag}">
      <xsl:attribute name="class" select="normalize-space('tei-' || local-name() || ' ' || replace($rend, '[^\w -]', '') || h:rendition-classes(., tokenize(lower-case(@rend))))"/>
      <!-- (a name of a list that other names point to: FRUS's list of persons) -->
      <xsl:if test="@xml:id and (self::tei:persName or self::tei:placeName or self::tei:orgName or self::tei:name)">
        <xsl:attribute name="id" select="$id-prefix || @xml:id"/></xsl:if>
      <xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
      <xsl:apply-templates mode="text"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:choice" mode="text">
    <xsl:apply-templates select="(tei:corr, tei:reg, tei:expan, *)[1]" mode="text"/>
  </xsl:template>
  <xsl:template match="tei:del" mode="text"><del><xsl:apply-templates mode="text"/></del></xsl:template>

  <xsl:template match="tei:lg" mode="text"><div class="tei-lg"><xsl:apply-templates mode="text"/></div></xsl:template>
  <xsl:template match="tei:l" mode="text"><div class="tei-l"><xsl:apply-templates mode="text"/></div></xsl:template>

  <xsl:template match="tei:table" mode="text">
    <table class="tei-table">
      <xsl:if test="tei:head"><caption><xsl:apply-templates select="tei:head/node()" mode="text"/></caption></xsl:if>
      <tbody><xsl:apply-templates select="tei:row" mode="text"/></tbody>
    </table>
  </xsl:template>
  <xsl:template match="tei:row" mode="text"><tr><xsl:apply-templates select="tei:cell" mode="text"/></tr></xsl:template>
  <xsl:template match="tei:cell" mode="text">
    <xsl:element name="{if (../@role = 'label' or @role = 'label') then 'th' else 'td'}">
      <xsl:if test="@cols"><xsl:attribute name="colspan" select="@cols"/></xsl:if>
      <xsl:if test="f:numeric-cell(.)"><xsl:attribute name="class" select="'num'"/></xsl:if>
      <xsl:apply-templates mode="text"/>
    </xsl:element>
  </xsl:template>

  <!-- figures: no images are published, so the caption and a marker stand in. -->
  <xsl:template match="tei:figure" mode="text">
    <figure class="tei-figure">
      <span class="editorial">[figure{tei:graphic/@url ! (': ' || tokenize(., '/')[last()])}]</span>
      <xsl:if test="tei:head | tei:figDesc | tei:p">
        <figcaption><xsl:apply-templates select="tei:head/node(), tei:figDesc/node(), tei:p/node()" mode="text"/></figcaption>
      </xsl:if>
    </figure>
  </xsl:template>
  <xsl:template match="tei:graphic" mode="text"/>

  <!-- Unknown elements holding blocks keep their block shape; others fall back to text. -->
  <xsl:template match="*" mode="text" priority="-1">
    <xsl:choose>
      <xsl:when test="h:has-blocks(.)"><div class="tei-{local-name()}"><xsl:apply-templates mode="text"/></div></xsl:when>
      <xsl:otherwise><span class="tei-{local-name()}"><xsl:apply-templates mode="text"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
