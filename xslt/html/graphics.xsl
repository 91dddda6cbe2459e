<?xml version="1.0" encoding="UTF-8"?>
<!-- The chronology (a timeline) and the correspondence network, drawn as SVG by XSLT and
     repeated as lists and tables, so both read without JavaScript or images. -->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:math="http://www.w3.org/2005/xpath-functions/math"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:f="urn:tei-telegrams:functions"
    xmlns:h="urn:tei-telegrams:html"
    xmlns:svg="http://www.w3.org/2000/svg"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- How many correspondents the network's graph draws at most, the busiest (the table under
       it lists every one): with 170 round the circle, drawn to the page's width, their names
       were 3 pixels high.  A caller may set it (the figure's caption then says how many of how
       many are drawn). -->
  <xsl:param name="network-drawn-max" as="xs:integer" select="30"/>

  <xsl:variable name="h:palette" as="xs:string+" select="('#8c2d19', '#1f4e79', '#4d6b2e', '#6b3e75', '#8a6d1d', '#2e6b66')"/>

  <!-- An ISO date (day or month precision) as xs:date; () when it has no month. -->
  <xsl:function name="h:as-date" as="xs:date?">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:sequence select="if (matches($iso, '^\d{4}-\d{2}-\d{2}$') and $iso castable as xs:date) then xs:date($iso)
        else if (matches($iso, '^\d{4}-\d{2}$')) then xs:date($iso || '-01') else ()"/>
  </xsl:function>

  <!-- The index page of a catalogue's correspondent (its @kind: person, org or place;
       persons when the catalogue does not say). -->
  <xsl:function name="h:index-of-kind" as="xs:string">
    <xsl:param name="kind" as="xs:string?"/>
    <xsl:sequence select="(map{'person': 'persons.html', 'place': 'places.html', 'org': 'organisations.html'}(string($kind)),
                           'persons.html')[1]"/>
  </xsl:function>

  <!-- Whether the line $s (a map: x1, y1, x2, y2) comes into the box of half-width $hw and
       half-height $hh round ($x, $y): neither the box's sides nor the line's own normal
       separate them (two convex shapes apart have an axis that does). -->
  <xsl:function name="h:line-in-box" as="xs:boolean">
    <xsl:param name="s" as="map(*)"/>
    <xsl:param name="x" as="xs:double"/>
    <xsl:param name="y" as="xs:double"/>
    <xsl:param name="hw" as="xs:double"/>
    <xsl:param name="hh" as="xs:double"/>
    <xsl:variable name="across" select="for $cx in ($x - $hw, $x + $hw), $cy in ($y - $hh, $y + $hh)
        return ($s?x2 - $s?x1) * ($cy - $s?y1) - ($s?y2 - $s?y1) * ($cx - $s?x1)"/>
    <xsl:sequence select="not(max(($s?x1, $s?x2)) lt $x - $hw or min(($s?x1, $s?x2)) gt $x + $hw
        or max(($s?y1, $s?y2)) lt $y - $hh or min(($s?y1, $s?y2)) gt $y + $hh
        or min($across) gt 0 or max($across) lt 0)"/>
  </xsl:function>

  <!-- The network's line from node a to node b (their centres, the nodes' radius rn): 4 short of
       each node, set 8 to its side (the left, going from a), as the two directions between a pair
       are drawn; its ends (x1, y1, x2, y2) and its direction (ux, uy) -->
  <xsl:function name="h:beside-line" as="map(*)">
    <xsl:param name="a" as="xs:double+"/>
    <xsl:param name="b" as="xs:double+"/>
    <xsl:param name="rn" as="xs:double"/>
    <xsl:variable name="len" select="max((1, math:sqrt(($b[1] - $a[1]) * ($b[1] - $a[1]) + ($b[2] - $a[2]) * ($b[2] - $a[2]))))"/>
    <xsl:variable name="ux" select="($b[1] - $a[1]) div $len"/>
    <xsl:variable name="uy" select="($b[2] - $a[2]) div $len"/>
    <xsl:sequence select="map{'ux': $ux, 'uy': $uy,
        'x1': $a[1] + $ux * ($rn + 4) - $uy * 8, 'y1': $a[2] + $uy * ($rn + 4) + $ux * 8,
        'x2': $b[1] - $ux * ($rn + 4) - $uy * 8, 'y2': $b[2] - $uy * ($rn + 4) + $ux * 8}"/>
  </xsl:function>

  <!-- How many rows (senders) the chronology has with its dates under them only; past them the
       dates stand above the first row too. -->
  <xsl:variable name="h:chronology-rows-under-one-axis" as="xs:integer" select="8"/>

  <!-- A name on one line, or, longer than max characters, on two, broken at the space that
       makes the longer line shortest: "Chinese Embassy in", "the Soviet Union". -->
  <xsl:function name="h:two-lines" as="xs:string+">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="max" as="xs:integer"/>
    <xsl:variable name="words" select="tokenize(normalize-space($name), ' ')"/>
    <xsl:choose>
      <xsl:when test="string-length($name) le $max or count($words) lt 2"><xsl:sequence select="normalize-space($name)"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="best" select="sort(1 to count($words) - 1, (), function($i) {
            max((string-length(string-join($words[position() le $i], ' ')), string-length(string-join($words[position() gt $i], ' ')))) })[1]"/>
        <xsl:sequence select="(string-join($words[position() le $best], ' '), string-join($words[position() gt $best], ' '))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:template name="h:chronology">
    <!-- the dated entries; at scale (<dated>) merged by first sender, month and form, each with
         the first and @last date of its documents -->
    <xsl:variable name="dated" select="if ($catalogue/*/dated) then $catalogue/*/dated/entry
        else $h:entries[exists(h:as-date(@date))]"/>
    <xsl:variable name="senders" select="distinct-values($dated/sender[1] ! h:party(.))"/>
    <xsl:variable name="first" select="min($dated/h:as-date(@date))"/>
    <xsl:variable name="last" select="max($dated/h:as-date((@last, @date)[1]))"/>
    <xsl:variable name="days" select="if (exists($first)) then max((1, days-from-duration($last - $first))) else 1"/>
    <xsl:variable name="width" select="900"/>
    <!-- the rows' names, a long one on two lines, and the chart left of the longest line ("Chinese
         Embassy in the Soviet Union" ran over its row's line and into the first years' dots) -->
    <xsl:variable name="lane-lines" as="map(xs:string, xs:string+)" select="map:merge(for $ref in $senders return map:entry(string($ref),
        h:two-lines(string(($dated/sender[h:party(.) = $ref])[1]), 22)))"/>
    <xsl:variable name="left" select="max((150, 24 + 7.2 * max(for $ref in $senders return $lane-lines(string($ref)) ! string-length(.))))"/>
    <xsl:variable name="plot" select="$width - 40 - $left"/>
    <xsl:variable name="lane" select="56"/>
    <xsl:variable name="height" select="60 + $lane * max((1, count($senders)))"/>
    <!-- ticks as far apart as the span allows their labels: every five days over three
         months, months over a year, quarters over three years, else years -->
    <xsl:variable name="step" select="if ($days le 92) then 'days' else if ($days le 366) then 'months'
        else if ($days le 760) then 'quarters' else if ($days le 1500) then 'half-years' else 'years'"/>
    <!-- Over years, each year as wide as it is busy: the busiest eight times as wide as one with
         a telegram or two, a run of years without any together as wide as a quiet year (tests/sources'
         chart opened on twenty empty years, 1921-1941, and crowded 1949-1951's thousands into a
         tenth of it). -->
    <xsl:variable name="first-year" select="(year-from-date($first), 0)[1]"/>
    <xsl:variable name="year-counts" as="map(xs:integer, xs:integer)">
      <xsl:map>
        <xsl:for-each-group select="$dated" group-by="year-from-date(h:as-date(@date))">
          <xsl:map-entry key="current-grouping-key()" select="sum(current-group() ! h:weight(.))"/>
        </xsl:for-each-group>
      </xsl:map>
    </xsl:variable>
    <xsl:variable name="busy-years" select="sort(map:keys($year-counts))"/>
    <xsl:variable name="years-span" select="if (exists($last)) then $first-year to year-from-date($last) else ()"/>
    <xsl:variable name="year-width" as="map(xs:integer, xs:decimal)" select="map:merge(for $y in $years-span return
        map:entry($y, if (map:contains($year-counts, $y)) then 0.6 + 4.4 * $year-counts($y) div max(map:for-each($year-counts, function($k, $v) { $v }))
                      else min((0.1, 0.6 div ($busy-years[. gt $y][1] - $busy-years[. lt $y][last()] - 1)))))"/>
    <!-- where each year begins, in year widths from the first -->
    <xsl:variable name="year-start" as="map(xs:integer, xs:decimal)" select="map:merge(for $y in $years-span return
        map:entry($y, sum($years-span[. lt $y] ! $year-width(.))))"/>
    <xsl:variable name="years-total" select="sum($years-span ! $year-width(.))"/>
    <!-- a date's x on the chart -->
    <xsl:variable name="x-of" as="function(xs:date) as xs:double" select="if ($step = 'years') then function($d) {
        let $y := year-from-date($d), $jan1 := xs:date($y || '-01-01')
        return $left + $plot * ($year-start($y) + $year-width($y) * days-from-duration($d - $jan1)
                                div days-from-duration(xs:date(($y + 1) || '-01-01') - $jan1)) div $years-total }
      else function($d) { $left + $plot * days-from-duration($d - $first) div $days }"/>
    <!-- the most telegrams one sender sent in one month (the height of a full bar at scale) -->
    <xsl:variable name="busiest-month" as="xs:integer">
      <xsl:variable name="counts" as="xs:integer*">
        <xsl:for-each-group select="$dated[$h:at-scale]" group-by="h:party(sender[1]) || ' ' || substring(@date, 1, 7)">
          <xsl:sequence select="sum(current-group() ! h:weight(.))"/>
        </xsl:for-each-group>
      </xsl:variable>
      <xsl:sequence select="max((1, $counts))"/>
    </xsl:variable>
    <xsl:call-template name="h:page">
      <xsl:with-param name="title" select="'Chronology'"/>
      <xsl:with-param name="current" select="'chronology.html'"/>
      <xsl:with-param name="content">
        <h1>Chronology</h1>
        <xsl:if test="exists($dated)">
          <!-- (a keyboard went through every dot before the lists: 577 of tests/sources' telegrams) -->
          <a class="skip-chart" href="#by-month">Skip the chart to the telegrams listed by month</a>
          <!-- (on a phone, where the chart is wider than the screen: its later years are out of
               sight, its senders' rows seemed empty) -->
          <p class="chart-hint">The chart is wider than the screen: scroll it sideways for the later telegrams.</p>
          <figure class="chart">
            <svg:svg viewBox="0 0 {$width} {$height}" role="group" aria-labelledby="chrono-title" class="timeline">
              <!-- (a telegram dated to its month only stands at the month's first day, but is said as dated:
                   "to February 1949", not "to 1 February 1949") -->
              <xsl:variable name="first-said" select="(sort(distinct-values($dated[h:as-date(@date) = $first]/string(@date)), (), string-length#1))[1]"/>
              <xsl:variable name="last-said" select="(sort(distinct-values($dated[h:as-date((@last, @date)[1]) = $last]/string((@last, @date)[1])), (), string-length#1))[1]"/>
              <svg:title id="chrono-title">Timeline of the telegrams from {f:display-date(($first-said, string($first))[1])} to {f:display-date(($last-said, string($last))[1])}, one row per sender</svg:title>
              <xsl:for-each select="$senders">
                <xsl:variable name="i" select="position()"/>
                <xsl:variable name="y" select="30 + $lane * ($i - 1) + $lane div 2"/>
                <svg:line x1="{$left}" x2="{$width - 20}" y1="{$y}" y2="{$y}" class="lane"/>
                <xsl:variable name="lines" select="$lane-lines(string(current()))"/>
                <svg:text x="10" y="{$y + 5 - 8 * (count($lines) - 1)}" class="lane-label">
                  <!-- (the space between the lines kept: the name reads as one) -->
                  <xsl:for-each select="$lines"><svg:tspan x="10" dy="{if (position() = 1) then 0 else 16}">{.}{if (position() lt last()) then ' ' else ''}</svg:tspan></xsl:for-each>
                </svg:text>
                <xsl:if test="$h:at-scale">
                  <!-- at scale a bar per month, as high as the month's telegrams are many (dots
                       stacked by the hundred would leave their lane), linking to the month's page -->
                  <xsl:variable name="colour" select="$h:palette[($i - 1) mod count($h:palette) + 1]"/>
                  <xsl:for-each-group select="$dated[h:party(sender[1]) = current()]" group-by="substring(@date, 1, 7)">
                    <xsl:variable name="start" select="h:as-date(current-grouping-key())"/>
                    <xsl:variable name="x" select="$x-of(max(($start, $first)))"/>
                    <xsl:variable name="w" select="max((2, $x-of(min(($start + xs:dayTimeDuration('P28D'), $last))) - $x-of($start)))"/>
                    <xsl:variable name="h" select="max((2, ($lane - 14) * sum(current-group() ! h:weight(.)) div $busiest-month))"/>
                    <svg:a href="{h:month-page(current-grouping-key())}">
                      <svg:title>{h:count-docs(current-group())} from {($dated/sender[h:party(.) = h:party(current()/sender[1])])[1]}, {f:display-date(current-grouping-key())}</svg:title>
                      <svg:rect x="{format-number($x, '0.#')}" y="{format-number($y + ($lane - 14) div 2 - $h, '0.#')}"
                                width="{format-number($w, '0.#')}" height="{format-number($h, '0.#')}" fill="{$colour}"/>
                    </svg:a>
                  </xsl:for-each-group>
                </xsl:if>
                <xsl:for-each-group select="$dated[h:party(sender[1]) = current()][not($h:at-scale)]" group-by="@date">
                  <xsl:variable name="x" select="$x-of(h:as-date(@date))"/>
                  <xsl:for-each select="current-group()">
                    <svg:a href="{@href}">
                      <svg:title>{title} ({f:parenthesised(source-title)}){if (string-length(@date) = 7) then ' — dated to the month only' else ''}</svg:title>
                      <xsl:variable name="colour" select="$h:palette[($i - 1) mod count($h:palette) + 1]"/>
                      <!-- a telegram dated to the month only is a hollow ring at the month's start -->
                      <svg:circle cx="{$x}" cy="{$y - 12 * (position() - 1) + 6 * (count(current-group()) - 1)}" r="7"
                                  fill="{if (string-length(@date) = 7) then '#ffffff' else $colour}" stroke="{$colour}" stroke-width="2"/>
                    </svg:a>
                  </xsl:for-each>
                </xsl:for-each-group>
              </xsl:for-each>
              <!-- over years a tick at the start of each year with telegrams, labelled where the label is
                   45 pixels from the others: the first year's (where the chart starts), then the busiest
                   years' first (left to right a quiet 1948 took the busy 1949's room); drawn in the
                   years' order, as they are read -->
              <xsl:variable name="year-x" select="function($y as xs:integer) as xs:double { $x-of(xs:date(format-number($y, '0000') || '-01-01')) }"/>
              <xsl:variable name="labelled-years" as="xs:integer*">
                <xsl:iterate select="($busy-years[1], sort(tail($busy-years), (), function($y) { (- $year-counts($y), $y) }))[$step = 'years']">
                  <xsl:param name="chosen" as="xs:integer*" select="()"/>
                  <xsl:on-completion select="sort($chosen)"/>
                  <xsl:variable name="x" select="$year-x(.)"/>
                  <xsl:next-iteration>
                    <xsl:with-param name="chosen" select="if ($x le $width - 20 and (every $c in $chosen satisfies abs($year-x($c) - $x) ge 45))
                                                          then ($chosen, .) else $chosen"/>
                  </xsl:next-iteration>
                </xsl:iterate>
              </xsl:variable>
              <xsl:for-each select="$labelled-years">
                <xsl:call-template name="h:chronology-tick">
                  <xsl:with-param name="x" select="format-number($year-x(.), '0.#')"/>
                  <xsl:with-param name="label" select="string(.)"/>
                  <xsl:with-param name="height" select="$height"/>
                  <xsl:with-param name="above" select="count($senders) gt $h:chronology-rows-under-one-axis"/>
                </xsl:call-template>
              </xsl:for-each>
              <!-- the axis, broken (as a chart's broken axis is) where a run of years without telegrams
                   is squeezed: drawn as wide as it is busy, it is not proportional to time there -->
              <xsl:if test="$step = 'years'">
                <xsl:variable name="breaks" as="map(*)*" select="for $i in 1 to count($busy-years) - 1
                    return if ($busy-years[$i + 1] gt $busy-years[$i] + 1)
                      then map { 'from': $busy-years[$i] + 1, 'to': $busy-years[$i + 1] - 1,
                                 'x': ($year-x($busy-years[$i] + 1) + $year-x($busy-years[$i + 1])) div 2 }
                      else ()"/>
                <xsl:for-each select="(28, $height - 28)[. = $height - 28 or count($senders) gt $h:chronology-rows-under-one-axis]">
                  <xsl:variable name="axis-y" select="."/>
                  <xsl:variable name="stops" select="($left, $breaks ! (?x - 5, ?x + 5), $width - 20)"/>
                  <xsl:for-each select="1 to count($stops) idiv 2">
                    <svg:line x1="{format-number($stops[2 * current() - 1], '0.#')}" x2="{format-number($stops[2 * current()], '0.#')}"
                              y1="{$axis-y}" y2="{$axis-y}" class="axis"/>
                  </xsl:for-each>
                  <xsl:for-each select="$breaks">
                    <svg:g class="axis-break">
                      <svg:title>{if (?from = ?to) then ?from else ?from || '–' || ?to}: no telegrams, drawn narrow</svg:title>
                      <xsl:for-each select="(?x - 4, ?x + 2)">
                        <svg:line x1="{format-number(., '0.#')}" x2="{format-number(. + 2, '0.#')}" y1="{$axis-y + 5}" y2="{$axis-y - 5}"/>
                      </xsl:for-each>
                    </svg:g>
                  </xsl:for-each>
                </xsl:for-each>
              </xsl:if>
              <xsl:for-each select="(0 to $days)[$step != 'years']">
                <xsl:variable name="d" select="$first + xs:dayTimeDuration('P' || . || 'D')"/>
                <xsl:variable name="day" select="day-from-date($d)"/>
                <xsl:variable name="month" select="month-from-date($d)"/>
                <xsl:variable name="mon" select="substring($f:months[$month], 1, 3)"/>
                <!-- (the first day too, unless a tick follows within two days) -->
                <xsl:if test="if ($step = 'days') then $day = (1, 6, 11, 16, 21, 26) or (. = 0 and not(some $k in (1, 2)
                                  satisfies day-from-date($first + xs:dayTimeDuration('P' || $k || 'D')) = (1, 6, 11, 16, 21, 26)))
                              else if ($step = 'months') then $day = 1
                              else if ($step = 'quarters') then $day = 1 and $month = (1, 4, 7, 10)
                              else $day = 1 and $month = (1, 7)">
                  <xsl:call-template name="h:chronology-tick">
                    <xsl:with-param name="x" select="format-number($x-of($d), '0.#')"/>
                    <xsl:with-param name="label" select="if ($step = 'days') then $day || ' ' || $mon
                      else $mon || (if ($month = 1 or $step = ('quarters', 'half-years')) then ' ' || year-from-date($d) else '')"/>
                    <xsl:with-param name="height" select="$height"/>
                    <xsl:with-param name="above" select="count($senders) gt $h:chronology-rows-under-one-axis"/>
                  </xsl:call-template>
                </xsl:if>
              </xsl:for-each>
            </svg:svg>
            <figcaption>{if ($h:at-scale) then 'Each bar is one sender’s telegrams in one month, the higher the more (the highest '
              || h:count($busiest-month, 'telegram') || '). Select one to list them.' else
              'Each dot is a telegram (several translations of one telegram are stacked); a ring marks a telegram dated
              to the month only, placed at the month’s start. Select one to read it.'}{if ($step = 'years')
              then ' Each year is drawn as wide as it is busy: a year without telegrams narrow, the axis broken where such years are squeezed.' else ''}</figcaption>
          </figure>
        </xsl:if>
        <div id="by-month">
        <xsl:for-each-group select="$h:entries" group-by="(@month[. != ''], 'undated')[1]">
          <section aria-labelledby="m-{current-grouping-key()}">
            <h2 id="m-{current-grouping-key()}">{if (current-grouping-key() = 'undated') then 'Undated' else f:display-date(current-grouping-key())}</h2>
            <xsl:choose>
              <xsl:when test="$h:at-scale">  <!-- each month's list is a page of its own -->
                <p><a href="{h:month-page(string(@month))}">{h:count-docs(current-group())}</a></p>
              </xsl:when>
              <xsl:otherwise>
                <ol class="entries">
                  <xsl:for-each select="current-group()">
                    <xsl:call-template name="h:entry-line"><xsl:with-param name="entry" select="."/></xsl:call-template>
                  </xsl:for-each>
                </ol>
              </xsl:otherwise>
            </xsl:choose>
          </section>
        </xsl:for-each-group>
        </div>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="h:chronology-tick">
    <xsl:param name="x" as="xs:string"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="height" as="xs:double"/>
    <xsl:param name="above" as="xs:boolean"/>
    <svg:line x1="{$x}" x2="{$x}" y1="{$height - 28}" y2="{$height - 22}" class="tick"/>
    <svg:text x="{$x}" y="{$height - 8}" class="tick-label" text-anchor="middle">{$label}</svg:text>
    <!-- over many rows the dates above them too (tests/sources' 76 senders: the years
         stood only under the last, four thousand pixels below the first) -->
    <xsl:if test="$above">
      <svg:line x1="{$x}" x2="{$x}" y1="22" y2="28" class="tick"/>
      <svg:text x="{$x}" y="16" class="tick-label" text-anchor="middle">{$label}</svg:text>
    </xsl:if>
  </xsl:template>

  <xsl:template name="h:network">
    <!-- (at scale entries merged by their correspondents, the table's lists of telegrams made in pieces) -->
    <xsl:variable name="letters" select="$h:entries[sender and recipient]"/>
    <xsl:variable name="everyone" as="element()*">
      <!-- (a party the source does not name, "Unknown", is no one's node: the table gives its telegrams) -->
      <xsl:for-each-group select="$letters/(sender, recipient, via)[h:known(.)]" group-by="h:party(.)"><xsl:sequence select="."/></xsl:for-each-group>
    </xsl:variable>
    <!-- the busiest first (the order the circle places them in) -->
    <xsl:variable name="busiest" as="xs:string*" select="sort($everyone ! h:party(.), (),
        function($key) { (- sum($letters/(sender, recipient, via)[h:party(.) = $key] ! h:weight(..)), $key) })"/>
    <!-- the graph draws the busiest correspondents only ($network-drawn-max) -->
    <xsl:variable name="people" select="$everyone[index-of($busiest, h:party(.))[1] le $network-drawn-max]"/>
    <xsl:variable name="n" select="count($people)"/>
    <xsl:variable name="edges" select="$letters[h:party(sender[1]) = $people ! h:party(.) and h:party(recipient[1]) = $people ! h:party(.)]"/>
    <!-- the circle grows with the number of correspondents and the nodes shrink, so that
         neighbours do not touch; each name stands outside the circle, beside its node -->
    <!-- the most telegrams between one pair: the widest line -->
    <xsl:variable name="most" as="xs:integer">
      <xsl:variable name="counts" as="xs:integer*">
        <xsl:for-each-group select="$letters" group-by="h:party(sender[1]) || ' ' || h:party(recipient[1])">
          <xsl:sequence select="sum(current-group() ! h:weight(.))"/>
        </xsl:for-each-group>
      </xsl:variable>
      <xsl:sequence select="max((1, $counts))"/>
    </xsl:variable>
    <xsl:variable name="r" select="max((170, $n * 12))"/>
    <xsl:variable name="rn" select="max((12, min((30, math:pi() * $r div max((1, $n)) * 0.55))))"/>
    <!-- room beside the circle for the longest name (cut off at the frame's edge before) -->
    <xsl:variable name="cx" select="$r + $rn + max((200, 8 * max(($people ! string-length(normalize-space(.)), 0)) + 20))"/>
    <!-- (room above and below for the name set a line farther out at the top and bottom) -->
    <xsl:variable name="cy" select="$r + $rn + 54"/>
    <!-- the busiest correspondents spread round the circle: the first at the top, the second
         at the bottom, the third beside the first, and so on, so that the heaviest lines cross
         the middle rather than pass through the nodes between two neighbours -->
    <xsl:variable name="pos" as="map(xs:string, xs:double+)">
      <xsl:map>
        <xsl:for-each select="$people">
          <xsl:variable name="k" select="index-of($busiest, h:party(.))[1] - 1"/>
          <xsl:variable name="slot" select="if ($k mod 2 = 0) then $k idiv 2 else ($n + 1) idiv 2 + $k idiv 2"/>
          <xsl:variable name="a" select="2 * math:pi() * $slot div max((1, $n)) - math:pi() div 2"/>
          <xsl:map-entry key="h:party(.)" select="($cx + $r * math:cos($a), $cy + $r * math:sin($a))"/>
        </xsl:for-each>
      </xsl:map>
    </xsl:variable>
    <!-- where each name stands (its baseline and anchor): outward from the centre, to the right of
         a node on the right, above one at the top; centred only over (under) the node at the very
         top (bottom), a line farther out: its neighbours' names, centred too, ran into it where the
         circle is flat, the busiest correspondents' names at the top touching -->
    <xsl:variable name="name-at" as="map(xs:string, map(*))">
      <xsl:map>
        <xsl:for-each select="$people">
          <xsl:variable name="p" select="$pos(h:party(.))"/>
          <xsl:variable name="dx" select="($p[1] - $cx) div $r"/>
          <xsl:variable name="dy" select="($p[2] - $cy) div $r"/>
          <xsl:variable name="apex" select="abs($dx) lt 0.01"/>
          <xsl:map-entry key="h:party(.)" select="map{'x': $p[1] + $dx * ($rn + 8),
              'y': $p[2] + $dy * ($rn + 8) + (if ($dy gt 0.3) then 12 else if ($dy lt -0.3) then -2 else 5) + (if ($apex) then 14 * $dy else 0),
              'anchor': if ($apex) then 'middle' else if ($dx gt 0) then 'start' else 'end', 'length': string-length(string(.))}"/>
        </xsl:for-each>
      </xsl:map>
    </xsl:variable>
    <!-- each pair's arrow, set 8 to the side of the line between the nodes so that the two
         directions between a pair do not overlap, and wider for more telegrams -->
    <xsl:variable name="edge-lines" as="map(*)*">
      <xsl:for-each-group select="$edges" group-by="h:party(sender[1]) || ' ' || h:party(recipient[1])">
        <xsl:variable name="c" select="sum(current-group() ! h:weight(.))"/>
        <xsl:sequence select="map:merge((h:beside-line($pos(h:party(sender[1])), $pos(h:party(recipient[1])), $rn),
            map{'key': 'edge ' || position(), 'c': $c, 'order': position(),
                'width': 1 + (if ($most gt 1) then 6 * math:log($c) div math:log(max(($most, 3))) else 0)}))"/>
      </xsl:for-each-group>
    </xsl:variable>
    <!-- each leg of a chain sender, intermediaries, recipient: a dashed line from node to node,
         set beside the line between them as the arrows are, each direction on its own side (two
         chains drawn over one leg in opposite directions, as one polyline each, had their dashes
         fill each other's gaps: the line looked solid); a leg that two chains share in one
         direction drawn once -->
    <xsl:variable name="via-lines" as="map(*)*">
      <xsl:variable name="legs" as="xs:string*">
        <xsl:for-each select="$letters[via]">
          <xsl:variable name="chain" select="(sender[1], via, recipient[1]) ! h:party(.)"/>
          <xsl:sequence select="for $i in 1 to count($chain) - 1 return $chain[$i] || ' ' || $chain[$i + 1]"/>
        </xsl:for-each>
      </xsl:variable>
      <xsl:for-each select="distinct-values($legs)[map:contains($pos, substring-before(., ' ')) and map:contains($pos, substring-after(., ' '))]">
        <xsl:sequence select="map:merge((h:beside-line($pos(substring-before(., ' ')), $pos(substring-after(., ' ')), $rn),
            map{'key': 'via ' || position(), 'width': 1.5}))"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="placed" as="map(*)*">
      <xsl:iterate select="sort($edge-lines, (), function($l) { (- $l?c, $l?order) })">
        <!-- (the names' boxes first: 13px letters, some 7.5 wide) -->
        <xsl:param name="boxes" as="map(*)*" select="map:keys($name-at) ! $name-at(.) ! map{
            'x': ?x + (if (?anchor = 'start') then 1 else if (?anchor = 'end') then -1 else 0) * 3.75 * ?length,
            'y': ?y - 4.5, 'w': 7.5 * ?length + 4, 'h': 17}"/>
        <xsl:on-completion><xsl:sequence select="$boxes[exists(?c)]"/></xsl:on-completion>
        <xsl:variable name="l" select="."/>
        <!-- the box the number and its halo take (13px figures), with a gap round it: two
             numbers side by side ("14 10") read as one -->
        <xsl:variable name="digits" select="string-length(string($l?c))"/>
        <xsl:variable name="w" select="8 * $digits + 14"/>
        <xsl:variable name="h" select="21"/>
        <!-- beside its line (the side away from the circle's centre first), as near as its width
             lets it: a third of the way from the sender where there is room, else farther along,
             else farther out; clear of the numbers set before it, of the nodes, of the names, and
             of every other line by 8 more than of its own, so that it reads as its own line's (a
             number set a third of the way along stood as near a dashed line crossing its arrow as
             the arrow and read as the dashed line's count) -->
        <xsl:variable name="nx" select="- $l?uy"/>
        <xsl:variable name="ny" select="$l?ux"/>
        <xsl:variable name="away" select="if ((($l?x1 + $l?x2) div 2 - $cx) * $nx + (($l?y1 + $l?y2) div 2 - $cy) * $ny ge 0) then 1 else -1"/>
        <xsl:variable name="near" select="7.5 + $l?width div 2"/>
        <!-- (the first place that fits: the lines of a crowded graph are many) -->
        <xsl:variable name="fits" as="map(*)?">
          <xsl:iterate select="for $farther in (0, 14, 28), $side in ($away, - $away),
                                   $along in (0.3, 0.24, 0.36, 0.18, 0.42, 0.48, 0.54, 0.6, 0.66, 0.72, 0.78, 0.84)
                               return [$along, $side * ($near + $farther), $farther]">
            <xsl:variable name="x" select="$l?x1 + ($l?x2 - $l?x1) * ?1 + $nx * ?2"/>
            <xsl:variable name="y" select="$l?y1 + ($l?y2 - $l?y1) * ?1 + $ny * ?2"/>
            <xsl:if test="every $o in $boxes satisfies (abs($o?x - $x) ge ($o?w + $w) div 2 or abs($o?y - $y) ge ($o?h + $h) div 2)
                          and (every $key in $people ! h:party(.) satisfies (let $p := $pos($key),
                               $dx := max((0, abs($p[1] - $x) - $w div 2)), $dy := max((0, abs($p[2] - $y) - $h div 2))
                               return $dx * $dx + $dy * $dy ge $rn * $rn))
                          and (every $other in ($edge-lines, $via-lines)[?key != $l?key] satisfies
                               (let $clear := 8 + ?3 + $other?width div 2 return not(h:line-in-box($other, $x, $y, 4 * $digits + $clear, 5 + $clear))))">
              <xsl:break select="map{'x': $x, 'y': $y, 'w': $w, 'h': $h, 'c': $l?c, 'order': $l?order}"/>
            </xsl:if>
          </xsl:iterate>
        </xsl:variable>
        <xsl:next-iteration><xsl:with-param name="boxes" select="$boxes, $fits"/></xsl:next-iteration>
      </xsl:iterate>
    </xsl:variable>
    <xsl:call-template name="h:page">
      <xsl:with-param name="title" select="'Correspondence network'"/>
      <xsl:with-param name="current" select="'network.html'"/>
      <xsl:with-param name="content">
        <h1>Correspondence network</h1>
        <p>Who wrote to whom, how often, and through whom. A telegram known in several translations counts once per translation.</p>
        <xsl:if test="$n gt 0">
          <a class="skip-chart" href="#network-table">Skip the graph to the table of correspondents</a>
          <p class="chart-hint">The graph is wider than the screen: scroll it sideways to see it whole.</p>
          <figure class="chart">
            <svg:svg viewBox="0 0 {round(2 * $cx)} {round(2 * $cy)}" role="group" aria-labelledby="net-title" class="network">
              <svg:title id="net-title">Network of correspondents: arrows from sender to recipient, thicker for more telegrams (the number beside each); dashed lines lead through intermediaries</svg:title>
              <svg:defs>
                <svg:marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="12" markerHeight="12" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
                  <svg:path d="M 0 0 L 10 5 L 0 10 z" class="arrowhead"/>
                </svg:marker>
              </svg:defs>
              <xsl:for-each select="$edge-lines">
                <svg:line x1="{?x1}" y1="{?y1}" x2="{?x2}" y2="{?y2}" class="edge" stroke-width="{format-number(?width, '0.#')}" marker-end="url(#arrow)"/>
              </xsl:for-each>
              <xsl:for-each select="$via-lines">
                <svg:line class="via-edge" stroke-width="1.5" x1="{format-number(?x1, '0.#')}" y1="{format-number(?y1, '0.#')}"
                    x2="{format-number(?x2, '0.#')}" y2="{format-number(?y2, '0.#')}"/>
              </xsl:for-each>
              <!-- the numbers over the lines (each with a halo, edition.css), where $placed put them -->
              <xsl:for-each select="sort($placed, (), function($p) { $p?order })">
                <svg:text x="{format-number(?x, '0.#')}" y="{format-number(?y + 4.5, '0.#')}" class="edge-label" text-anchor="middle">{?c}</svg:text>
              </xsl:for-each>
              <xsl:for-each select="$people">
                <xsl:variable name="p" select="$pos(h:party(.))"/>
                <xsl:variable name="key" select="h:party(.)"/>
                <xsl:variable name="node">
                  <svg:circle cx="{$p[1]}" cy="{$p[2]}" r="{$rn}" class="node{if ($key = $letters/via ! h:party(.) and not($key = $letters/(sender, recipient) ! h:party(.))) then ' intermediary' else ''}"/>
                  <xsl:variable name="at" select="$name-at($key)"/>
                  <svg:text x="{format-number($at?x, '0.#')}" y="{format-number($at?y, '0.#')}" text-anchor="{$at?anchor}" class="node-label">{string(.)}</svg:text>
                </xsl:variable>
                <!-- (a party without an authority entry, an office whose holder is unknown: its node links nowhere) -->
                <xsl:choose>
                  <xsl:when test="@ref != ''"><svg:a href="{h:index-of-kind(@kind)}#{@ref}"><xsl:sequence select="$node"/></svg:a></xsl:when>
                  <xsl:otherwise><svg:g class="unlinked"><xsl:sequence select="$node"/></svg:g></xsl:otherwise>
                </xsl:choose>
              </xsl:for-each>
            </svg:svg>
            <figcaption>Arrows run from sender to recipient, with the number of telegrams<xsl:if test="count($placed) lt count($edge-lines)"> (where
                the lines crowd, only the table gives it)</xsl:if>; dashed lines pass through intermediaries.<xsl:if
                test="count($everyone) gt $n"> The {$n} correspondents with the most telegrams are drawn, of {count($everyone)}; the table lists them all.</xsl:if></figcaption>
          </figure>
        </xsl:if>
        <div class="table-wrap" id="network-table">
        <table class="network-table">
          <caption>{$h:docs-noun} by sender, recipient and intermediary</caption>
          <thead><tr><th scope="col">From</th><th scope="col">To</th><th scope="col">Through</th><th scope="col">Number</th><th scope="col">{$h:docs-noun}</th></tr></thead>
          <tbody>
            <xsl:for-each-group select="$letters" group-by="string-join((sender ! h:party(.), '→', recipient ! h:party(.), '/', via ! h:party(.)), ' ')">
              <tr>
                <!-- each name linked to its entry, as the graph's nodes are (a correspondent the
                     graph leaves out is reached from here) -->
                <!-- (data-label: each cell's column, which a phone's layout sets before it, the
                     rows one under another; the table was wider than the screen, its last column
                     a narrow strip out of sight) -->
                <td data-label="From"><xsl:call-template name="h:network-names"><xsl:with-param name="names" select="sender"/></xsl:call-template></td>
                <td data-label="To"><xsl:call-template name="h:network-names"><xsl:with-param name="names" select="recipient"/></xsl:call-template></td>
                <xsl:choose>
                  <xsl:when test="via"><td data-label="Through"><xsl:call-template name="h:network-names"><xsl:with-param name="names" select="via"/></xsl:call-template></td></xsl:when>
                  <xsl:otherwise><td class="none" data-label="Through">—</td></xsl:otherwise>
                </xsl:choose>
                <td data-label="Number">{sum(current-group() ! h:weight(.))}</td>
                <td data-label="{$h:docs-noun}"><ul class="plain">
                  <xsl:choose>
                    <xsl:when test="$catalogue/*/@pieces = 'yes'"><xsl:processing-instruction name="tei-piece" select="position()"/></xsl:when>
                    <xsl:otherwise><xsl:for-each select="current-group()"><xsl:call-template name="h:network-item"/></xsl:for-each></xsl:otherwise>
                  </xsl:choose>
                </ul></td>
              </tr>
            </xsl:for-each-group>
          </tbody>
        </table>
        </div>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Correspondents in the network's table: "Vladimir Lenin, Joseph Stalin", each linked to its index entry. -->
  <xsl:template name="h:network-names">
    <xsl:param name="names" as="element()*"/>
    <xsl:for-each select="$names">
      <xsl:if test="position() gt 1">, </xsl:if>
      <xsl:choose>
        <xsl:when test="@ref != ''"><a href="{h:index-of-kind(@kind)}#{@ref}">{string(.)}</a></xsl:when>
        <xsl:otherwise>{string(.)}</xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- A telegram in the network's table: its date, linked, and source. -->
  <xsl:template name="h:network-item">
    <li><a href="{@href}">{(f:display-date(@date)[. != ''], 'undated')[1]}</a><xsl:if
      test="@form = 'letter'"><xsl:text> </xsl:text><span class="entry-form">letter</span></xsl:if> (<xsl:sequence select="h:source-cite(source-title, f:parenthesised(source-title))"/>)</li>
  </xsl:template>
</xsl:stylesheet>
