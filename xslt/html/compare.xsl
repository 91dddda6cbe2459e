<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode "compare": two translations of one telegram side by side, aligned by paragraph
     (by @n where both number their points, a list's points too, else by what they say); numbers, dates and names one
     witness has and the other lacks in the aligned passage are marked. -->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:tei-telegrams:functions"
    xmlns:h="urn:tei-telegrams:html"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:mode name="compare" on-no-match="shallow-skip"/>

  <!-- One page per pair of translations, named by the two ids in order; from the second,
       the link asks for the sides swapped (#swapped: the stylesheet reorders the columns,
       no script), so the reader's translation is on the left. -->
  <xsl:function name="h:compare-href" as="xs:string">
    <xsl:param name="from" as="xs:string"/>
    <xsl:param name="to" as="xs:string"/>
    <xsl:variable name="pair" select="sort(($from, $to))"/>
    <xsl:sequence select="'compare-' || encode-for-uri($pair[1]) || '--' || encode-for-uri($pair[2]) || '.html'
        || (if ($from gt $to) then '#swapped' else '')"/>
  </xsl:function>

  <!-- The top-level blocks of a document's text, in order. -->
  <xsl:function name="h:blocks" as="element()*">
    <xsl:param name="doc" as="node()"/>
    <!-- (an omission between blocks too: a record that gives an excerpt, "[…]" before and after it) -->
    <xsl:sequence select="root($doc)//tei:text//(tei:p, tei:ab, tei:list, tei:quote, tei:opener, tei:closer, tei:head, tei:postscript,
        tei:table, tei:lg, tei:gap[parent::tei:div or parent::tei:body])[not(ancestor::tei:p or ancestor::tei:ab or ancestor::tei:quote or ancestor::tei:list or ancestor::tei:opener
        or ancestor::tei:closer or ancestor::tei:note or ancestor::tei:postscript or ancestor::tei:table or ancestor::tei:lg)]"/>
  </xsl:function>

  <!-- The points of a block, for aligning by number: a list of numbered points ("1." with "a)",
       "b)" under it: a list, each point an item with its @n) is its items; any other block itself. -->
  <xsl:function name="h:points" as="element()*">
    <xsl:param name="block" as="element()"/>
    <xsl:sequence select="if ($block/self::tei:list[tei:item/@n][not(* except tei:item)]) then $block/tei:item else $block"/>
  </xsl:function>

  <!-- Whether a document numbers its points: a numbered paragraph or a list's numbered item. -->
  <xsl:function name="h:numbered" as="xs:boolean">
    <xsl:param name="doc" as="node()?"/>
    <xsl:sequence select="exists(h:blocks($doc) ! h:points(.)[self::tei:p/@n or self::tei:item/@n])"/>
  </xsl:function>

  <!-- Alignment units of a document: maps {key, label, nodes}. -->
  <xsl:function name="h:units" as="map(*)*">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="numbered" as="xs:boolean"/>
    <xsl:variable name="blocks" select="h:blocks($doc)"/>
    <!-- (an omission before the text's first passage is shown with its heading, one after its last
         with its closing lines) -->
    <xsl:variable name="passages" select="$blocks[not(self::tei:head or self::tei:opener or self::tei:closer or self::tei:postscript or self::tei:gap)]"/>
    <xsl:variable name="front" select="$blocks[self::tei:head or self::tei:opener or self::tei:gap[not(. &gt;&gt; $passages[1])]]"/>
    <xsl:variable name="back" select="$blocks[self::tei:closer or self::tei:postscript or self::tei:gap[not(. &lt;&lt; $passages[last()])]]"/>
    <xsl:variable name="main" select="$blocks except ($front, $back)"/>
    <xsl:if test="$front"><xsl:sequence select="map{'key': 'front', 'label': 'Heading', 'nodes': $front}"/></xsl:if>
    <xsl:choose>
      <xsl:when test="$numbered">
        <!-- (the points of a list by their numbers too, as the paragraphs', "2." facing "2.") -->
        <xsl:for-each-group select="$main ! h:points(.)" group-starting-with="tei:p[@n] | tei:item[@n]">
          <xsl:variable name="n" select="current-group()[1]/(self::tei:p, self::tei:item)/@n"/>
          <xsl:sequence select="map{'key': if ($n) then 'n' || $n else 'pre', 'label': if ($n) then 'Point ' || $n else 'Opening',
              'nodes': current-group()}"/>
        </xsl:for-each-group>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$main">
          <xsl:sequence select="map{'key': 'o' || position(), 'label': 'Paragraph ' || position(), 'nodes': .}"/>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$back"><xsl:sequence select="map{'key': 'back', 'label': 'Closing', 'nodes': $back}"/></xsl:if>
  </xsl:function>

  <!-- The paragraphs of two translations aligned by what they say: a dynamic programme over
       the paragraphs in order, as in sentence alignment (Gale and Church 1993), pairs one
       paragraph with one or two of the other, or leaves it unpaired, at the least total cost.
       A pair costs less the more names, dates and numbers the two share and the more alike
       their lengths are; a translation that splits a paragraph in two no longer puts every
       later paragraph beside the wrong one.  The groups in order: map{'l': blocks, 'r': blocks}. -->
  <xsl:function name="h:align" as="map(*)*">
    <xsl:param name="left" as="element()*"/>
    <xsl:param name="right" as="element()*"/>
    <xsl:variable name="m" select="count($right)"/>
    <xsl:variable name="lsets" as="map(*)*" select="$left ! h:align-features(.)"/>
    <xsl:variable name="rsets" as="map(*)*" select="$right ! h:align-features(.)"/>
    <xsl:variable name="llen" as="xs:double*" select="$left ! h:align-length(.)"/>
    <xsl:variable name="rlen" as="xs:double*" select="$right ! h:align-length(.)"/>
    <!-- what two paragraphs in a row name, each paragraph with the one before it: made once,
         not again in every cell of the row or column (the alignment's largest cost) -->
    <xsl:variable name="lsets2" as="map(*)*" select="for $i in 1 to count($left) return map:merge($lsets[position() = ($i - 1, $i)])"/>
    <xsl:variable name="rsets2" as="map(*)*" select="for $j in 1 to count($right) return map:merge($rsets[position() = ($j - 1, $j)])"/>
    <!-- row by row, the cheapest cost of each cell (i, j) and the move that reaches it: 1 one
         to one, 2 two to one, 3 one to two, 4 a left paragraph alone, 5 a right one alone (one
         to one first, so that it wins ties; a merge costs a little more; a paragraph alone
         about what a pair that shares nothing costs) -->
    <xsl:variable name="moves" as="xs:integer*">
      <xsl:iterate select="0 to count($left)">
        <xsl:param name="prev2" as="xs:double*" select="()"/>
        <xsl:param name="prev" as="xs:double*" select="()"/>
        <xsl:variable name="i" select="."/>
        <xsl:variable name="row" as="xs:anyAtomicType*">
          <xsl:iterate select="0 to $m">
            <xsl:param name="costs" as="xs:double*" select="()"/>
            <xsl:on-completion select="$costs"/>
            <xsl:variable name="j" select="."/>
            <xsl:variable name="options" as="xs:double+" select="
                if ($i ge 1 and $j ge 1) then $prev[$j] + h:pair-cost($lsets[$i], $rsets[$j], $llen[$i], $rlen[$j]) else 1e9,
                if ($i ge 2 and $j ge 1) then $prev2[$j] + 0.15 + h:pair-cost($lsets2[$i],
                    $rsets[$j], $llen[$i - 1] + $llen[$i], $rlen[$j]) else 1e9,
                if ($i ge 1 and $j ge 2) then $prev[$j - 1] + 0.15 + h:pair-cost($lsets[$i],
                    $rsets2[$j], $llen[$i], $rlen[$j - 1] + $rlen[$j]) else 1e9,
                if ($i ge 1) then $prev[$j + 1] + 0.9 else 1e9,
                if ($j ge 1) then $costs[$j] + 0.9 else 1e9"/>
            <xsl:variable name="best" select="if ($i = 0 and $j = 0) then 0.0 else min($options)"/>
            <xsl:sequence select="if ($i = 0 and $j = 0) then 0 else index-of($options, $best)[1]"/>
            <xsl:next-iteration><xsl:with-param name="costs" select="$costs, $best"/></xsl:next-iteration>
          </xsl:iterate>
        </xsl:variable>
        <xsl:sequence select="$row[. instance of xs:integer]"/>
        <xsl:next-iteration>
          <xsl:with-param name="prev2" select="$prev"/>
          <xsl:with-param name="prev" select="$row[. instance of xs:double]"/>
        </xsl:next-iteration>
      </xsl:iterate>
    </xsl:variable>
    <xsl:sequence select="h:align-groups($moves, $m, count($left), $m, $lsets, $rsets, $left, $right)"/>
  </xsl:function>

  <!-- What a paragraph names, for aligning: its entities, ISO dates and numbers, as a set. -->
  <xsl:function name="h:align-features" as="map(*)">
    <xsl:param name="block" as="element()"/>
    <xsl:sequence select="map:merge(($block/descendant-or-self::*/@ref ! ('r ' || f:ref-id(.)),
        $block//(tei:date, tei:time)/(@when, @from, @notBefore)[1] ! ('d ' || .), h:numbers($block) ! ('n ' || .))
        ! map{.: true()}, map{'duplicates': 'use-first'})"/>
  </xsl:function>

  <!-- The features of some paragraphs, each once. -->
  <xsl:function name="h:features" as="xs:string*">
    <xsl:param name="blocks" as="element()*"/>
    <xsl:sequence select="distinct-values($blocks ! map:keys(h:align-features(.)))"/>
  </xsl:function>

  <!-- Units, each with its features (the aligned ones have theirs from the alignment). -->
  <xsl:function name="h:with-features" as="map(*)*">
    <xsl:param name="units" as="map(*)*"/>
    <xsl:sequence select="$units ! (if (map:contains(., 'features')) then . else map:put(., 'features', h:features(?nodes)))"/>
  </xsl:function>

  <!-- The names and dates of a whole translation (by value: an entity's id, a date's ISO
       value), which are no difference wherever the other translation has them. -->
  <xsl:function name="h:anywhere" as="xs:string*">
    <xsl:param name="units" as="map(*)*"/>
    <xsl:sequence select="($units ! ?features)[starts-with(., 'r ') or starts-with(., 'd ')]"/>
  </xsl:function>

  <!-- The features of one kind ('r': entities, 'd': dates, 'n': numbers), without their kind. -->
  <xsl:function name="h:features-of" as="xs:string*">
    <xsl:param name="features" as="xs:string*"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="$features[starts-with(., $kind || ' ')] ! substring(., 3)"/>
  </xsl:function>

  <xsl:function name="h:align-length" as="xs:double">
    <xsl:param name="block" as="element()"/>
    <xsl:sequence select="string-length(normalize-space(string-join($block//text()[not(ancestor::tei:note)], '')))"/>
  </xsl:function>

  <!-- 0 for two passages that share every name, date and number and are as long as each other,
       1 for two that share nothing and differ wholly in length. -->
  <xsl:function name="h:pair-cost" as="xs:double">
    <xsl:param name="lf" as="map(*)"/>
    <xsl:param name="rf" as="map(*)"/>
    <xsl:param name="ll" as="xs:double"/>
    <xsl:param name="rl" as="xs:double"/>
    <xsl:variable name="shared" select="count(map:keys($lf)[map:contains($rf, .)])"/>
    <xsl:variable name="union" select="map:size($lf) + map:size($rf) - $shared"/>
    <xsl:variable name="lengths" select="if (max(($ll, $rl)) = 0) then 1 else min(($ll, $rl)) div max(($ll, $rl))"/>
    <xsl:sequence select="1 - 0.5 * (if ($union = 0) then 0 else $shared div $union) - 0.5 * $lengths"/>
  </xsl:function>

  <!-- The groups on the cheapest path to cell (i, j), in order (moves: row by row, m + 1 a row). -->
  <xsl:function name="h:align-groups" as="map(*)*">
    <xsl:param name="moves" as="xs:integer*"/>
    <xsl:param name="m" as="xs:integer"/>
    <xsl:param name="i" as="xs:integer"/>
    <xsl:param name="j" as="xs:integer"/>
    <xsl:param name="lsets" as="map(*)*"/>
    <xsl:param name="rsets" as="map(*)*"/>
    <xsl:param name="left" as="element()*"/>
    <xsl:param name="right" as="element()*"/>
    <xsl:if test="$i gt 0 or $j gt 0">
      <xsl:variable name="move" select="$moves[$i * ($m + 1) + $j + 1]"/>
      <xsl:variable name="a" select="(1, 2, 1, 1, 0)[$move]"/>
      <xsl:variable name="b" select="(1, 1, 2, 0, 1)[$move]"/>
      <xsl:variable name="ls" select="($i - $a + 1) to $i"/>
      <xsl:variable name="rs" select="($j - $b + 1) to $j"/>
      <xsl:sequence select="h:align-groups($moves, $m, $i - $a, $j - $b, $lsets, $rsets, $left, $right),
          map{'l': $left[position() = $ls], 'r': $right[position() = $rs],
              'lf': distinct-values($lsets[position() = $ls] ! map:keys(.)),
              'rf': distinct-values($rsets[position() = $rs] ! map:keys(.))}"/>
    </xsl:if>
  </xsl:function>

  <!-- Two orders merged: a's, with each key only b has put right after the key before it in b
       (a point only one translation has is shown where that translation has it). -->
  <xsl:function name="h:merge-orders" as="xs:string*">
    <xsl:param name="a" as="xs:string*"/>
    <xsl:param name="b" as="xs:string*"/>
    <xsl:sequence select="fold-left(1 to count($b), distinct-values($a), function($acc, $n) {
        if ($b[$n] = $acc) then $acc
        else insert-before($acc, (if ($n = 1) then 0 else index-of($acc, $b[$n - 1])[1]) + 1, $b[$n]) })"/>
  </xsl:function>

  <!-- One side's alignment units from the groups: its heading, a passage per group it has a
       part in (keyed by the group's place, so that the two sides meet), its closing. -->
  <xsl:function name="h:aligned-units" as="map(*)*">
    <xsl:param name="units" as="map(*)*"/>
    <xsl:param name="groups" as="map(*)*"/>
    <xsl:param name="side" as="xs:string"/>
    <xsl:sequence select="$units[?key = 'front'],
        for $k in 1 to count($groups) return
          (if (exists($groups[$k]($side))) then map{'key': 'o' || $k, 'label': 'Passage ' || $k, 'nodes': $groups[$k]($side),
              'features': $groups[$k]($side || 'f')} else ()),
        $units[?key = 'back']"/>
  </xsl:function>

  <xsl:template name="h:compare">
    <xsl:param name="left" as="element()"/>
    <xsl:param name="right" as="element()"/>
    <xsl:param name="ldoc" as="document-node()?" select="h:doc($left)"/>
    <xsl:param name="rdoc" as="document-node()?" select="h:doc($right)"/>
    <xsl:variable name="numbered" select="h:numbered($ldoc) and h:numbered($rdoc)"/>
    <xsl:variable name="lblocks" select="h:units($ldoc, $numbered)"/>
    <xsl:variable name="rblocks" select="h:units($rdoc, $numbered)"/>
    <!-- without numbered points on both sides, the paragraphs are aligned by what they say -->
    <xsl:variable name="groups" select="if ($numbered) then () else
        h:align($lblocks[starts-with(?key, 'o')] ! ?nodes, $rblocks[starts-with(?key, 'o')] ! ?nodes)"/>
    <xsl:variable name="lunits" select="h:with-features(if ($numbered) then $lblocks else h:aligned-units($lblocks, $groups, 'l'))"/>
    <xsl:variable name="runits" select="h:with-features(if ($numbered) then $rblocks else h:aligned-units($rblocks, $groups, 'r'))"/>
    <xsl:variable name="keys" select="distinct-values(($lunits, $runits) ! ?key)"/>
    <!-- a quoted message keeps its quotation marks, though its blocks are shown one by one -->
    <xsl:variable name="lquote" select="f:quote-ends(($ldoc//tei:text//tei:div[tokenize(@rend) = 'quoted'])[1])"/>
    <xsl:variable name="rquote" select="f:quote-ends(($rdoc//tei:text//tei:div[tokenize(@rend) = 'quoted'])[1])"/>
    <xsl:variable name="tips" select="h:tips(($ldoc, $rdoc))"/>
    <xsl:variable name="ordered-keys" select="('front', if ($numbered) then h:merge-orders($lunits ! ?key, $runits ! ?key)[not(. = ('front', 'back'))]
        else (1 to count($groups)) ! ('o' || .), 'back')[. = $keys]"/>
    <xsl:call-template name="h:page">
      <xsl:with-param name="title" select="'Side by side: ' || $left/title"/>
      <xsl:with-param name="in-place" select="$left"/>
      <xsl:with-param name="h:compare" tunnel="yes" select="map{'right': $right, 'ldoc': $ldoc, 'rdoc': $rdoc,
          'numbered': $numbered, 'lunits': $lunits, 'runits': $runits, 'ordered-keys': $ordered-keys,
          'lquote': $lquote, 'rquote': $rquote, 'tips': $tips}"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A side-by-side page (its left document's catalogue entry): the content of its main
       element (h:page), from what template h:compare worked out -->
  <xsl:template match="entry" mode="h:content">
    <xsl:param name="h:compare" tunnel="yes" as="map(*)"/>
    <xsl:variable name="left" select="."/>
    <xsl:variable name="right" select="$h:compare?right"/>
    <xsl:variable name="ldoc" select="$h:compare?ldoc"/>
    <xsl:variable name="rdoc" select="$h:compare?rdoc"/>
    <xsl:variable name="numbered" select="$h:compare?numbered"/>
    <xsl:variable name="lunits" select="$h:compare?lunits"/>
    <xsl:variable name="runits" select="$h:compare?runits"/>
    <xsl:variable name="ordered-keys" select="$h:compare?ordered-keys"/>
    <xsl:variable name="lquote" select="$h:compare?lquote"/>
    <xsl:variable name="rquote" select="$h:compare?rquote"/>
    <xsl:variable name="tips" select="$h:compare?tips"/>
    <!-- (once, not for every row) -->
    <xsl:variable name="lanywhere" select="h:anywhere($lunits)"/>
    <xsl:variable name="ranywhere" select="h:anywhere($runits)"/>
        <!-- before the heading: a link to #swapped shows the page from its title -->
        <span id="swapped" class="swap-target"></span>
        <h1>{$left/title}: two translations side by side</h1>
        <nav class="compare-nav" aria-label="Views">
          <ul>
            <li><a href="{$left/@href}">Reading view: {$left/source-title}</a></li>
            <li><a href="{$right/@href}">Reading view: {$right/source-title}</a></li>
            <li><a class="swap" href="#swapped">Swap sides</a><a class="unswap" href="#compare">Swap sides</a></li>
          </ul>
        </nav>
        <p class="legend">Aligned {if ($numbered) then 'by the numbered points' else
          'passage by passage, in order, by what the paragraphs say (their names, dates, numbers and length): a paragraph of one translation may face two of the other, or none'}.
          <mark class="diff">Marked</mark> are numbers that the aligned passage of the other translation does not have, and dates and names it does not give at all.</p>
        <div class="compare" id="compare" role="table" aria-label="Two translations aligned by paragraph">
          <div class="compare-row compare-head" role="row">
            <div role="columnheader" class="compare-label"><span class="visually-hidden">Passage</span></div>
            <div role="columnheader"><a href="{$left/@href}">{($left/source-title[. != ''], $left/@id)[1]}</a></div>
            <div role="columnheader"><a href="{$right/@href}">{($right/source-title[. != ''], $right/@id)[1]}</a></div>
          </div>
          <xsl:for-each select="$ordered-keys">
            <xsl:variable name="key" select="."/>
            <xsl:variable name="l" select="$lunits[?key = $key]"/>
            <xsl:variable name="r" select="$runits[?key = $key]"/>
            <div class="compare-row" role="row" id="row-{$key}">
              <div class="compare-label" role="rowheader">{($l, $r)[1]?label}</div>
              <xsl:call-template name="h:compare-cell">
                <xsl:with-param name="nodes" select="$l?nodes"/>
                <xsl:with-param name="other" select="$r?nodes"/>
                <!-- (a name or a date the other translation gives anywhere, its heading too, is no
                     difference: the two may put it in different passages, "Convey to Mao Zedong" in
                     one's address, another's text; "1.X.50" in one's dateline, "1 October 1950" in
                     the other's heading) -->
                <xsl:with-param name="other-features" select="distinct-values(($r ! ?features, $ranywhere))"/>
                <xsl:with-param name="prefix" select="'l-'"/>
                <xsl:with-param name="quote" select="$lquote"/>
                <xsl:with-param name="label" select="($left/source-title[. != ''], $left/@id)[1]"/>
                <xsl:with-param name="tips" select="$tips"/>
              </xsl:call-template>
              <xsl:call-template name="h:compare-cell">
                <xsl:with-param name="nodes" select="$r?nodes"/>
                <xsl:with-param name="other" select="$l?nodes"/>
                <xsl:with-param name="other-features" select="distinct-values(($l ! ?features, $lanywhere))"/>
                <xsl:with-param name="prefix" select="'r-'"/>
                <xsl:with-param name="quote" select="$rquote"/>
                <xsl:with-param name="label" select="($right/source-title[. != ''], $right/@id)[1]"/>
                <xsl:with-param name="tips" select="$tips"/>
              </xsl:call-template>
            </div>
          </xsl:for-each>
        </div>
        <div class="compare-notes">
          <xsl:apply-templates select="$ldoc/*/tei:text" mode="notes"><xsl:with-param name="id-prefix" tunnel="yes" select="'l-'"/><xsl:with-param name="tips" tunnel="yes" select="$tips"/></xsl:apply-templates>
          <xsl:apply-templates select="$rdoc/*/tei:text" mode="notes"><xsl:with-param name="id-prefix" tunnel="yes" select="'r-'"/><xsl:with-param name="tips" tunnel="yes" select="$tips"/></xsl:apply-templates>
        </div>
  </xsl:template>

  <!-- ... and what follows its main element -->
  <xsl:template match="entry" mode="h:after-main">
    <xsl:param name="h:compare" tunnel="yes" as="map(*)"/>
    <xsl:call-template name="h:tooltips"><xsl:with-param name="docs" select="($h:compare?ldoc, $h:compare?rdoc)"/><xsl:with-param name="tips" select="$h:compare?tips"/></xsl:call-template>
  </xsl:template>

  <!-- One side of an aligned passage, with what the other side lacks marked. -->
  <xsl:template name="h:compare-cell">
    <xsl:param name="nodes" as="element()*"/>
    <xsl:param name="other" as="element()*"/>
    <!-- what the other side's passage names (h:features): its numbers, dates and names are
         not marked here -->
    <xsl:param name="other-features" as="xs:string*"/>
    <xsl:param name="prefix" as="xs:string"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="quote" as="xs:string*" select="('', '')"/>
    <xsl:param name="tips" as="map(xs:string, xs:string)?" select="()"/>
    <div role="cell" class="compare-cell">
      <!-- on narrow screens, where the columns stack, each cell says which translation it is -->
      <p class="cell-source" aria-hidden="true">{$label}</p>
      <xsl:choose>
        <xsl:when test="empty($nodes)"><p class="editorial">[not in this translation]</p></xsl:when>
        <xsl:otherwise>
          <!-- (a list's points aligned one by one: in a list of their own, as the list's class) -->
          <xsl:for-each-group select="$nodes" group-adjacent="exists(self::tei:item)">
            <!-- (made where they go, not in a variable then copied) -->
            <xsl:choose>
              <xsl:when test="current-grouping-key()">
                <ol class="tei-list{current-group()[1]/../@rend ! (' rend-' || replace(., '\s+', '-'))}">
                  <xsl:call-template name="h:compare-parts">
                    <xsl:with-param name="other" select="$other"/><xsl:with-param name="other-features" select="$other-features"/>
                    <xsl:with-param name="prefix" select="$prefix"/><xsl:with-param name="quote" select="$quote"/><xsl:with-param name="tips" select="$tips"/>
                  </xsl:call-template>
                </ol>
              </xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="h:compare-parts">
                    <xsl:with-param name="other" select="$other"/><xsl:with-param name="other-features" select="$other-features"/>
                    <xsl:with-param name="prefix" select="$prefix"/><xsl:with-param name="quote" select="$quote"/><xsl:with-param name="tips" select="$tips"/>
                </xsl:call-template>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:for-each-group>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <!-- The blocks of a cell (the current group), what the other side lacks marked. -->
  <xsl:template name="h:compare-parts">
    <xsl:param name="other" as="element()*"/>
    <xsl:param name="other-features" as="xs:string*"/>
    <xsl:param name="prefix" as="xs:string"/>
    <xsl:param name="quote" as="xs:string*"/>
    <xsl:param name="tips" as="map(xs:string, xs:string)?"/>
    <xsl:apply-templates select="current-group()" mode="text">
      <xsl:with-param name="compare" tunnel="yes" select="exists($other)"/>
      <xsl:with-param name="id-prefix" tunnel="yes" select="$prefix"/>
      <xsl:with-param name="quote-open" tunnel="yes" select="$quote[1]"/>
      <xsl:with-param name="quote-close" tunnel="yes" select="$quote[2]"/>
      <xsl:with-param name="tips" tunnel="yes" select="$tips"/>
      <xsl:with-param name="diff-numbers" tunnel="yes" select="h:features-of($other-features, 'n')"/>
      <xsl:with-param name="diff-dates" tunnel="yes" select="h:features-of($other-features, 'd')"/>
      <xsl:with-param name="diff-refs" tunnel="yes" select="h:features-of($other-features, 'r')"/>
    </xsl:apply-templates>
  </xsl:template>
</xsl:stylesheet>
