<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode pf:text: the text of a telegram as Typst markup.  Blocks become calls of the template's
     block functions (#para, #bquote, #src-head …), inlines its inline functions (#ix, #gloss, #gap …);
     an element this mode does not know keeps its content: as a block (#blk) where it stands among
     blocks, inline where it stands in running text.  So no text is lost. -->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:pf="urn:tei-telegrams:print"
    xmlns:f="urn:tei-telegrams:functions"
    exclude-result-prefixes="#all">

  <!-- text: escaped once, whitespace collapsed; whitespace between blocks is layout, not text -->
  <xsl:template match="text()" mode="pf:text">
    <xsl:choose>
      <!-- (not the space a line's markup begins or ends with: FRUS's dateline " Paris, ...") -->
      <xsl:when test="normalize-space() or ../text()[normalize-space()]">
        <xsl:variable name="line" select="pf:is-line(..)"/>
        <xsl:variable name="start" select="$line and not(preceding-sibling::node())"/>
        <xsl:variable name="end" select="$line and not(following-sibling::node())"/>
        <xsl:variable name="collapsed" select="pf:collapse(.)"/>
        <xsl:variable name="trimmed" select="if ($start) then replace($collapsed, '^\s+', '') else $collapsed"/>
        <xsl:value-of select="pf:text(if ($end) then replace($trimmed, '\s+$', '') else $trimmed)"/>
      </xsl:when>
      <!-- between two inline elements (publisher and pubPlace of an imprint) the space is text too -->
      <xsl:when test="preceding-sibling::* and following-sibling::* and not(pf:is-block-container(..))">#" "</xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- Elements set as a line or paragraph of their own: the space their text begins or ends with is layout. -->
  <xsl:function name="pf:is-line" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/(self::tei:p | self::tei:head | self::tei:dateline | self::tei:salute | self::tei:signed
        | self::tei:seg[parent::tei:opener or parent::tei:closer] | self::tei:item | self::tei:label | self::tei:cell
        | self::tei:addrLine | self::tei:byline | self::tei:docAuthor | self::tei:docDate | self::tei:trailer | self::tei:l))"/>
  </xsl:function>

  <!-- Elements whose children are blocks: whitespace between those children is layout. -->
  <xsl:function name="pf:is-block-container" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/(self::tei:TEI | self::tei:text | self::tei:front | self::tei:body | self::tei:back
        | self::tei:div | self::tei:group | self::tei:titlePage | self::tei:list | self::tei:table | self::tei:row
        | self::tei:listBibl | self::tei:opener | self::tei:closer | self::tei:lg | self::tei:figure | self::tei:sp
        | self::tei:quote[tei:p] | self::tei:note[tei:p] | self::tei:floatingText))
        or exists($e/*[self::tei:p or self::tei:div or self::tei:head or self::tei:list or self::tei:table])"/>
  </xsl:function>

  <!-- Whether a note is printed as a footnote (tei:note's template, below): not the source
       editor's description ("[Handwritten: ...]") nor his remark in the line ("[sic]"), nor a
       note its encoder sets in the text (rend="inline"), which print where they stand. -->
  <xsl:function name="pf:is-footnote" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="not($note/@type = 'annotation'
        or $note/@type = 'editorial' and $note/@resp = '#source-editor' and not($note/@place)
        or $note/@place = 'inline' or tokenize($note/@rend) = 'inline')"/>
  </xsl:function>

  <!-- Whether an element prints a footnote (a note that is one, or a name's @corresp
       identification). -->
  <xsl:function name="pf:has-footnote" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e//tei:note[pf:is-footnote(.)]
        | $e//*[self::tei:persName or self::tei:placeName or self::tei:orgName or self::tei:name or self::tei:rs][not(@ref)][@corresp])"/>
  </xsl:function>

  <!-- ===== blocks ===== -->

  <xsl:template match="tei:p" mode="pf:text">
    <!-- a short paragraph with a footnote that the closing lines follow: it and they one block
         that does not break (edition.typ's together), not a sticky block (below) -->
    <xsl:variable name="together" select="pf:together(.)"/>
    <!-- the closing lines set in the paragraph (pf:closes), or the paragraph kept with them as a
         sticky block (below); each asked once, as each scans the paragraph -->
    <xsl:variable name="closes" select="pf:closes(.)"/>
    <xsl:variable name="kept" select="following-sibling::*[1][self::tei:closer] and not(pf:has-footnote(.)) and not($closes)"/>
    <xsl:if test="$together">&#10;#together[</xsl:if>
    <!-- a paragraph set to the right or centred, as its rendition asks -->
    <xsl:variable name="side" select="f:renditions(.)[. = ('right', 'center')][1]"/>
    <xsl:if test="$side">&#10;#align({$side})[</xsl:if>
    <xsl:text>&#10;#para(</xsl:text>
    <!-- a postscript's first paragraph and one that opens another ("P.P.S."): flush, as "P.S."
         is, not indented as a paragraph after another (first, with its comma: Typst takes a
         trailing one) -->
    <xsl:if test="parent::tei:postscript and (empty(preceding-sibling::tei:p) or f:postscript-labelled(.))">flush: true, </xsl:if>
    <xsl:if test="@n">n: {pf:lit(f:point-label(@n))}</xsl:if>
    <!-- the closing lines set after the paragraph's last line, in it (pf:closes) -->
    <xsl:if test="$closes">
      <xsl:variable name="closer">
        <xsl:apply-templates select="following-sibling::*[1]" mode="pf:text">
          <xsl:with-param name="placed" select="true()" tunnel="yes"/>
        </xsl:apply-templates>
      </xsl:variable>
      <!-- (on the paragraph's line) -->
      <xsl:text>{if (@n) then ', ' else ''}closing: [{replace(string($closer), '^\n|\n$', '')}]</xsl:text>
    </xsl:if>
    <!-- the paragraph the closing lines follow is kept with them where they cannot be set in it
         (one with a footnote: see pf:together; a long one with a footnote is not kept, as a note
         printed before its mark would be worse than closing lines that begin a page) -->
    <xsl:if test="$kept">
      <xsl:text>{if (@n) then ', ' else ''}keep: true, short: {string-length(normalize-space(.)) lt 900}, indent: {pf:follows-paragraph(.)}</xsl:text>
    </xsl:if>
    <!-- a paragraph after another set in a block of its own (the lead set with the heading), or
         the first in a block of its own (together, or the layout that sets the closing lines in
         it: pf:closes), is not indented by Typst: it is told to be
         (No. 71 of tests/sources' volume 4 began its second paragraph flush, set apart as a new
         section) -->
    <xsl:if test="pf:follows-paragraph(.) and ($together or $closes or preceding-sibling::tei:p[1][pf:leads(.)]) and not($kept)">
      <xsl:text>{if (@n or $closes) then ', ' else ''}indent: true</xsl:text>
    </xsl:if>
    <xsl:text>)[</xsl:text>
    <!-- the source's page that begins with this paragraph: its number beside the first line -->
    <xsl:for-each select="preceding-sibling::*[1][self::tei:pb[@n]][pf:page-starts-paragraph(.)]">#page-start({pf:lit(@n)})</xsl:for-each>
    <xsl:call-template name="pf:quoted-content"/>
    <xsl:text>]&#10;</xsl:text>
    <xsl:if test="$side">]&#10;</xsl:if>
    <xsl:if test="$together">
      <xsl:apply-templates select="following-sibling::*[1]" mode="pf:text">
        <xsl:with-param name="placed" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
      <xsl:text>]&#10;</xsl:text>
    </xsl:if>
    <!-- (where the lines set with the heading end: telegram.xsl cuts the text there) -->
    <xsl:if test="pf:leads(.)">{$pf:lead-end}</xsl:if>
  </xsl:template>

  <!-- Whether a paragraph is the text's first and short, with nothing before it but the source's
       heading, the opening lines, omissions and page breaks, and it or they hold a footnote: set with the
       telegram's heading as one block that does not break (edition.typ's telegram, lead).  Sticky
       blocks over it stay at a page's foot when it goes over with its footnote, or go over
       leaving their own footnote behind (typst/typst#5314); a long paragraph breaks, its first
       lines under the heading. -->
  <xsl:variable name="pf:lead-end" as="xs:string" select="'&#10;// (the end of the lines set with the heading)&#10;'"/>
  <xsl:function name="pf:leads" as="xs:boolean">
    <xsl:param name="p" as="element()"/>
    <xsl:variable name="text" select="$p/ancestor::tei:text[1]"/>
    <xsl:sequence select="if (not(exists($text) and empty($text/ancestor::tei:text) and $p is ($text//tei:p)[1]
                                  and string-length(normalize-space($p)) lt 900)) then false()
        else (pf:has-footnote($p) or (some $e in $p/preceding::*[. >> $text] satisfies pf:has-footnote($e)))
         and (every $a in $p/ancestor::*[. >> $text] satisfies $a[self::tei:body or self::tei:front or self::tei:div])
         and (every $e in $p/preceding::*[. >> $text] satisfies
               $e/ancestor-or-self::*[self::tei:head or self::tei:opener or self::tei:pb or self::tei:label or self::tei:milestone or self::tei:gap
                                      or self::tei:dateline or self::tei:byline or self::tei:docAuthor or self::tei:docDate])"/>
  </xsl:function>

  <!-- Whether the closing lines after a paragraph are set in it, after its last line
       (edition.typ's para, closing): the paragraph breaks as any, and the lines that end it go
       over with them, as a book keeps the signature with the letter's last lines.  Kept by a
       sticky paragraph, the whole of it went over with them: a telegram of one paragraph could
       not break, and a page before it was left half empty (No. 2 of tests/sources' volume 3).
       Not a paragraph with a footnote (pf:together) or one ending in a block. -->
  <xsl:function name="pf:closes" as="xs:boolean">
    <xsl:param name="p" as="element()"/>
    <xsl:sequence select="exists($p/following-sibling::*[1][self::tei:closer]) and not(pf:has-footnote($p))
        and empty($p//(tei:list | tei:table | tei:lg | tei:floatingText | tei:quote[tei:p | tei:lg | tei:list]
                       | tei:note[@place = 'inline' or tokenize(@rend) = 'inline'][not(../text()[normalize-space()])]))
        and not($p/node()[self::* or normalize-space()][last()][self::tei:pb])"/>
  </xsl:function>

  <!-- Whether a paragraph and the closing lines after it are set as one block (they are kept
       together; a sticky paragraph would leave its footnotes behind when moved: Typst's
       typst/typst#5314). -->
  <xsl:function name="pf:together" as="xs:boolean">
    <xsl:param name="p" as="element()"/>
    <xsl:sequence select="exists($p/following-sibling::*[1][self::tei:closer]) and pf:has-footnote($p)
                          and string-length(normalize-space($p)) lt 900"/>
  </xsl:function>

  <!-- A message the telegram quotes over several blocks (quote rend="quoted"): set off as a
       quotation, an opening mark before its first block and a closing mark after its last.
       A telegram that is itself the quoted message (div rend="quoted") only gets the marks. -->
  <xsl:template match="tei:quote[tokenize(@rend) = 'quoted'][not(parent::tei:p or ../text()[normalize-space()])]" mode="pf:text" priority="2">
    <xsl:variable name="ends" select="f:quote-ends(.)"/>
    <xsl:text>&#10;#qmessage[</xsl:text>
    <xsl:apply-templates mode="pf:text">
      <xsl:with-param name="quote-open" tunnel="yes" select="$ends[1]"/>
      <xsl:with-param name="quote-close" tunnel="yes" select="$ends[2]"/>
    </xsl:apply-templates>
    <xsl:text>]&#10;</xsl:text>
  </xsl:template>
  <xsl:template match="tei:div[tokenize(@rend) = 'quoted']" mode="pf:text" priority="2">
    <xsl:variable name="ends" select="f:quote-ends(.)"/>
    <xsl:apply-templates mode="pf:text">
      <xsl:with-param name="quote-open" tunnel="yes" select="$ends[1]"/>
      <xsl:with-param name="quote-close" tunnel="yes" select="$ends[2]"/>
    </xsl:apply-templates>
  </xsl:template>

  <!-- The content of a block, with the quoted message's opening or closing mark. -->
  <xsl:template name="pf:quoted-content">
    <xsl:param name="quote-open" tunnel="yes" as="xs:string" select="''"/>
    <xsl:param name="quote-close" tunnel="yes" as="xs:string" select="''"/>
    <xsl:if test="$quote-open = generate-id(.)">#"{f:quote-mark(., false())}"</xsl:if>
    <xsl:apply-templates mode="pf:text"/>
    <xsl:if test="$quote-close = generate-id(.)">#"{f:quote-mark(., true())}"</xsl:if>
  </xsl:template>

  <xsl:template match="tei:head" mode="pf:text">
    <xsl:text>&#10;#src-head(sub: {if (@type = 'sub') then 'true' else 'false'})[</xsl:text>
    <!-- a numbered document's number, when its heading does not give it -->
    <xsl:for-each select="parent::*[tei:head[1] is current()] ! f:div-number(.)[.]">{pf:text(. || '. ')}</xsl:for-each>
    <xsl:call-template name="pf:quoted-content"/>
    <xsl:text>]&#10;</xsl:text>
  </xsl:template>

  <!-- an opener or closer: each part on a line of its own, with its kind, which sets its type:
       the document's markings (classification, the form's name, cipher number), its routing (sent, received,
       distribution, the registry's "Enclosure: ..."),
       and the words of the text (address, salute, signature, dateline);
       a closer stands to the right -->
  <xsl:template match="tei:opener | tei:closer" mode="pf:text">
    <xsl:param name="placed" as="xs:boolean" select="false()" tunnel="yes"/>
    <!-- (closing lines set in one block with the paragraph above them are printed by it) -->
    <xsl:if test="$placed or not(self::tei:closer and preceding-sibling::*[1][self::tei:p][pf:together(.) or pf:closes(.)])">
    <xsl:text>&#10;#{local-name()}(</xsl:text>
    <xsl:for-each select="node()[self::* or normalize-space()]">
      <xsl:text>({pf:lit(pf:line-kind(.))}, [</xsl:text>
      <xsl:apply-templates select="." mode="pf:text-line"/>
      <!-- the side a rendition asks for (FRUS: a dateline rendition="#right") -->
      <xsl:variable name="side" select="self::*[not(self::tei:pb or self::tei:note)] ! f:renditions(.)[. = ('right', 'center', 'left')][1]"/>
      <!-- (a signature set apart from the one above: its side, or none, then true) -->
      <xsl:text>]{$side ! (', ' || pf:lit(.))}{if (f:signer-apart(.)) then (if ($side) then '' else ', none') || ', true' else ''}), </xsl:text>
    </xsl:for-each>
    <xsl:text>)&#10;</xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:function name="pf:line-kind" as="xs:string">
    <xsl:param name="line" as="node()"/>
    <xsl:sequence select="if ($line/self::tei:seg[@type = ('classification', 'form', 'number')]) then 'marking'
                          else if ($line/self::tei:seg[@type = ('transmission', 'distribution', 'enclosure')]) then 'routing'
                          else if ($line/self::tei:signed) then 'signed'
                          else if ($line/self::tei:dateline) then 'date'
                          else 'text'"/>
  </xsl:function>

  <!-- a line of an opener or closer: its content inline -->
  <xsl:mode name="pf:text-line" on-no-match="shallow-skip" on-multiple-match="fail"/>
  <xsl:template match="*" mode="pf:text-line">
    <xsl:call-template name="pf:quoted-content"/>
  </xsl:template>
  <xsl:template match="text()" mode="pf:text-line">{pf:text(normalize-space())}</xsl:template>
  <xsl:template match="tei:note | tei:pb | tei:gap | tei:gloss | tei:supplied | tei:certainty" mode="pf:text-line">
    <xsl:apply-templates select="." mode="pf:text"/>
  </xsl:template>

  <!-- the line a telegram sent in parts begins each with ("Part 2 of 3"): edition.typ's part-label -->
  <xsl:template match="tei:label[@type = 'part']" mode="pf:text">
    <xsl:text>&#10;#part-label[</xsl:text>
    <xsl:apply-templates mode="pf:text"/>
    <xsl:text>]&#10;</xsl:text>
  </xsl:template>

  <!-- a message the telegram encloses: set off under its label (edition.typ's enclosure) -->
  <xsl:template match="tei:floatingText[@type = 'enclosure']" mode="pf:text">
    <xsl:text>&#10;#enclosure[</xsl:text>
    <xsl:apply-templates mode="pf:text"/>
    <xsl:text>]&#10;</xsl:text>
  </xsl:template>

  <!-- a quotation holding paragraphs is a block; otherwise it runs in the line, marks added by Typst -->
  <xsl:template match="tei:quote[tei:p | tei:lg | tei:list] | tei:quote[not(../text()[normalize-space()]) and not(parent::tei:p)]" mode="pf:text">
    <xsl:text>&#10;#bquote[</xsl:text>
    <xsl:apply-templates mode="pf:text"/>
    <xsl:text>]&#10;</xsl:text>
  </xsl:template>
  <xsl:template match="tei:q | tei:quote" mode="pf:text" priority="-0.5">
    <xsl:text>#iquote[</xsl:text>
    <xsl:apply-templates mode="pf:text"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- a table: cells row by row, the heading row (role="label") apart -->
  <xsl:template match="tei:table" mode="pf:text">
    <xsl:variable name="head" select="tei:row[1][@role = 'label']"/>
    <xsl:apply-templates select="tei:head" mode="pf:text"/>
    <xsl:text>&#10;#ttable(columns: {max((tei:row ! count(tei:cell), 1))}, header: (</xsl:text>
    <xsl:for-each select="$head/tei:cell">
      <xsl:call-template name="pf:cell"/>
    </xsl:for-each>
    <xsl:text>), </xsl:text>
    <xsl:for-each select="(tei:row except $head)/tei:cell">
      <xsl:call-template name="pf:cell"/>
    </xsl:for-each>
    <xsl:text>)&#10;</xsl:text>
  </xsl:template>

  <!-- a cell; one holding a number only (or heading a column of them) set at the right -->
  <xsl:template name="pf:cell">
    <xsl:if test="f:numeric-cell(.)">table.cell(align: right)</xsl:if>
    <xsl:text>[</xsl:text><xsl:apply-templates mode="pf:text"/><xsl:text>], </xsl:text>
  </xsl:template>

  <!-- items that carry their own labels ("a.", "b."): the label beside its item, which hangs
       under its own first line (with a bullet besides and the lines run back under the label,
       the labels were lost in the text) -->
  <xsl:template match="tei:list[tei:label]" mode="pf:text" priority="1">
    <xsl:apply-templates select="tei:head" mode="pf:text"/>
    <xsl:text>&#10;#labelled(</xsl:text>
    <xsl:for-each-group select="* except tei:head" group-ending-with="tei:item">
      <xsl:text>([</xsl:text>
      <xsl:apply-templates select="current-group()[self::tei:label]/node()" mode="pf:text"/>
      <xsl:text>], [</xsl:text>
      <xsl:apply-templates select="current-group()[not(self::tei:label)]" mode="pf:text-item"/>
      <xsl:text>]), </xsl:text>
    </xsl:for-each-group>
    <xsl:text>)&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="tei:list" mode="pf:text">
    <xsl:apply-templates select="tei:head" mode="pf:text"/>
    <xsl:text>&#10;#tlist(numbered: {if (@rend = ('numbered', 'ordered') or @type = ('ordered', 'numbered')) then 'true' else 'false'}, </xsl:text>
    <!-- points that keep their number ("II.", "(a)"): labelled as the source numbers them -->
    <xsl:if test="tei:item[@n]">
      <xsl:text>labels: ({string-join(tei:item ! (if (@n) then pf:lit(f:point-label(@n)) else '""'), ', ')},), </xsl:text>
    </xsl:if>
    <xsl:for-each-group select="* except tei:head" group-ending-with="tei:item">
      <xsl:text>[</xsl:text>
      <xsl:apply-templates select="current-group()" mode="pf:text-item"/>
      <xsl:text>], </xsl:text>
    </xsl:for-each-group>
    <xsl:text>)&#10;</xsl:text>
  </xsl:template>

  <!-- an item of a list (and a label before it): content inline -->
  <xsl:mode name="pf:text-item" on-no-match="shallow-skip" on-multiple-match="fail"/>
  <xsl:template match="tei:item" mode="pf:text-item">
    <xsl:apply-templates mode="pf:text"/>
  </xsl:template>
  <xsl:template match="*" mode="pf:text-item" priority="-1">
    <xsl:apply-templates mode="pf:text"/>
    <xsl:text>#" "</xsl:text>
  </xsl:template>

  <!-- an element this mode does not know, standing among blocks: a block of its content -->
  <xsl:template match="*[not(ancestor::*[text()[normalize-space()]])]
                         [not(ancestor::tei:p or ancestor::tei:head or ancestor::tei:item or ancestor::tei:note or ancestor::tei:label
                              or ancestor::tei:opener or ancestor::tei:closer)]
                         [.//text()[normalize-space()]]" mode="pf:text" priority="-2">
    <xsl:choose>
      <xsl:when test="*[self::tei:p or self::tei:div or self::tei:list or self::tei:head or self::tei:quote[tei:p]
                        or self::tei:opener or self::tei:closer or self::tei:lg or self::tei:table or self::tei:figure]
                      or (* and not(text()[normalize-space()]))">
        <xsl:apply-templates mode="pf:text"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>&#10;#blk[</xsl:text>
        <xsl:apply-templates mode="pf:text"/>
        <xsl:text>]&#10;</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== inlines ===== -->

  <!-- a name linked to a person or place of standOff: marked for the index -->
  <xsl:template match="tei:persName[pf:entity(., @ref)/self::tei:person] | tei:placeName[pf:entity(., @ref)/self::tei:place]" mode="pf:text">
    <!-- (a name the index refers from, as written: a pseudonym, "ANDREEV", or another
         romanisation or name of it, "Nanking": said, for "Andreev, see Mikoyan, Anastas",
         "Nanking, see Nanjing") -->
    <!-- (compared as the HTML lists compare them, f:form-key: a text's "P’eng" is the file's "P'eng") -->
    <xsl:variable name="written" select="f:form-key(string-join(.//text()[not(ancestor::tei:note)], ''))"/>
    <xsl:variable name="form" select="(f:see-forms(pf:entity(., @ref))[f:form-key(.) = $written])[1]"/>
    <!-- (one in a footnote: the index gives its page as "12n") -->
    <xsl:text>#ix({pf:lit(if (self::tei:persName) then 'person' else 'place')}, {pf:lit(pf:key(substring-after(@ref, '#')))}{$form ! (', form: ' || pf:lit(.))}{if (ancestor::tei:note[pf:is-footnote(.)]) then ', note: true' else ''})[</xsl:text>
    <xsl:apply-templates mode="pf:text"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- any other name the text links to standOff (an organisation's): not broken at a line's end;
       a person's name linked to no person of standOff (none, or another kind of entry) not at its own
       hyphen either, as a linked one ("Mao Tse-" / "tung") -->
  <xsl:template match="tei:orgName[@ref] | tei:placeName[@ref][not(pf:entity(., @ref)/self::tei:place)]
                       | tei:persName[not(pf:entity(., @ref)/self::tei:person)]" mode="pf:text">
    <xsl:text>#{if (self::tei:persName) then 'person-name' else 'name'}[</xsl:text>
    <xsl:apply-templates mode="pf:text"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- a name that points with @corresp to another element of its document (FRUS: "<persName
       corresp="#p_KHA1">Kissinger</persName>" to its list of persons): what it points to, as the
       HTML edition tells it on hover, in a footnote at the name's first mention in the document
       (in a note's footnote too: Typst sets a note's own notes after it) -->
  <xsl:template match="*[self::tei:persName or self::tei:placeName or self::tei:orgName or self::tei:name or self::tei:rs]
                        [not(@ref)][f:corresp-target(.)]" mode="pf:text" priority="1">
    <xsl:variable name="target" select="f:corresp-target(.)"/>
    <xsl:variable name="doc" select="ancestor::tei:TEI[1]"/>
    <xsl:variable name="first" select="(key('pf:corresp', $target/@xml:id, root(.))[not(@ref)]
                                        [not($doc) or ancestor::tei:TEI[1] is $doc][f:corresp-target(.) is $target])[1]"/>
    <!-- (a person's name kept whole, as any other: above) -->
    <xsl:text>{if (self::tei:persName) then '#person-name[' else ''}</xsl:text>
    <xsl:apply-templates mode="pf:text"/>
    <xsl:text>{if (self::tei:persName) then ']' else ''}</xsl:text>
    <xsl:if test="$first is . and f:corresp-text($target)">#footnote[{pf:text(f:corresp-text($target))}]</xsl:if>
  </xsl:template>
  <xsl:key name="pf:corresp" match="*[@corresp]" use="tokenize(normalize-space(@corresp))[1][starts-with(., '#')] ! substring(., 2)"/>

  <!-- the source editor's identification: [Stalin].  (Any other gloss is the text itself and
       prints as written: FRUS's "Dept" pointing to a term, a heading's addressee.) -->
  <xsl:template match="tei:gloss[f:editorial-gloss(.)]" mode="pf:text">
    <xsl:text>#gloss[</xsl:text>
    <xsl:apply-templates mode="pf:text"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- words the source's editor added to the text: in square brackets, as printed in the source
       (in parentheses where the source has them, rend="parentheses") -->
  <xsl:template match="tei:supplied" mode="pf:text">
    <xsl:text>#supplied[</xsl:text>
    <xsl:apply-templates mode="pf:text"/>
    <xsl:text>]</xsl:text>
  </xsl:template>
  <xsl:template match="tei:supplied[@rend = 'parentheses']" mode="pf:text">
    <xsl:value-of select="pf:text('(')"/>
    <xsl:apply-templates mode="pf:text"/>
    <xsl:value-of select="pf:text(')')"/>
  </xsl:template>

  <!-- an omission: […], or [what is omitted] when the editor says; one the text begins with, a
       block kept with the next (edition.typ's gap-block: a paragraph of its own, it held the
       heading at a page's foot, the text on the next page; one between paragraphs stays one,
       the paragraph after it indented as after any) -->
  <xsl:template match="tei:gap" mode="pf:text">
    <xsl:variable name="text" select="ancestor::tei:text[1]"/>
    <xsl:variable name="between-blocks" select="pf:is-block-container(..) and not(../text()[normalize-space()])
        and empty(preceding::tei:p[ancestor::tei:text[1] is $text])"/>
    <xsl:text>{if ($between-blocks) then '&#10;#gap-block(' else '#gap('}</xsl:text>
    <xsl:if test="tei:desc[normalize-space()]">desc: {pf:lit(normalize-space(tei:desc))}</xsl:if>
    <xsl:text>){if ($between-blocks) then '&#10;' else ''}</xsl:text>
  </xsl:template>

  <!-- the source editor's query: [?] (its description is for the encoding, not the page) -->
  <xsl:template match="tei:certainty" mode="pf:text">#doubt()</xsl:template>

  <!-- a postscript after the signature: its paragraphs, set off from the closer -->
  <xsl:template match="tei:postscript" mode="pf:text">
    <!-- (one without "P.S." under a short rule) -->
    <xsl:text>&#10;#postscript(rule: {if (f:unlabelled-postscript(.)) then 'true' else 'false'})[</xsl:text>
    <xsl:apply-templates mode="pf:text"/>
    <xsl:text>]&#10;</xsl:text>
  </xsl:template>

  <!-- the source editor's "[Handwritten: ...]": in its place, in brackets -->
  <xsl:template match="tei:note[@type = 'annotation']" mode="pf:text">
    <xsl:text>&#10;#annotation[</xsl:text>
    <!-- one remark ("Signed as Chairman ... and dated"): the whole in italics, not its first word -->
    <xsl:if test="f:remark(.)">#emph[</xsl:if>
    <xsl:apply-templates mode="pf:text"/>
    <xsl:if test="f:remark(.)">]</xsl:if>
    <xsl:text>]&#10;</xsl:text>
  </xsl:template>
  <!-- within a line ("Ho Chi Minh [signature]", "Malenkov [handwritten: ...] approved"): inline -->
  <xsl:template match="tei:note[@type = 'annotation'][not(parent::tei:div or parent::tei:body or parent::tei:quote
                         or parent::tei:floatingText or parent::tei:closer or parent::tei:opener or parent::tei:postscript)]
                       | tei:note[@type = 'editorial'][@resp = '#source-editor'][not(@place)]"
                mode="pf:text" priority="1">
    <!-- (only a description of what is written or stamped is what the introduction's "[signature]"
         explains: not the editor's "[sic]") -->
    <xsl:if test="@type = 'annotation'">#mark-sign("[signature]")</xsl:if>
    <xsl:text>#"["</xsl:text>
    <xsl:if test="f:remark(.)">#emph[</xsl:if>
    <xsl:apply-templates mode="pf:text"/>
    <xsl:if test="f:remark(.)">]</xsl:if>
    <xsl:text>#"]"</xsl:text>
  </xsl:template>
  <xsl:template match="tei:note[@type = 'annotation'][f:remark(.)]/tei:label" mode="pf:text" priority="1">
    <xsl:apply-templates mode="pf:text"/>
  </xsl:template>
  <xsl:template match="tei:note[@type = 'annotation']/tei:label" mode="pf:text">
    <xsl:text>#emph[</xsl:text>
    <xsl:apply-templates mode="pf:text"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- a note its encoder sets in the text (rend="inline": FRUS's source line above a document's
       heading): in its place, not as a footnote whose mark would stand alone on a line -->
  <xsl:template match="tei:note[@place = 'inline' or tokenize(@rend) = 'inline'][not(@type = 'annotation')]
                       [not(@type = 'editorial' and @resp = '#source-editor' and not(@place))]" mode="pf:text">
    <xsl:choose>
      <xsl:when test="../text()[normalize-space()]">
        <xsl:text>#" ("</xsl:text><xsl:apply-templates mode="pf:text"/><xsl:text>#")"</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>&#10;#inline-note[</xsl:text><xsl:apply-templates mode="pf:text"/><xsl:text>]&#10;</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- any other note: a footnote (pf:is-footnote; the templates above, of higher priority, take
       the rest); one the source numbers itself, FRUS's source note "0", "*", "(1)", under its own
       number, as the HTML labels it: Typst's count from the telegram's first note otherwise -->
  <xsl:template match="tei:note" mode="pf:text">
    <xsl:text>#footnote</xsl:text>
    <xsl:for-each select="@n[normalize-space()]">(numbering: _ => {pf:lit(normalize-space(.))})</xsl:for-each>
    <xsl:text>[</xsl:text>
    <xsl:apply-templates mode="pf:text"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- a page of the source: a marginal number (printed by the paragraph it begins, when it
       stands before one: so it adds no block between two paragraphs) -->
  <xsl:template match="tei:pb" mode="pf:text">
    <xsl:variable name="run" select="pf:pb-run(.)[@n]"/>
    <xsl:choose>
      <!-- pages with nothing between them (a blank page, "[VI]" then "VII"): one number in the
           margin for the run, "[VI]–VII"; two printed there overprinted each other -->
      <xsl:when test="count($run) gt 1">
        <xsl:if test=". is $run[1]">#pb({pf:lit($run[1]/@n || '–' || $run[last()]/@n)}, inline: {if (../text()[normalize-space()]) then 'true' else 'false'})</xsl:if>
      </xsl:when>
      <xsl:when test="@n and not(pf:page-starts-paragraph(.))">#pb({pf:lit(@n)}, inline: {if (../text()[normalize-space()]) then 'true' else 'false'})</xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The page breaks that stand together with this one, nothing but space between them. -->
  <xsl:function name="pf:pb-run" as="element(tei:pb)+">
    <xsl:param name="pb" as="element(tei:pb)"/>
    <xsl:variable name="apart" select="$pb/../node()[not(self::tei:pb or self::text()[not(normalize-space())] or self::comment())]"/>
    <xsl:sequence select="$pb/../tei:pb[not(some $a in $apart satisfies (($a &lt;&lt; $pb and $a &gt;&gt; .) or ($a &gt;&gt; $pb and $a &lt;&lt; .)))]"/>
  </xsl:function>

  <!-- True for a page break between blocks that a paragraph follows (and no other page break
       stands with it). -->
  <xsl:function name="pf:page-starts-paragraph" as="xs:boolean">
    <xsl:param name="pb" as="element(tei:pb)"/>
    <xsl:sequence select="not($pb/../text()[normalize-space()]) and exists($pb/following-sibling::*[1][self::tei:p])
                          and not($pb/preceding-sibling::node()[not(self::text()[not(normalize-space())] or self::comment())][1][self::tei:pb[@n]])"/>
  </xsl:function>

  <!-- True when what is printed before a paragraph is a paragraph, so Typst gives an ordinary
       paragraph there its first-line indent: a paragraph, or an omission or note standing
       between blocks (each printed as a line of text); what prints nothing (a page break the
       paragraph prints, a milestone that is no section break) is passed over.  The paragraph
       kept with the closing lines is a block of its own and is told. -->
  <xsl:function name="pf:follows-paragraph" as="xs:boolean">
    <xsl:param name="p" as="element()"/>
    <xsl:variable name="before" select="$p/preceding-sibling::*[not(self::tei:pb[not(@n) or pf:page-starts-paragraph(.)]
        or self::tei:milestone[not(@unit = 'section')] or self::tei:anchor or self::tei:lb)][1]"/>
    <xsl:sequence select="exists($before[self::tei:p or self::tei:gap or self::tei:note[not(@type = 'annotation')]])"/>
  </xsl:function>

  <xsl:template match="tei:lb" mode="pf:text">#linebreak()</xsl:template>

  <!-- a break the source marks between parts of the text ("* * *") -->
  <xsl:template match="tei:milestone[@unit = 'section'][not(ancestor::tei:p)]" mode="pf:text">
    <xsl:text>&#10;#sectionbreak()&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="tei:hi" mode="pf:text">
    <xsl:variable name="rend" select="string-join(f:renditions(.), ' ')"/>
    <!-- (bold and italic: "***words***" in a Markdown copy) -->
    <xsl:if test="contains($rend, 'italic') and (contains($rend, 'bold') or contains($rend, 'strong'))">#emph[</xsl:if>
    <xsl:text>#{if (contains($rend, 'bold') or contains($rend, 'strong')) then 'strong'
               else if (contains($rend, 'smallcap')) then 'smallcaps'
               else if (contains($rend, 'sup')) then 'super'
               else if (contains($rend, 'sub')) then 'sub'
               else if (contains($rend, 'roman')) then 'upright'
               else 'emph'}[</xsl:text>
    <xsl:apply-templates mode="pf:text"/>
    <xsl:text>]</xsl:text>
    <xsl:if test="contains($rend, 'italic') and (contains($rend, 'bold') or contains($rend, 'strong'))">]</xsl:if>
  </xsl:template>

  <!-- not printed: the teiHeader is printed from its parts; a graphic has no text -->
  <xsl:template match="tei:certainty/tei:desc | tei:graphic | tei:teiHeader | tei:standOff" mode="pf:text"/>

</xsl:stylesheet>
