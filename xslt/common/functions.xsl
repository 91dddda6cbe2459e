<?xml version="1.0" encoding="UTF-8"?>
<!-- Output-neutral functions shared by the HTML and print editions: titles, dates,
     correspondents, entity lookup in standOff, safe link targets, and the vocabulary of
     named behaviours each edition implements (block, inline, note, entity-link, ...). -->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:tei-telegrams:functions"
    exclude-result-prefixes="#all">

  <xsl:key name="f:entity" match="tei:standOff//*[@xml:id][self::tei:person or self::tei:place or self::tei:org]"
           use="@xml:id"/>

  <!-- The document's title for display: the main title, else any title, else its id. -->
  <xsl:function name="f:title" as="xs:string">
    <xsl:param name="tei" as="node()"/>
    <xsl:variable name="h" select="root($tei)//tei:teiHeader/tei:fileDesc/tei:titleStmt"/>
    <xsl:sequence select="normalize-space(($h/tei:title[@type = 'main'], $h/tei:title[not(@type = ('sub', 'source'))],
                          $h/tei:title, root($tei)/*/@xml:id, 'Untitled document')[normalize-space()][1])"/>
  </xsl:function>

  <!-- The document's id: @xml:id of the root, else the file name without extension. -->
  <xsl:function name="f:doc-id" as="xs:string">
    <xsl:param name="tei" as="node()"/>
    <xsl:variable name="from-uri" select="replace(tokenize(string(document-uri(root($tei))), '/')[last()], '\.xml$', '')"/>
    <xsl:sequence select="string((root($tei)/*/@xml:id[matches(., '^[A-Za-z0-9._-]+$')], $from-uri[. != ''], 'document')[1])"/>
  </xsl:function>

  <xsl:variable name="f:months" as="xs:string+" select="('January', 'February', 'March', 'April', 'May', 'June', 'July',
      'August', 'September', 'October', 'November', 'December')"/>

  <!-- An ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD, or with a time) as "6 January 1949"; anything else as given. -->
  <xsl:function name="f:display-date" as="xs:string">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:variable name="d" select="normalize-space($iso)"/>
    <xsl:choose>
      <xsl:when test="matches($d, '^\d{4}-(0[1-9]|1[0-2])-([0-2]\d|3[01])$')">
        <xsl:sequence select="xs:integer(substring($d, 9, 2)) || ' ' || $f:months[xs:integer(substring($d, 6, 2))] || ' ' || substring($d, 1, 4)"/>
      </xsl:when>
      <xsl:when test="matches($d, '^\d{4}-(0[1-9]|1[0-2])$')">
        <xsl:sequence select="$f:months[xs:integer(substring($d, 6, 2))] || ' ' || substring($d, 1, 4)"/>
      </xsl:when>
      <!-- with the time the text gives: "3 January 1950, 23:00" -->
      <xsl:when test="matches($d, '^\d{4}-\d\d-\d\dT\d\d:\d\d')">
        <xsl:sequence select="f:display-date(substring($d, 1, 10)) || ', ' || substring($d, 12, 5)"/>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="$d"/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The months from first to last (ISO dates or months): January 1949, January–February
       1949, December 1949 – January 1950; '' without a first month. -->
  <xsl:function name="f:month-span" as="xs:string">
    <xsl:param name="first" as="xs:string?"/>
    <xsl:param name="last" as="xs:string?"/>
    <xsl:variable name="a" select="if (matches(string($first), '^\d{4}-\d\d')) then f:display-date(substring($first, 1, 7)) else ''"/>
    <xsl:variable name="b" select="if (matches(string($last), '^\d{4}-\d\d')) then f:display-date(substring($last, 1, 7)) else $a"/>
    <xsl:sequence select="if (not($a) or $a eq $b) then $a
                          else if (substring($first, 1, 4) eq substring($last, 1, 4)) then substring-before($a, ' ') || '–' || $b
                          else $a || ' – ' || $b"/>
  </xsl:function>

  <!-- True when the string is an ISO date the HTML time element and the sort accept. -->
  <xsl:function name="f:is-iso-date" as="xs:boolean">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:sequence select="matches(normalize-space($iso), '^\d{4}(-(0[1-9]|1[0-2])(-([0-2]\d|3[01]))?)?$')"/>
  </xsl:function>

  <!-- The date a document was sent (ISO), else ''.  Only a document without correspondence
       metadata (TEI written by others) falls back to the source's date, then the publication
       date: a letter's source is dated when it was printed (a compilation of 1959), and an
       undated telegram is undated, not of the year its source appeared or of the build. -->
  <xsl:function name="f:doc-date" as="xs:string">
    <xsl:param name="tei" as="node()"/>
    <!-- (the document's own header: in the print volume the documents share one tree) -->
    <xsl:variable name="h" select="($tei/ancestor-or-self::tei:TEI[1], root($tei))[1]//tei:teiHeader"/>
    <xsl:sequence select="string(($h//tei:correspAction[@type = 'sent']/tei:date/(@when, @from, @notBefore) ! f:date-value(.),
                          if ($h//tei:correspDesc) then () else
                          ($h/tei:fileDesc/tei:sourceDesc//tei:date/(@when, @from, @notBefore) ! f:date-value(.),
                           $h/tei:fileDesc/tei:publicationStmt/tei:date/@when))[f:is-iso-date(.)][1])"/>
  </xsl:function>

  <!-- A date attribute's value; @notBefore with @notAfter, at the precision both say. -->
  <xsl:function name="f:date-value" as="xs:string">
    <xsl:param name="attribute" as="attribute()"/>
    <xsl:sequence select="if (local-name($attribute) eq 'notBefore') then f:shared-date(string($attribute), $attribute/../@notAfter)
                          else string($attribute)"/>
  </xsl:function>

  <!-- A date given as the days it may be (@notBefore, @notAfter: "late December 1950") at the
       precision both say: the month or year they share, else the first. -->
  <xsl:function name="f:shared-date" as="xs:string">
    <xsl:param name="first" as="xs:string"/>
    <xsl:param name="last" as="xs:string?"/>
    <xsl:sequence select="if (not($last)) then $first
                          else if (substring($first, 1, 7) eq substring($last, 1, 7)) then substring($first, 1, 7)
                          else if (substring($first, 1, 4) eq substring($last, 1, 4)) then substring($first, 1, 4)
                          else $first"/>
  </xsl:function>

  <!-- What the edition writes before a sent date shown as f:display-date shows it: for a part of a
       month (@notBefore, @notAfter: the 1st-10th, 11th-20th, 21st-last) "early ", "mid-" or "late ",
       as the converter's title says it (tei.dates.display_part): "late December 1950"; "c. " for any
       other approximate date (cert="low"); else ''. -->
  <xsl:function name="f:date-qualifier" as="xs:string">
    <xsl:param name="date" as="element()?"/>
    <xsl:variable name="first" select="normalize-space($date/@notBefore)"/>
    <xsl:variable name="last" select="normalize-space($date/@notAfter)"/>
    <xsl:variable name="days" select="if (matches($first, '^\d{4}-\d\d-\d\d$') and matches($last, '^\d{4}-\d\d-\d\d$')
                                          and substring($first, 1, 7) eq substring($last, 1, 7))
                                      then (xs:integer(substring($first, 9, 2)), xs:integer(substring($last, 9, 2))) else ()"/>
    <xsl:sequence select="if ($days[1] eq 1 and $days[2] eq 10) then 'early '
                          else if ($days[1] eq 11 and $days[2] eq 20) then 'mid-'
                          else if ($days[1] eq 21 and $days[2] ge 28) then 'late '
                          else if ($date/@cert = 'low') then 'c. ' else ''"/>
  </xsl:function>

  <!-- Where a telegram stands in date order (tei.dates.order_key): a date less precise than a
       day after the days it may be ("late December 1950" after the 31st: "1950-12-31~";
       "December 1950" after the month and its parts: "1950-12-~"); a span at its first day;
       '9999' when undated. -->
  <xsl:function name="f:order-key" as="xs:string">
    <xsl:param name="tei" as="node()"/>
    <!-- (the document's own header: in the print volume the documents share one tree) -->
    <xsl:variable name="doc" select="($tei/ancestor-or-self::tei:TEI[1], root($tei))[1]"/>
    <xsl:variable name="d" select="($doc//tei:teiHeader//tei:correspAction[@type = 'sent']/tei:date
                                    [f:is-iso-date(@when) or f:is-iso-date(@from) or f:is-iso-date(@notBefore) and f:is-iso-date(@notAfter)])[1]"/>
    <xsl:variable name="date" select="f:doc-date($tei)"/>
    <xsl:sequence select="if (f:is-iso-date($d/@notAfter)) then substring(normalize-space($d/@notAfter), 1, 10) || '~'
                          else if (f:is-iso-date($d/@when)) then (if (string-length(normalize-space($d/@when)) ge 10) then substring(normalize-space($d/@when), 1, 10) else normalize-space($d/@when) || '-~')
                          else if (f:is-iso-date($d/@from)) then substring(normalize-space($d/@from), 1, 10)
                          else if ($date) then (if (string-length($date) ge 10) then $date else $date || '-~')
                          else '9999'"/>
  </xsl:function>

  <!-- Where the document stands in its source (readings.source_place), to order telegrams of one
       day as the source numbers them: its item number, digits padded to eight places; '~' (after
       the numbered ones) where the source numbers none. -->
  <xsl:function name="f:source-place" as="xs:string">
    <xsl:param name="tei" as="node()"/>
    <xsl:variable name="doc" select="($tei/ancestor-or-self::tei:TEI[1], root($tei))[1]"/>
    <xsl:variable name="bibl" select="(($doc/self::tei:TEI, $doc/tei:TEI)[1]/tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:bibl)[1]"/>
    <xsl:variable name="scope" select="$bibl/tei:biblScope[@unit = 'item'][1]"/>
    <xsl:variable name="n" select="(normalize-space($scope/@n)[. != ''], normalize-space($scope)[. != ''])[1]"/>
    <xsl:variable name="digits" select="if (matches($n, '^\d')) then replace($n, '^(\d+).*$', '$1') else ''"/>
    <xsl:sequence select="if (empty($n)) then '~'
                          else if ($digits != '') then substring('00000000', string-length($digits) + 1) || $n
                          else $n"/>
  </xsl:function>

  <!-- How a numbered point's @n is printed before it: "1." for a number, "(a)" for a letter. -->
  <xsl:function name="f:point-label" as="xs:string">
    <xsl:param name="n" as="xs:string"/>
    <xsl:sequence select="if (matches($n, '^[a-z]$')) then '(' || $n || ')' else $n || '.'"/>
  </xsl:function>

  <!-- The id an @ref or @target points to: the part after '#', else the whole. -->
  <xsl:function name="f:ref-id" as="xs:string">
    <xsl:param name="ref" as="xs:string?"/>
    <xsl:sequence select="if (contains($ref, '#')) then substring-after(normalize-space($ref), '#') else normalize-space($ref)"/>
  </xsl:function>

  <!-- The element of the same document a name's @corresp points to (FRUS: "<persName
       corresp="#p_KHA1">Kissinger</persName>" to its list of persons), or none. -->
  <xsl:function name="f:corresp-target" as="element()?">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="id" select="tokenize(normalize-space($name/@corresp))[1][starts-with(., '#')] ! substring(., 2)"/>
    <xsl:sequence select="if ($id and not($name/ancestor::tei:ref or $name/ancestor::tei:ptr))
                          then key('f:xml-id', $id, f:document($name))[not(. is $name)][1] else ()"/>
  </xsl:function>
  <xsl:key name="f:xml-id" match="*[@xml:id]" use="@xml:id"/>

  <!-- What a @corresp target says, as a reader is told it: its list item whole ("Kissinger,
       Henry A., Assistant to the President ..."), else its own text; without its notes. -->
  <xsl:function name="f:corresp-text" as="xs:string">
    <xsl:param name="target" as="element()"/>
    <xsl:variable name="entry" select="($target/ancestor::tei:item[1], $target)[1]"/>
    <xsl:sequence select="replace(normalize-space(string-join($entry//text()[not(ancestor::tei:note)])), '\s+([,.;:])', '$1')"/>
  </xsl:function>

  <!-- The names of an entity the index of its kind refers from to its entry, where a text writes
       them: a person's pseudonyms and other romanisations, a place's other names ("Canton, see
       Guangzhou"); not one that begins as the entry's name does ("Mao Tse-tung" by "Mao Zedong").
       (The print's indexes and the HTML's lists of persons and places, each refers from those a
       text uses.) -->
  <xsl:function name="f:see-forms" as="xs:string*">
    <xsl:param name="entity" as="element()?"/>
    <xsl:variable name="names" select="$entity/(tei:persName, tei:placeName)"/>
    <xsl:variable name="main" select="normalize-space(($names[@type = 'main'], $names)[1])"/>
    <xsl:variable name="first" select="lower-case(tokenize($main, '[\s,]+')[1])"/>
    <xsl:sequence select="distinct-values((
        $names[@type = 'pseudonym'],
        $names[@type = ('wade-giles', 'pinyin') or self::tei:placeName and @type = 'variant']
              [not(lower-case(tokenize(normalize-space(.), '[\s,]+')[1]) = $first)]
        )/normalize-space()[. != ''][. != $main])"/>
  </xsl:function>

  <!-- A name form as the editions compare it with another: its letters' case and its apostrophes'
       kind aside ("SAVEL'YEV", "Savel’yev" one form; a text's "P’eng", the authority file's "P'eng") -->
  <xsl:function name="f:form-key" as="xs:string">
    <xsl:param name="form" as="xs:string"/>
    <xsl:sequence select="lower-case(f:typographic(normalize-space($form)))"/>
  </xsl:function>

  <!-- The person, place or org in the document's standOff that @ref points to. -->
  <xsl:function name="f:entity" as="element()?">
    <xsl:param name="context" as="node()"/>
    <xsl:param name="ref" as="xs:string?"/>
    <!-- (the first of its pointers; without tokenize's regular expression: this runs several
         times for every name of a text) -->
    <xsl:variable name="id" select="f:ref-id(substring-before(normalize-space($ref) || ' ', ' '))"/>
    <xsl:sequence select="if ($id) then key('f:entity', $id, f:document($context))[1] else ()"/>
  </xsl:function>

  <!-- The TEI document a node is in: in the print volume, where the documents share one tree,
       its own (a document's names are looked up in its own standOff, not in the first document
       of the volume that has the same id: what a telegram prints depends on it alone). -->
  <xsl:function name="f:document" as="node()">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="($node/ancestor-or-self::tei:TEI[1], root($node))[1]"/>
  </xsl:function>

  <!-- An entity's kind: person, place or org. -->
  <xsl:function name="f:entity-kind" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="local-name($entity)"/>
  </xsl:function>

  <!-- An entity's main name as the editions show it: the name typed main, else its first name,
       with typographic apostrophes and quotation marks (the authority file's "People's
       Liberation Army": People’s), as its identification beside it in a tooltip. -->
  <xsl:function name="f:entity-name" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="f:typographic(f:entity-name-as-typed($entity))"/>
  </xsl:function>

  <!-- That name as the authority file types it: for comparing with other names and sorting. -->
  <xsl:function name="f:entity-name-as-typed" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:variable name="names" select="$entity/(tei:persName, tei:placeName, tei:orgName)"/>
    <xsl:sequence select="normalize-space(($names[@type = 'main'], $names, $entity/@xml:id)[normalize-space()][1])"/>
  </xsl:function>

  <!-- An entity's identification note, with its life dates for persons. -->
  <xsl:function name="f:entity-identification" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:variable name="life" select="if ($entity/(tei:birth, tei:death)/@when)
        then '(' || substring(string(($entity/tei:birth/@when, '?')[1]), 1, 4) || '–' || substring(string(($entity/tei:death/@when, '?')[1]), 1, 4) || ')' else ''"/>
    <xsl:sequence select="normalize-space(string-join((f:entity-name($entity), $life[. != ''],
        ($entity/tei:note[@type = 'identification'], $entity/tei:note[not(@type = 'unresolved')],
         $entity[tei:note/@type = 'unresolved'] ! 'not yet identified')[1] ! f:identification(normalize-space(.), $entity)[. != ''] ! ('— ' || .)), ' '))"/>
  </xsl:function>

  <!-- Words set in parentheses, their own parentheses made brackets, as parentheses within
       parentheses are set: "(Joseph Stalin, Works, vol. 18 [2006])"; the lists had "(... (2006))". -->
  <xsl:function name="f:parenthesised" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="translate(string($s), '()', '[]')"/>
  </xsl:function>

  <!-- A note as a page prints it: the straight quotation marks and apostrophes the authority
       file is typed with as typographic ones (signed as "Filippov": “Filippov”; People's:
       People’s).  Only for display: the TEI keeps what the editor typed. -->
  <xsl:function name="f:typographic" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <!-- an opening mark at the start, after a space, a bracket or a dash; any other a closing one
         (an apostrophe is a closing single quotation mark).  By string functions, not regular
         expressions: this runs for every entity a page names, and Saxon's regular expressions,
         tried at every character, were a tenth of a telegram page's time. -->
    <xsl:variable name="double" select="f:quote-marks('', '', string($text), '&quot;', '“', '”', ' &#9;&#10;&#13;([{—–‘')"/>
    <xsl:sequence select="f:quote-marks('', '', $double, &quot;'&quot;, '‘', '’', ' &#9;&#10;&#13;([{—–“')"/>
  </xsl:function>

  <!-- An identification note of the authority file as a page prints it: typographic quotation
       marks (f:typographic), and the en dash of a range the file types with a hyphen: years
       ("1943-1949": 1943–1949), months ("January-February 1949") and months of two years
       ("January 1949-January 1953").  Only for the edition's own
       notes: a source's text and titles keep their hyphens. -->
  <xsl:function name="f:identification" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:sequence select="f:identification($text, ())"/>
  </xsl:function>

  <!-- (entity: the entry the note is of; the hyphenated names its document gives,
       "Gheorghiu-Dej", "Alma-Ata", are names, not pairs) -->
  <xsl:function name="f:identification" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:param name="entity" as="node()?"/>
    <!-- (each rewrite needs a hyphen: a note without one, most, is spared Saxon's regular
         expressions, which were a quarter of a telegram page's time, its entities' notes) -->
    <xsl:variable name="typographic" select="f:typographic($text)"/>
    <xsl:variable name="ranges" select="if (not(contains($typographic, '-'))) then $typographic else f:ranges($typographic)"/>
    <!-- (the document's names looked through only for a note with two capitalised words joined;
         a note that only says the entry's name, "Albania." under Albania, says nothing) -->
    <xsl:variable name="said" select="normalize-space($text)"/>
    <xsl:sequence select="if (exists($entity) and lower-case(if (ends-with($said, '.')) then substring($said, 1, string-length($said) - 1) else $said)
                                                   = lower-case(f:entity-name-as-typed($entity))) then ''
        else if (contains($ranges, '-') and matches($ranges, '\p{Lu}\p{Ll}+-\p{Lu}'))
        then f:name-pairs($ranges, root($entity)//(tei:persName | tei:placeName | tei:orgName)[contains(., '-')] ! normalize-space())
        else $ranges"/>
  </xsl:function>

  <!-- A note's ranges of years and months with an en dash (f:identification); the same notes
       recur from page to page of a batch (cached for the transformation: the "pages" template's
       batch, the print volume; strings in, a string out). -->
  <xsl:function name="f:ranges" as="xs:string" cache="yes">
    <xsl:param name="text" as="xs:string"/>
    <xsl:variable name="month" select="'(January|February|March|April|May|June|July|August|September|October|November|December)'"/>
    <xsl:sequence select="$text
        => replace('(^|[^0-9-])([0-9]{4})-([0-9]{4})($|[^0-9-])', '$1$2–$3$4')
        => replace($month || '-' || $month || '( [0-9]{4})', '$1–$2$3')
        => replace('([0-9]{4})-' || $month, '$1–$2')"/>
  </xsl:function>

  <!-- Two names a hyphen joins as a pair, with the en dash the edition's title sets between
       them: "the Stalin-Mao cables" (Stalin–Mao), "the Beijing-Hankou line".  Not a compound
       whose first word is a prefix or combining form ("Sino-Soviet", "All-Union", "Vice-Premier",
       "North-East"), an office ("Secretary-General"), the given name after a family name ("Kim
       Il-Sung"), nor a hyphenated name the edition knows (names). -->
  <xsl:function name="f:name-pairs" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="names" as="xs:string*"/>
    <xsl:variable name="prefix" select="'^(Sino|Anglo|Franco|Russo|Indo|Afro|Euro|Austro|Greco|Italo|Judeo|Socio|All|Vice|Trans|Pan|Anti|Pro|Non|Ex|Post|Pre|Neo|Inter|Super|Sub|Co|Counter|Semi|Mid|Pseudo|North|South|East|West)$'"/>
    <!-- the text in words and the spaces between them, a word with its punctuation -->
    <xsl:variable name="tokens" select="analyze-string($text, '\s+')/* ! string(.)"/>
    <xsl:variable name="pair" select="'^([^\p{L}]*)(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)([^\p{L}\-]*)$'"/>
    <xsl:variable name="parts" select="for $i in 1 to count($tokens) return
        let $t := $tokens[$i] return if (not(contains($t, '-'))) then $t else
        let $first := replace($t, $pair, '$2'), $second := replace($t, $pair, '$3') return
        if (matches($t, $pair) and not(matches($first, $prefix)) and $second ne 'General'
            and not($i gt 2 and matches($tokens[$i - 2], '^\p{Lu}\p{Ll}*$'))
            and not(some $n in $names satisfies contains($n, $first || '-' || $second)))
        then replace($t, $pair, '$1$2–$3$4') else $t"/>
    <xsl:sequence select="string-join($parts)"/>
  </xsl:function>

  <!-- A title or heading set in quotation marks (“Telegram to ... the Cruiser "Chungking"”): its own
       marks, straight or typographic, become single ones inside the double ones the edition adds. -->
  <xsl:function name="f:quoted" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:sequence select="'“' || translate(f:typographic(normalize-space($text)), '“”', '‘’') || '”'"/>
  </xsl:function>

  <!-- rest with each mark made open (at the start of the text or after one of the characters
       openers) or close; done: the text before rest, its marks made; last: the character
       before rest ('' at the start of the text). -->
  <xsl:function name="f:quote-marks" as="xs:string">
    <xsl:param name="done" as="xs:string"/>
    <xsl:param name="last" as="xs:string"/>
    <xsl:param name="rest" as="xs:string"/>
    <xsl:param name="mark" as="xs:string"/>
    <xsl:param name="open" as="xs:string"/>
    <xsl:param name="close" as="xs:string"/>
    <xsl:param name="openers" as="xs:string"/>
    <xsl:variable name="before" select="substring-before($rest, $mark)"/>
    <xsl:variable name="prev" select="if ($before) then substring($before, string-length($before)) else $last"/>
    <xsl:sequence select="if (not(contains($rest, $mark))) then $done || $rest
        else f:quote-marks($done || $before || (if ($prev = '' or contains($openers, $prev)) then $open else $close),
                           $mark, substring-after($rest, $mark), $mark, $open, $close, $openers)"/>
  </xsl:function>

  <!-- The blocks that open and close a quoted message (rend="quoted" on a quote or div):
       generate-id of its first and last paragraph, salute, signature, dateline or heading,
       outside notes, omissions and page breaks ('' when none).  Both editions put the
       quotation marks there; the side-by-side view, which shows the blocks one by one, too. -->
  <xsl:function name="f:quote-ends" as="xs:string+">
    <xsl:param name="quoted" as="element()?"/>
    <xsl:variable name="inner" select="$quoted/*[not(self::tei:gap or self::tei:pb or self::tei:milestone or self::tei:note)]"/>
    <xsl:variable name="blocks" select="$inner/descendant-or-self::*[self::tei:p or self::tei:salute or self::tei:signed
        or self::tei:dateline or self::tei:seg[parent::tei:opener or parent::tei:closer] or self::tei:head][not(ancestor::tei:note)]"/>
    <!-- (a quotation the copy never closes, rend="quoted unclosed", gets no closing mark) -->
    <xsl:sequence select="($blocks[1] ! generate-id(.), '')[1],
        (if (tokenize($quoted/@rend) = 'unclosed') then '' else $blocks[last()] ! generate-id(.), '')[1]"/>
  </xsl:function>

  <!-- The mark that opens (or closes) the quoted message a block is of: single where the source
       quotes it in single marks (rend="quoted single"), else double. -->
  <xsl:function name="f:quote-mark" as="xs:string">
    <xsl:param name="block" as="element()"/>
    <xsl:param name="closing" as="xs:boolean"/>
    <xsl:variable name="single" select="tokenize($block/ancestor-or-self::*[tokenize(@rend) = 'quoted'][1]/@rend) = 'single'"/>
    <xsl:sequence select="if ($single) then (if ($closing) then '’' else '‘') else (if ($closing) then '”' else '“')"/>
  </xsl:function>

  <!-- A person's name as an index files it: "Stalin, Joseph", "Kuznetsov, V. V."; a Chinese or
       Korean name as it is, the family name first ("Mao Zedong", "Kim Il Sung", "Pak Hon-yong"):
       known by its pinyin or Wade-Giles forms in the authority file, by a family name of the
       region first, by a given name of syllables joined by a hyphen ("Tsiang Ting-fu"), or as
       a name of two syllables whose person the authority file describes as Korean or Chinese
       ("Nam Il": "... of the Korean People's Army"; not "Syngman Rhee", not "Mark Clark",
       "American general ... in Korea"); an office named without its holder as it is ("Secretary
       of State", "Consul at Tihwa": both indexes filed them "State, Secretary of" and "Tihwa,
       Consul at"). -->
  <xsl:function name="f:index-name" as="xs:string">
    <xsl:param name="person" as="element()"/>
    <xsl:variable name="name" select="normalize-space(f:entity-name-as-typed($person))"/>
    <xsl:variable name="words" select="tokenize($name, ' ')"/>
    <xsl:variable name="main" select="($person/tei:persName[@type = 'main'], $person/tei:persName)[1]"/>
    <xsl:variable name="office" select="exists($main/tei:roleName[@type = 'office']) and empty($main/(* except tei:roleName))
        and normalize-space(string-join($main/text(), '')) = ''"/>
    <!-- a surname the authority file marks (persName/surname): filed by it, the other names after
         the comma, "Clark Kerr, Archibald" (its last word alone was taken: "Kerr, Clark"); a name
         that begins with its surname is filed as it is named -->
    <xsl:variable name="surname" select="normalize-space($main/tei:surname[1])"/>
    <xsl:variable name="given" select="normalize-space(string-join($main/(node() except tei:surname[1]), ''))"/>
    <!-- a wife named by her husband's name, "Madame Chiang Kai-shek": filed by his name as the
         index files it, the title after it, "Chiang Kai-shek, Madame" (its last word was taken
         for the surname: "Kai-shek, Madame Chiang") -->
    <xsl:variable name="titled" select="count($words) gt 2 and matches($words[1], '^(Madame|Mme|Mrs|Miss|Ms)\.?$')"/>
    <xsl:sequence select="
        if ($surname != '') then (if (starts-with($name, $surname) or $given = '') then $name else $surname || ', ' || $given)
        else if (count($words) lt 2 or $office or $person/tei:persName[@type = ('wade-giles', 'pinyin')]
            or f:family-name-first($words, $person)) then $name
        else if ($titled and f:family-name-first($words[position() gt 1], $person)) then string-join($words[position() gt 1], ' ') || ', ' || $words[1]
        else $words[last()] || ', ' || string-join($words[position() lt last()], ' ')"/>
  </xsl:function>

  <!-- True for the words of a Chinese, Korean or Vietnamese name, its family name first: one of
       the region's family names first, a given name of syllables joined by a hyphen after one
       word ("Tsiang Ting-fu"), or two syllables of a person the authority file describes as of
       the region (f:index-name). -->
  <xsl:function name="f:family-name-first" as="xs:boolean">
    <xsl:param name="words" as="xs:string*"/>
    <xsl:param name="person" as="element()"/>
    <xsl:sequence select="lower-case(replace($words[1], '[’'']', '')) = $f:family-names
            or matches($words[last()], '^[A-Z][a-z]+-[a-z]+$') and count($words) = 2
            or count($words) = 2 and (every $w in $words satisfies f:one-syllable($w)) and f:east-asian($person)"/>
  </xsl:function>

  <!-- True for a word of one syllable as Chinese and Korean names are romanised: "Nam",
       "Il", "Xiao", "Ch'en" (one group of vowels, at most six letters). -->
  <xsl:function name="f:one-syllable" as="xs:boolean">
    <xsl:param name="word" as="xs:string"/>
    <xsl:variable name="w" select="replace($word, '[’'']', '')"/>
    <xsl:sequence select="matches($w, '^[A-Z][a-z]{0,5}$')
        and count(tokenize(lower-case($w), '[^aeiouy]+')[. != '']) = 1"/>
  </xsl:function>

  <!-- True when the authority file's notes on a person describe a Korean or Chinese (and no
       Soviet, American, ... person working in Korea or China). -->
  <xsl:function name="f:east-asian" as="xs:boolean">
    <xsl:param name="person" as="element()"/>
    <xsl:variable name="said" select="tokenize(string-join($person/tei:note[not(@type = 'unresolved')], ' '), '[^\p{L}]+')"/>
    <xsl:sequence select="$said = ('Korea', 'Korean', 'DPRK', 'China', 'Chinese', 'CCP', 'PLA', 'PRC', 'Guomindang',
                                   'Vietnam', 'Vietnamese', 'DRV')
        and not($said = ('Soviet', 'USSR', 'Russian', 'American', 'US', 'British', 'Indian', 'Japanese', 'Yugoslav',
                         'Bulgarian', 'French', 'Australian', 'Canadian', 'Turkish'))"/>
  </xsl:function>

  <!-- Family names of China, Korea and Vietnam (family-names.xml beside this file, which the
       converter reads too). -->
  <xsl:variable name="f:family-names" as="xs:string+"
      select="distinct-values(doc('family-names.xml')/family-names/region/tokenize(normalize-space(.), ' '))"/>

  <!-- The names of the people in a correspondence action of the given type. -->
  <xsl:function name="f:correspondents" as="xs:string*">
    <xsl:param name="tei" as="node()"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:sequence select="root($tei)//tei:correspDesc/tei:correspAction[@type = $type]/(tei:persName, tei:orgName, tei:name)
        ! normalize-space(.)"/>
  </xsl:function>

  <!-- True when a pointer may be rendered as a link: http(s), an in-page '#id', or a plain
       relative path.  javascript:, data:, file: and every other scheme are never links. -->
  <xsl:function name="f:safe-target" as="xs:boolean">
    <xsl:param name="target" as="xs:string?"/>
    <xsl:variable name="t" select="normalize-space($target)"/>
    <xsl:sequence select="$t != '' and not(contains($t, ' '))
        and (matches($t, '^https?://[^\s]+$', 'i') or not(matches($t, '^[^/?#]*:')))
        and not(matches($t, '^\s*(javascript|vbscript|data|file):', 'i'))"/>
  </xsl:function>

  <!-- A numbered document's number where its heading does not give it (FRUS: "1." before "The
       Ambassador in France (Caffery) to the Acting Secretary of State"): it is how the document
       is cited.  '' for a division without @n, or whose heading says it ("1. Memorandum of ..."). -->
  <xsl:function name="f:div-number" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:variable name="n" select="normalize-space($div[self::tei:div or self::tei:div1 or self::tei:div2 or self::tei:div3 or self::tei:div4]/@n)"/>
    <xsl:sequence select="if ($n and not(tokenize(string-join($div/tei:head[1]//text()[not(ancestor::tei:note)], ''), '\W+') = $n))
                          then $n else ''"/>
  </xsl:function>

  <!-- The title of an item of a compilation as a citation gives it: without the item's number
       when the title begins with it and the citation gives it ("no. 1"): "1. THE TELEGRAM FROM
       ...", "No. 41 TELEGRAM ...", "Document 5: Ciphered Telegram ..." were cited with the number
       twice. -->
  <xsl:function name="f:item-title" as="xs:string">
    <xsl:param name="title" as="element()"/>
    <xsl:variable name="t" select="normalize-space($title)"/>
    <xsl:variable name="n" select="normalize-space($title/../*[local-name() = 'biblScope'][@unit = 'item'][1]/@n)"/>
    <xsl:variable name="numbered" select="'^((No\.|Document(\s+No\.)?)\s*)?' || $n || '[.:]?\s+'"/>
    <xsl:sequence select="if (matches($n, '^(\d+|[IVXLC]+)$') and matches($t, $numbered || '\S', 'i')) then replace($t, $numbered, '', 'i') else $t"/>
  </xsl:function>

  <!-- The headings the text shows of its own, squashed (f:squash), each also without the item's
       number it begins with ("Document 1" / "Mikoyan to Stalin, 1949-02-01", "No. 31 SHTYKOV TO
       ..."): the source's heading is not shown again above the text ("As headed in the source")
       where the text shows it under its number. -->
  <xsl:function name="f:shown-heads" as="xs:string*">
    <xsl:param name="tei" as="element()"/>
    <xsl:for-each select="$tei/tei:text//tei:head[not(parent::tei:list or parent::tei:table)]
                          ! normalize-space(string-join(.//text()[not(ancestor::tei:note)], ''))">
      <xsl:sequence select="f:squash(.), f:squash(replace(., '^((No\.|Document(\s+No\.)?)\s*)?\d+[.:]?\s+(\S)', '$4', 'i'))"/>
    </xsl:for-each>
  </xsl:function>

  <!-- A second signature where one of the two runs over lines (each signer under his office,
       "Chairman of the Council of People's Commissars" / "V. Ulyanov-Lenin"): both editions set it
       apart from the one above, which it otherwise reads as going on; one-line names stacked
       ("LIU SHAOQI" / "GAO GANG") stay close. -->
  <xsl:function name="f:signer-apart" as="xs:boolean">
    <xsl:param name="e" as="node()"/>
    <xsl:variable name="above" select="$e/self::tei:signed/preceding-sibling::*[1][self::tei:signed]"/>
    <xsl:sequence select="exists($above) and exists(($e, $above)//tei:lb)"/>
  </xsl:function>

  <!-- How an element asks to be set, in words both editions know: its @rend tokens (lower case),
       and what the renditions its @rendition points to (the header's tagsDecl: CSS, as FRUS
       declares them) and its @style say, as right, center, left, italic, smallcaps, bold,
       underline.  A pointer to no rendition with content is read by its name ("#right"). -->
  <xsl:function name="f:renditions" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <!-- (nothing asked, nothing to work out: most elements, and this runs for each) -->
    <xsl:if test="$e/(@rend, @rendition, @style)">
      <xsl:sequence select="f:renditions-asked($e)"/>
    </xsl:if>
  </xsl:function>
  <xsl:function name="f:renditions-asked" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="declared" select="$e/ancestor::tei:TEI[1]/tei:teiHeader/tei:encodingDesc/tei:tagsDecl/tei:rendition"/>
    <xsl:variable name="pointers" select="tokenize(normalize-space($e/@rendition)) ! replace(., '^#', '')"/>
    <xsl:variable name="css" select="lower-case(string-join(($e/@style, $declared[@xml:id = $pointers]), ';'))"/>
    <xsl:sequence select="distinct-values((tokenize(lower-case(normalize-space($e/@rend))),
        $pointers[not(. = $declared[normalize-space()]/@xml:id)] ! lower-case(.),
        if (matches($css, '(text-align|float)\s*:\s*right')) then 'right' else (),
        if (matches($css, 'text-align\s*:\s*center')) then 'center' else (),
        if (matches($css, '(text-align|float)\s*:\s*left')) then 'left' else (),
        if (matches($css, 'font-style\s*:\s*italic')) then 'italic' else (),
        if (matches($css, 'font-variant(-caps)?\s*:\s*(all-)?small-caps')) then 'smallcaps' else (),
        if (matches($css, 'font-weight\s*:\s*(bold|[6-9]00)')) then 'bold' else (),
        if (matches($css, 'text-decoration[^;]*underline')) then 'underline' else ()))"/>
  </xsl:function>

  <!-- True for a table cell set at the right, as figures are: a cell of a column whose cells
       all hold a number only ("4,500", "120", "-3.5", "12%"; not "40,000 tons"), and the heading
       over it.  (In a column of quantities with their units a lone "120" stays at the left with
       the others.)  Columns are counted with the cells' @cols. -->
  <xsl:function name="f:numeric-cell" as="xs:boolean">
    <xsl:param name="cell" as="element(tei:cell)"/>
    <xsl:variable name="column" select="f:cell-column($cell)"/>
    <xsl:variable name="cells" select="$cell/../../tei:row[not(@role = 'label')]/tei:cell[not(@role = 'label')]
        [f:cell-column(.) = $column][normalize-space()]"/>
    <xsl:sequence select="exists($cells) and (every $c in $cells satisfies f:is-number($c))
        and ($cell/(@role, ../@role) = 'label' or not(normalize-space($cell)) or f:is-number($cell))"/>
  </xsl:function>
  <xsl:function name="f:is-number" as="xs:boolean">
    <xsl:param name="cell" as="element(tei:cell)"/>
    <xsl:sequence select="matches(normalize-space($cell), '^[-+&#x2212;]?\d([\d,.&#xA0;&#x202F; ]*\d)?\s?%?$')"/>
  </xsl:function>
  <xsl:function name="f:cell-column" as="xs:integer">
    <xsl:param name="cell" as="element(tei:cell)"/>
    <xsl:sequence select="xs:integer(sum($cell/preceding-sibling::tei:cell ! (if (@cols castable as xs:integer) then xs:integer(@cols) else 1))) + 1"/>
  </xsl:function>

  <!-- A text's letters and digits only, in lower case: two headings or citations that say the same. -->
  <xsl:function name="f:squash" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:sequence select="lower-case(replace(string($text), '[\W_]+', ''))"/>
  </xsl:function>

  <!-- True for a gloss that is an editor's addition, shown in square brackets: an identification
       ("Filippov [Stalin]"), or one an editor is responsible for.  Other glosses are words of the
       text that the encoding explains: FRUS marks "Dept" as a gloss pointing to its list of
       abbreviations (@target), and the addressee of a heading as a gloss of type "to"; put in
       brackets they read as words an editor added ("to the [Acting Secretary of State]"). -->
  <xsl:function name="f:editorial-gloss" as="xs:boolean">
    <xsl:param name="gloss" as="element()"/>
    <xsl:sequence select="$gloss/@type = 'identification' or exists($gloss/@resp) or not($gloss/@target or $gloss/@type)"/>
  </xsl:function>

  <!-- The named behaviour an element of the text gets in every edition (cf. the TEI
       Processing Model): block, inline, heading, note, entity-link, date, dateline,
       break, gap, gloss, certainty, quote, list, omit. -->
  <xsl:function name="f:behaviour" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="n" select="local-name($e)"/>
    <xsl:sequence select="
        if ($n = ('persName', 'placeName', 'orgName') and $e/@ref) then 'entity-link'
        else if ($n = 'date') then 'date'
        else if ($n = 'dateline') then 'dateline'
        else if ($n = 'note') then 'note'
        else if ($n = ('pb', 'lb', 'cb', 'milestone')) then 'break'
        else if ($n = 'gap') then 'gap'
        else if ($n = 'gloss') then 'gloss'
        else if ($n = 'certainty') then 'certainty'
        else if ($n = ('q', 'quote', 'said')) then 'quote'
        else if ($n = 'list') then 'list'
        else if ($n = 'head') then 'heading'
        else if ($n = ('p', 'ab', 'div', 'opener', 'closer', 'salute', 'signed', 'postscript', 'byline', 'docImprint',
                       'item', 'lg', 'l', 'table', 'figure', 'titlePage', 'front', 'back', 'body')) then 'block'
        else if ($n = ('teiHeader', 'standOff', 'fw', 'facsimile', 'xenoData')) then 'omit'
        else 'inline'"/>
  </xsl:function>
  <!-- Who made a witness's book and its edition, as a citation gives them: "eds. Chen Jian and
       Vladislav Zubok", "comp. R. K. I. Quested" (the editors of one role together), "2nd ed.",
       "Reprinted 1952". -->
  <xsl:function name="f:bibl-makers" as="xs:string*">
    <xsl:param name="bibl" as="element()"/>
    <xsl:for-each-group select="$bibl/tei:editor[normalize-space()]" group-by="string((@role, 'editor')[1])">
      <xsl:variable name="names" select="current-group() ! normalize-space(.)"/>
      <xsl:sequence select="(if (current-grouping-key() = 'compiler') then 'comp. ' else if (count($names) gt 1) then 'eds. ' else 'ed. ')
          || (if (count($names) gt 1) then string-join($names[position() lt last()], ', ') || ' and ' || $names[last()] else $names)"/>
    </xsl:for-each-group>
    <!-- (in the run of a citation: "reprinted 1952") -->
    <xsl:sequence select="$bibl/tei:edition[normalize-space()] ! normalize-space(.) ! (lower-case(substring(., 1, 1)) || substring(., 2))"/>
  </xsl:function>

  <!-- Whose works a witness's book is: its author as printed; else, for works named by their
       kind alone ("Works", "Selected Works", as a web page of an author's texts names them), the
       sender, whose works they are (the HTML edition's lists name them so too). -->
  <xsl:function name="f:bibl-author" as="xs:string?">
    <xsl:param name="bibl" as="element()"/>
    <!-- (its own document's: a volume holds many) -->
    <xsl:variable name="sender" select="$bibl/ancestor::tei:TEI[1]/tei:teiHeader/tei:profileDesc/tei:correspDesc
        /tei:correspAction[@type = 'sent']/tei:persName[@ref][1]"/>
    <xsl:sequence select="($bibl/tei:author[normalize-space()][1] ! normalize-space(.),
        $sender[matches(normalize-space($bibl/tei:title[@level = 'm'][1]), '^((Selected|Collected|Complete) )?Works$', 'i')]
          ! (f:entity(., @ref) ! f:entity-name(.), normalize-space(.))[1])[1]"/>
  </xsl:function>

  <!-- A biblScope as the edition cites it: "vol. 3", "p. 5", "pp. 148–150", "issues 6–7", "no. 5"
       (a range of numbers with an en dash, the edition's style, whatever the source's hyphen: the
       edition composes this line; a citation it prints as the source gives it keeps its own;
       tei.readings.issue_scope, an issue's, in Python). -->
  <xsl:function name="f:scope" as="xs:string">
    <xsl:param name="scope" as="element()"/>
    <xsl:variable name="range" select="matches($scope, '[-‐‑–/&amp;]|\sand\s')"/>
    <!-- (a part as printed, its word with it: "Part 2", "Part Two: Korea") -->
    <xsl:sequence select="(map {'volume': 'vol. ', 'page': if ($range) then 'pp. ' else 'p. ', 'part': '',
                                'issue': if ($range) then 'issues ' else 'issue '}($scope/@unit), 'no. ')[1]
                          || replace(normalize-space($scope), '(\d)\s*[-‐‑]\s*(\d)', '$1–$2')"/>
  </xsl:function>

  <!-- A note of the source's editor that is one remark, its first word no label of what follows:
       "(Signed as Chairman of ... and dated)" ("Signed" runs on into the sentence; "[Handwritten:
       ...]" is a label and the words it labels).  The editions set such a remark whole in italics. -->
  <xsl:function name="f:remark" as="xs:boolean">
    <xsl:param name="note" as="element()"/>
    <xsl:variable name="after" select="$note/tei:label[1]/following-sibling::node()[1]"/>
    <xsl:sequence select="exists($note/tei:label[1]) and not($note/tei:label[1]/preceding-sibling::node()[normalize-space()])
                          and $after instance of text() and not(matches(string($after), '^\s*[:.]'))"/>
  </xsl:function>

  <!-- A postscript the source marks by no "P.S." (the instruction to the relaying ambassador
       under the signature, signed again): the editions mark it as one, with a short rule. -->
  <xsl:function name="f:unlabelled-postscript" as="xs:boolean">
    <xsl:param name="ps" as="element()"/>
    <xsl:sequence select="$ps/self::tei:postscript and not(f:postscript-labelled($ps))"/>
  </xsl:function>

  <!-- Whether an element's text begins with a postscript's label ("P.S.", "P.P.S.", "PS", "Postscript"). -->
  <xsl:function name="f:postscript-labelled" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="matches(normalize-space(string-join($e//text(), '')),
                          '^(\(?(P\.\s*)+S\.?|PS(\W|$)|Post[\s-]?scriptum|Postscript)', 'i')"/>
  </xsl:function>

  <!-- A note of the source's description as the editions cite it: a citation printed in capitals
       in the title case the converter gives beside the printed form (choice: reg, not orig), as
       the cited titles are; any other note's text.  Without the colon of a line that led into
       the text ("From the Dimitrov Diary:"), which dangles where the citation stands alone. -->
  <xsl:function name="f:as-cited" as="xs:string">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="replace(normalize-space(string-join($note/(text() | tei:choice/tei:reg), '')), '\s*:$', '')"/>
  </xsl:function>

  <!-- The same note as the source prints it (choice: orig). -->
  <xsl:function name="f:as-printed" as="xs:string">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="normalize-space(string-join($note/(text() | tei:choice/tei:orig), ''))"/>
  </xsl:function>

  <!-- The source's notes on the text to show, apart from its archival line ("Source: ...") and
       FRUS's file line ("File: 661.00/3–851: Telegram."), which the file number's own line shows. -->
  <xsl:function name="f:source-notes" as="element()*">
    <xsl:param name="bibl" as="element()*"/>
    <xsl:sequence select="$bibl/tei:note[@type = 'source'][not(starts-with(normalize-space(.), 'Source:'))]
        [not(some $file in ../tei:idno[@type = 'file'] satisfies starts-with(normalize-space(.), 'File: ' || normalize-space($file)))]"/>
  </xsl:function>

  <!-- A printing the witness names (relatedItem's bibl): where the converter read it as a
       periodical's issue (title, issue, date, no text between), its parts to cite: the title
       first ("Soldier of the Revolution", "no. 12", "1918"); else its text as written, one string.
       (Its straight quotation marks typeset, as the source's citation's are: “Daily Review,”.) -->
  <xsl:function name="f:related-parts" as="xs:string*">
    <xsl:param name="bibl" as="element()"/>
    <xsl:sequence select="(if ($bibl/tei:title and not($bibl/text()[normalize-space()]))
        then ($bibl/tei:title[1], $bibl/tei:biblScope ! ('no. ' || normalize-space(.)), $bibl/tei:date) ! normalize-space(.)[.]
        else normalize-space($bibl)) ! f:unstopped(f:typographic(.))"/>
  </xsl:function>

  <!-- $s without the full stop that ends a sentence of the source's ("..., 7 October, 1951.",
       a web page's date "July 2, 1959."), which the editions end as each of them ends its lines
       (the HTML's rows with none, the print's with one); not an abbreviation's ("Ed.", "Ltd."). -->
  <xsl:function name="f:unstopped" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="replace($s, '(\d|\p{Ll}{3}|[)\]”’&quot;])\.$', '$1')"/>
  </xsl:function>

  <!-- The series a witness's book is a volume of: "Documents on Soviet Foreign Policy, vol. 3". -->
  <xsl:function name="f:bibl-series" as="xs:string*">
    <xsl:param name="bibl" as="element()"/>
    <xsl:sequence select="$bibl/tei:series[normalize-space()] ! string-join((tei:title ! normalize-space(.),
                          tei:biblScope ! f:scope(.)), ', ')"/>
  </xsl:function>
</xsl:stylesheet>
