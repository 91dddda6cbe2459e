"""The forms a date takes in the sources: month names and numerals, ordinals, days spelled out,
the patterns find_dates tries, and what turns a match into a value (a year inferred from the
telegram's own date where the text gives none; a time after the date)."""

from __future__ import annotations

import calendar
import datetime
import re

from ..regexes import led
from ..vocab import CABLE_KIND, IRREGULAR_PAST
from .values import at_time, DateValue
from .words import _month, DAY_WORD, DAY_WORDS, MONTH, OF, ORD, THE, YEAR, YEAR_IN_WORDS, year_from_words


# the words that may follow a year and never a count: articles, conjunctions, verbs' helpers,
# pronouns, prepositions ("for 1951 the plan", "for 1951 may be used", "for 1950 and 1951")
AFTER_A_YEAR = ("the|a|an|and|or|but|as|is|was|were|are|be|been|will|would|may|might|can|could|should|shall|must"
                "|has|have|had|not|also|already|in|on|at|to|by|from|with|into|we|you|they|it|he|she|our|your|their"
                "|its|this|that|these|those|which|who")

# what may not follow a day and month in figures without the year ("2.3."): a figure or a word glued to it,
# or "of", "above", "below" (a point of a draft, "2.3. of the draft"); "and", "or" only before another such
# day and month ("of 3.2. and 5.2."; "points 2.3. and 2.4. of the draft" are none)
_DAY_MONTH = r"(?:[1-9]|[12]\d|3[01])\.(?:[1-9]|1[0-2])\."
_NOT_A_DAY_MONTH_AFTER = (r"\s?\d|\w|\s+(?:of|above|below)\b"
                          rf"|\s+(?:and|or)\b(?!\s+{_DAY_MONTH}(?!\s?\d|\w|\s+(?:of|above|below)\b))")

# a quantity's change before "by": "by 2.5." after it is a decimal at the sentence's end, not a date
DECIMAL_BY = re.compile(r"\b(?:ris(?:e|es|en)|rose|grow|grows|grew|grown|increase[ds]?|decrease[ds]?|reduced?|raised?|cut|fell"
                        r"|fallen|falls?|dropped|drops?|multiplied|divided|exceed(?:s|ed)?|higher|lower|more|less|times)\s+$", re.I)
# a verb in the past: the day it tells of is past ("On the 27th Kim Il Sung asked me", written on 3 July: 27 June)
_PAST = (r"(?!(?:[a-z]*ceed|need|feed|speed|indeed|heed|seed|breed|bleed)\b)[a-z]+ed|was|were|had|did"
         rf"|{IRREGULAR_PAST}|began|flew|became|brought|fell|led|lost|ran|stood|won|set\s+out")
# a past verb of the clause before a date without its year, no verb to come between ("He left on 5.3.", "we
# received on 3 March"; not "he was to leave on", "it was decided that he will leave on"): a day the telegram's
# date has not reached is last year's
PAST_BEFORE = re.compile(rf"\b(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?:{_PAST})\b"
                         r"(?:\s+(?!(?:will|shall|would|should|to|is|are|be|must|can|may|might|that|which|when|if|whether)\b)[\w’'-]+){0,4}?\s*$")

# Order matters: spans before single dates, longer forms before shorter.
# each with what it needs in the text: a month's name, digits with a separator, a year, an
# ordinal (a pattern that needs what the text lacks cannot match and is not tried; one that
# needs it is run only near it)
# the days between a list's first and its last ("5, 6 and 7 February": ", 6")
_MORE_DAYS = rf"(?:,\s*\d{{1,2}}{ORD}?(?!\d))*"
# a month in roman figures, in capitals or in small letters ("III", "iii"; not "Iii"), read with its year only
ROMAN_MONTH = r"(?:[IVX]{1,4}|[ivx]{1,4})"

# a word naming a point of a text, and the numbers of points listed after it ("clause 2.ii.48", "points 4.iv.50 and
# 4.v.50", "Point 2.v.49"), at the end of the text before a number
_POINT_BEFORE = re.compile(r"\b(?:(?:sub-?)?points?|clauses?|paragraphs?|items?|sections?|articles?|§§?)\s+"
                           r"(?:[\w.]+(?:,\s*|\s+(?:and|or|to)\s+))*$", re.I)

PATTERNS = [
    # a date in both Russian styles, the Old (Julian) and the New (Gregorian) in brackets, as Lenin's works
    # date what he wrote before 1918: "October 25 (November 7), 1917", "November 11 (24), 1917", "December 20,
    # 1917 (January 2, 1918)": one date, the New Style's (the Gregorian calendar's, as ISO dates are); first,
    # before the spans and single dates read parts of it
    ("old-style", re.compile(rf"\b(?P<m0>{MONTH})\s+(?P<d0>\d{{1,2}})(?:,\s*(?P<y0>{YEAR}))?\s*\(\s*(?:(?P<m>{MONTH})\s+)?"
                             rf"(?P<d>\d{{1,2}})(?:,\s*(?P<yn>{YEAR}))?\s*\)(?:,?\s+(?P<y>{YEAR}))?(?!\d)"), "month"),
    ("span-years", re.compile(rf"\b(?:from\s+)(?P<y1>{YEAR})\s+(?:to|till|until|through)\s+(?P<y2>{YEAR})\b", re.I), "year"),
    ("span-days", re.compile(rf"\b(?:from\s+)?(?P<d1>\d{{1,2}}){ORD}?\s*(?:[-–]|\s(?:to|till|until)\s)\s*"
                             rf"(?P<d2>\d{{1,2}}){ORD}?\s+(?:{OF}\s+)?(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?\b"), "month"),
    ("span-days", re.compile(rf"\b(?P<m>{MONTH})\s+(?P<d1>\d{{1,2}}){ORD}?\s*[-–]\s*(?P<d2>\d{{1,2}}){ORD}?(?!\d)"
                             rf"(?:,?\s+(?P<y>{YEAR}))?\b"), "month"),  # "January 14-16, 1949"
    # a date in both calendars set apart by a stroke, the Old Style first, as the Church and the emigration
    # kept writing them after 1918: "10/23 January 1945", "23 January/5 February 1949" (the New Style's the
    # value, where it is the Old's the calendars' gap on; else the days are two, as below)
    ("both-styles", re.compile(rf"(?<![\d/.])(?P<d0>\d{{1,2}})(?:\s+(?P<m0>{MONTH}))?\s*/\s*(?P<d>\d{{1,2}})\s+(?:{OF}\s+)?"
                               rf"(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?\b"), "month"),
    # "the night of 14/15 January 1949": two days
    ("span-days", re.compile(rf"(?<![\d/.])(?P<d1>\d{{1,2}})/(?P<d2>\d{{1,2}})\s+(?:{OF}\s+)?(?P<m>{MONTH})"
                             rf"(?:,?\s+(?P<y>{YEAR}))?\b"), "month"),
    # or the month first, "the night of February 4/5, 1950"
    ("span-days", re.compile(rf"\b(?P<m>{MONTH})\s+(?P<d1>\d{{1,2}})/(?P<d2>\d{{1,2}})(?![\d/])"
                             rf"(?:,?\s+(?P<y>{YEAR}))?\b"), "month"),
    # "between 10 and 15 February 1949" (after "between" only: "on 10 and 15 February" are two days)
    ("span-days", re.compile(rf"(?<=\b[Bb]etween )(?P<d1>\d{{1,2}}){ORD}?\s+and\s+(?P<d2>\d{{1,2}}){ORD}?\s+"
                             rf"(?:{OF}\s+)?(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?\b"), "between"),
    # two days of one month, or a list of them, "On 20 and 21 January", "on 5, 6 and 7 February",
    # "January 20 and 21, 1951": a date for each day
    ("two-days", re.compile(rf"\b(?P<d1>\d{{1,2}}){ORD}?(?P<more>{_MORE_DAYS}),?\s+and\s+(?P<d2>\d{{1,2}}){ORD}?\s+(?:{OF}\s+)?(?P<m>{MONTH})"
                            rf"(?:,?\s+(?P<y>{YEAR}))?\b"), "month"),
    ("two-days", re.compile(rf"\b(?P<m>{MONTH})\s+(?P<d1>\d{{1,2}}){ORD}?(?P<more>{_MORE_DAYS}),?\s+and\s+(?P<d2>\d{{1,2}}){ORD}?(?!\d)"
                            rf"(?:,?\s+(?P<y>{YEAR}))?\b"), "month"),
    # a Russian date of before 14 February 1918 in both calendars, the Old Style first and the New in
    # brackets (the New Style's the value): "24 January (6 February) 1918", "5 (18) January 1918", (the month first: above)
    ("old-style", re.compile(rf"\b(?P<d0>\d{{1,2}})\s+(?:(?P<m0>{MONTH})\s+)?\((?P<d>\d{{1,2}})\s+(?P<m>{MONTH})\),?"
                             rf"\s+(?P<y>{YEAR})\b"), "month"),
    ("old-style", re.compile(rf"\b(?P<d0>\d{{1,2}})\s+\((?P<d>\d{{1,2}})\)\s+(?P<m>{MONTH}),?\s+(?P<y>{YEAR})\b"), "month"),
    # (before the single dates: the last day alone is no date)
    # days of a roman (or, with the year's four figures, an arabic) month and its year: "5–7.II.49", "5-7.2.1949"
    # (a space either side of a separator too, as the single dates below read them: "5 - 7 . II . 49", "5-7 . 3 . 1949";
    # else those would read the last day alone)
    ("span-days", re.compile(rf"(?<![\w./-])(?P<d1>\d{{1,2}}) ?[-–] ?(?P<d2>\d{{1,2}}) ?(?P<sep>[./])\s?(?P<m>{ROMAN_MONTH})"
                             rf" ?(?P=sep)\s?(?:(?P<y>{YEAR})|(?P<yy>\d\d))(?!\d)(?! ?[./-]\s?\d)"), "sep"),
    ("span-days", re.compile(rf"(?<![\w./-])(?P<d1>\d{{1,2}}) ?[-–] ?(?P<d2>\d{{1,2}}) ?(?P<sep>[./]) ?(?P<m>\d{{1,2}}) ?(?P=sep)"
                             rf" ?(?P<y>{YEAR})(?!\d)(?! ?[./-]\s?\d)"), "sep"),
    ("numeric", re.compile(rf"(?<![\d-])(?P<y>{YEAR})-(?P<m>\d\d)-(?P<d>\d\d)(?![\d-])"), "sep"),  # ISO, "1949-01-14"
    # (a roman month may stand between two different separators: "19/XI-1951")
    # (nor glued to a letter: "l7.III.49" is OCR's "17", not the 7th)
    # (a space either side of a separator, as a typist sets them: "12 . 3 . 1949", "12 - III - 1949"; the roman
    # month in lower case too, "12-iii-1949")
    ("numeric", re.compile(rf"(?<![\w./-])(?P<d>\d{{1,2}}) ?(?P<sep>[./-])\s?(?P<m>\d{{1,2}}(?= ?(?P=sep))|{ROMAN_MONTH})"
                           rf" ?[./-]\s?(?P<y>{YEAR})(?![\d])"), "sep"),  # "10.01.1949", "6. II. 1949", "14/1/1949", "18-IV-1949"
    # the month's name between stops, as a cipher office's received line: "Received 19:55 13.June.1951"
    ("day-month", re.compile(rf"(?<![\w./-])(?P<d>\d{{1,2}})\.(?P<m>{MONTH})\.(?P<y>{YEAR})(?!\d)"), "month"),
    # year first, as Chinese documents write it: "1949.1.15", "1949/01/15"
    ("numeric", re.compile(rf"(?<![\w./-])(?P<y>{YEAR})(?P<sep>[./])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?!\d|[./]\d)"), "sep"),
    # a roman month makes a two-digit year safe to read: "13.V.50", "18-IV-49", "20/IV/49", and
    # with two separators "19/XI-51" (the century from the telegram's date, else 19)
    ("numeric-short", re.compile(rf"(?<![\w./-])(?P<d>\d{{1,2}}) ?[./-]\s?(?P<m>{ROMAN_MONTH}) ?[./-]\s?(?P<yy>\d\d)"
                                 r"(?![\d])(?![./-]\d)"), "sep"),
    # the day, a slash, the arabic month, a hyphen and the year, as Soviet clerks dated a cable under it:
    # "13/5-50. Roshchin", "13/5-1950" (the two different marks make it a date, not a fraction)
    ("numeric-short", re.compile(rf"(?<![\w./-])(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})-(?:(?P<y>{YEAR})|(?P<yy>\d\d))"
                                 r"(?![\d])(?![./-]\d)"), "sep"),
    # an arabic month and a two-figure year after a word that speaks of a day: "the telegram of
    # Kim Il Sung of 14.7.52", "on 9.2.49 at 23.00" (the year near the telegram's own: see _value)
    ("numeric", re.compile(r"(?:(?<=\b[Oo]f )|(?<=\b[Oo]n )|(?<=\b[Dd]ated )|(?<=\b[Ff]rom )|(?<=\b[Uu]ntil )|(?<=\b[Bb]y )"
                           r"|(?<=\b[Ss]ince )|(?<=\b[Bb]efore )|(?<=\b[Aa]fter ))(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<yy>\d\d)"
                           r"(?!\d)(?![./-]\d)"), "sep"),
    # a day and a roman month without the year: "completed by 20.V.", "on 19/XII.", "on 4-5.IV."
    ("span-days", re.compile(r"(?<![\w./-])(?P<d1>\d{1,2}) ?[-–] ?(?P<d2>\d{1,2}) ?[./]\s?(?P<m>[IVX]{1,4})\.(?!\s?\d)"), "sep"),
    ("day-month", re.compile(r"(?<![\w./-])(?P<d>\d{1,2})[./]\s?(?P<m>[IVX]{1,4})\.(?!\s?\d)"), "sep"),
    # or without the stop after a word that speaks of a day: "until 20.II to conclude" (not "point 20.II"),
    # "your telegram of 29.IX has been received"
    ("day-month", re.compile(r"(?:(?<=\b[Uu]ntil )|(?<=\b[Tt]ill )|(?<=\b[Bb]y )|(?<=\b[Oo]n )|(?<=\b[Ff]rom )|(?<=\b[Bb]efore )"
                             r"|(?<=\b[Aa]fter )|(?<=\b[Ss]ince )|(?<=\b[Dd]ated )|(?<=\btelegram of )|(?<=\bcable of )"
                             r"|(?<=\bletter of )|(?<=\bmessage of ))(?P<d>\d{1,2})[./]\s?(?P<m>[IVX]{1,4})(?=[\s,;:)]|$)"), "sep"),
    # a day and an arabic month with the stop after each and no year, after a word that speaks of a
    # day: "your telegram of 19.2.", "telegram No. 241 of 3.11.", "on 5.3. he left", "by 2.5." (the year the
    # telegram's); not a point's number or a decimal, "point 2.3.", "a rate of 4.5.", "on 2.3. of the draft",
    # "on 2.3. and 2.4. of the draft", "risen by 2.5." (see DECIMAL_BY); "of 3.2. and 5.2.": two days (LISTED_DAY_MONTH)
    ("day-month", re.compile(rf"\b(?:(?:{CABLE_KIND}|letter|message|note)s?(?:\s+No\.\s*\d+)?\s+of|[Dd]ated|[Oo]n"
                             r"|[Uu]ntil|[Tt]ill|[Ss]ince|[Bb]y)\s+(?P<date>(?P<d>[1-9]|[12]\d|3[01])\.(?P<m>[1-9]|1[0-2])\.)"
                             rf"(?!{_NOT_A_DAY_MONTH_AFTER})"), "sep"),
    # the next days of such a list: "of 3.2. and 5.2.", "on 3.2., 5.2. or 7.2." (only after a date read so: see finder)
    ("listed-day-month", re.compile(r"(?:(?<=\d\. and )|(?<=\d\. or )|(?<=\d\., ))(?P<date>(?P<d>[1-9]|[12]\d|3[01])\."
                                    rf"(?P<m>[1-9]|1[0-2])\.)(?!{_NOT_A_DAY_MONTH_AFTER})"), "sep"),
    # the year first, as some translations keep it: "1950, April 3", "fixed for 1950 April 20"
    ("month-day", re.compile(rf"\b(?P<y>{YEAR}),?\s+(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?:{ORD})?(?!\d|,?\s+{YEAR})\b"), "month"),
    # or the day before the month: "1950, 5th February", "1951, 14 March" (not where a year of its own follows)
    ("day-month", re.compile(rf"\b(?P<y>{YEAR}),\s+(?P<d>\d{{1,2}}){ORD}?\s+(?:{OF}\s+)?(?P<m>{MONTH})\b(?!,?\s+{YEAR})"), "month"),
    # a two-digit year after a month's name, "25 January 49" (read only near the telegram's own year)
    ("day-month", re.compile(rf"\b(?:{THE}\s+)?(?P<d>\d{{1,2}}){ORD}?\s+(?:{OF}\s+)?(?P<m>{MONTH}),?\s+(?P<yy>\d\d)(?!\d|[.,:/\-]\d)"
                             rf"(?!\s*(?:%|per\b|[a-z]))"), "month"),
    ("day-month", re.compile(rf"\b(?:{THE}\s+)?(?P<d>\d{{1,2}}){ORD}?\s+(?:{OF}\s+)?(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?\b"), "month"),
    ("day-month", re.compile(rf"\b(?:{THE}\s+)?(?P<dw>{DAY_WORD})\s+{OF}\s+(?P<m>{MONTH})"
                             rf"(?:,?\s+(?:(?P<y>{YEAR})\b|(?P<yw>{YEAR_IN_WORDS})))?\b",
                             re.I), "spelled"),  # "the fourteenth of January, 1949", "..., nineteen forty-nine"
    ("month-day", re.compile(rf"\b(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?:{ORD})?(?!\d)(?:,?\s+(?P<y>{YEAR}))?\b"), "month"),
    ("month-year", re.compile(rf"\b(?P<m>{MONTH}),?\s+(?P<y>{YEAR})\b"), "month"),
    # A bare year only after a preposition that makes it one ("in 1947"), never "43 persons".
    ("year", re.compile(rf"\b(?:[Ii]n|of|[Ss]ince|until|by|[Ff]rom)\s(?P<date>(?P<y>{YEAR}))\b(?![-–]\d)"), "year"),
    # after "for" a year only where no count's noun follows it, as the telegrams use it ("the
    # credit for 1951 may be used in 1950", "the trade agreement for 1950."; not "for 1951 roubles",
    # "for 1950 trucks"): at the sentence's end or its pause, or before a word no number counts
    ("year", re.compile(rf"\b[Ff]or\s(?P<date>(?P<y>{YEAR}))(?![-–]\d|[.,]\d)"
                        rf"(?=\s*(?:$|[.,;:!?)\]]|\s(?:{AFTER_A_YEAR})\b))"), "year"),
    # a day of the telegram's month: "your telegram of the 24th received", "on the 30th." (only
    # after a word that speaks of a day, "of", "on", "by": "The 1st, 2nd and 5th Corps" is no
    # date, and where the sentence goes on as a date's would: "of the 4th Field Army" is none)
    # (after "telegram of", whatever follows: "After their telegram of the 12th the Political Bureau ...")
    ("day-only", re.compile(rf"\b(?:{CABLE_KIND}|letter|message)s?\sof\s(?P<date>the\s+(?P<d>[1-9]|[12]\d|3[01]){ORD}"
                            r"(?:\s+(?P<inst>inst|ult|prox)(?:\.|(?:ant|imo)?\b)"  # ("of the 28th inst.")
                            r"|(?![\w-])(?!(?:,|\s+and|\s+or)\s*\d)(?!\s+[A-Z])))"), "the-day"),  # (not "of the 3rd Corps")
    ("day-only", re.compile(rf"(?:(?<=\b(?:of|[Oo]n|[Bb]y|to) )|(?<=\b(?:[Ff]rom|till) )|(?<=\b(?:[Aa]fter|[Uu]ntil|[Ss]ince) )"
                            rf"|(?<=\b[Bb]efore )|(?<=\blater than )|(?<=\bearlier than ))the\s+(?P<d>[1-9]|[12]\d|3[01]){ORD}"
                            # "the 11th inst." (of this month) or "ult." (of the last): the word is the date's;
                            # so are "of last month", "of this month", "of next month"
                            r"(?:\s+(?P<inst>inst|ult|prox)(?:\.|(?:ant|imo)?\b)"
                            r"|\s+of\s+(?:the\s+)?(?P<rel>last|past|previous|this|present|current|next|coming)\s+month\b"
                            r"|(?![\w-])(?!(?:,|\s+and|\s+or)\s*\d)"
                            r"(?=\s*(?:$|[.,;:!?)])|\s(?:received|in|at|from|to|until|till|we|I|he|she|they|it|there|is"
                            r"|was|were|has|had|have|will|would|shall|should|without|unless|if|but|and(?!\s+\d))\b))"), "the-day"),
    # or without "the", as cables write it: "no further sightings since 12th.", "arrived on 8th."
    # (its ordinal's letters said; not before a noun, "on 3rd floor", "since 12th century"; nor after
    # "of": "File of 8th", a copy list's directorate)
    ("day-only", re.compile(rf"(?:(?<=\b(?:[Oo]n|[Bb]y) )|(?<=\b(?:[Ff]rom|till) )|(?<=\b(?:[Aa]fter|[Uu]ntil|[Ss]ince) )"
                            rf"|(?<=\b[Bb]efore ))(?P<d>[1-9]|[12]\d|3[01]){ORD}(?![\w-])(?!(?:,|\s+and|\s+or)\s*\d)"
                            r"(?=\s*(?:$|[.,;:!?)])|\s(?:received|we|I|he|she|they|it|there|is|was|were|has|had|have|will"
                            r"|would|shall|should|without|unless|if|but)\b)"), "bare-day"),
    # a day in words with "instant" or "ultimo" (or "of this month"), as older cables write it: "the
    # twelfth instant" (in words only with such a word: "the twelfth" alone is no date)
    ("day-only", re.compile(rf"\b{THE}\s+(?P<dw>(?i:{DAY_WORD}))\s+(?:(?P<inst>inst|ult|prox)(?:\.|(?:ant|imo)?\b)"
                            r"|of\s+(?:the\s+)?(?P<rel>last|past|previous|this|present|current|next|coming)\s+month\b)"),
     "instant"),
    # a newspaper's day in cable shorthand, without "of the": "Local press 14th reports", "Pravda
    # 3rd writes" (a day before a verb of reporting, the issue's: past, never a day to come)
    ("day-only", re.compile(rf"(?<=[A-Za-z] )(?<!the )(?<!The )(?P<d>[1-9]|[12]\d|3[01]){ORD}(?P<reported>)"
                            r"(?=\s+(?:reports?|reported|states?|stated|announces?|announced|says|said|writes|wrote"
                            r"|publishes|published|carries|carried|prints|printed)\b)"), "bare-day"),
    # or the day that ends a dateline or a sentence after a comma: "Peking, the 14th", "today, the 2nd."
    ("day-only", re.compile(rf"(?:^|(?<=, ))[Tt]he\s+(?P<d>[1-9]|[12]\d|3[01]){ORD}(?![\w-])(?=\s*(?:$|[.;]))"), "the-day"),
]
# (each led by a look-ahead for the characters its dates begin with: "\b" and look-behinds at a
# pattern's head are tried at every position of the text, a class is skipped to)
PATTERNS = [(kind, led(pattern), needs) for kind, pattern, needs in PATTERNS]


# a time right after a day's date: "14 May 1950, 03:35", "3 January, 11 p.m.", "10.1.49, 23.30",
# "3 October 1950, at 01:30" (minutes in two digits, or the hour with a.m./p.m.); "24:00", the end
# of the day (see at_time); after a dash as FRUS prints it, "January 14, 1950—6 p.m."
HOUR = r"(?P<h>[01]?\d|2[0-3]|24(?=[:.]00))"
# the hour and minutes in four figures, as the military write them: "0330 hrs", "2400 hours"
# (or before the clock it was read by: "at 2340 Moscow time")
MILITARY_HOUR = (r"(?P<h3>[01]\d|2[0-3]|24(?=00))(?P<min3>[0-5]\d)(?:\s*(?:hours|hrs)\b\.?"
                 r"|(?=\s+(?-i:[A-Z][a-z]+)\s+time\b))")
# (or after a slash, as a Romanian cable's form writes it: "10.05.1975/04:00")
TIME_AFTER = re.compile(rf"(?:,?\s+|\s*[—–]\s*|/(?=\d\d?[:.]\d\d))(?:at\s+)?(?:{HOUR}[:.](?P<min>[0-5]\d)(?!\d|[.:]\d)(?:\s*(?:hours|hrs)\b)?"
                        r"(?:\s*(?P<ap1>[ap])\.\s?m\.?)?|(?P<h2>1[0-2]|0?[1-9])\s*(?P<ap2>[ap])\.\s?m\.?"
                        # (the hours and minutes each with its word, as Russian forms write them: "03 hrs. 15 min.")
                        r"|(?P<h4>[01]?\d|2[0-3])\s*(?:hours|hrs\.?|h\.)\s*(?P<min4>[0-5]?\d)\s*(?:minutes|min\.?)"
                        rf"|{MILITARY_HOUR})", re.I)


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _infer_year(month: int, day: int, context: str, forward: bool = False, past: bool = False) -> int | None:
    """The year of a date written without one, from the telegram's own date.

    A date more than two months after the telegram's is taken as last year's (a cable of
    January that mentions 30 December).  Where the text looks ahead (forward: "by 1 May",
    "not later than 5 February") the window turns round: a date more than two months before
    the telegram's is next year's (a cable of November: "by 1 February"), and only one more
    than nine months after it is last year's.  Where a verb in the past tells of it (past: "He left
    on 5.3." in a cable of 20 February) it is the last such day, last year's where this year's is
    more than a week after the telegram's date (a few days after it are the telegram's reception,
    "received on 24 November", an editor's later note, or the writer's slip: this year's).
    """
    if not context:
        return None
    if len(context) < 7:  # the telegram dated to the year only: that year
        return int(context[:4])
    year, ref_month = int(context[:4]), int(context[5:7])
    ahead = month - ref_month
    if ahead > (9 if forward else 2) or past and _over_a_week_after(year, month, day, context):
        year -= 1
    elif forward and ahead < -2:
        year += 1
    return year


def _over_a_week_after(year: int, month: int, day: int, context: str) -> bool:
    try:
        return (datetime.date(year, month, day) - datetime.date.fromisoformat(context[:10])).days > 7
    except ValueError:  # (a telegram dated to its month, or no such day)
        return False


# words that make a date without its year one to come: "supply arms by 1 May", "until
# 15 March", "not later than 5 February", "no longer than to 1 December", "in the period from
# 1 to 15 May", "they will leave on 3 March", "the stocks will last to 1 December", "from 20 May on",
# "should not be postponed beyond the 18th of November", "postponed to 3 March"
FORWARD_BEFORE = led(re.compile(r"(?:\b(?:[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Bb]eyond|(?:postponed|put off|deferred|adjourned) to"
                                r"|(?:[Nn]ot|[Nn]o) (?:later|longer) than(?: (?:to|until|till))?"
                                r"|[Ii]n the period(?: from)?|[Bb]eginning|[Ss]tarting(?: from)?)"
                                # (or may, might: "may continue from the 6th"; not "may have ...", done)
                                r"|\b(?:will|shall|may|might)\s+(?!have\b)(?:[\w’'-]+\s+){0,3}?(?:on|in|at|by|to|from)"
                                # an arrival or departure to come in the present tense: "when he arrives on
                                # the 2nd", "as soon as the train leaves on"
                                r"|\b(?:[Ww]hen|[Oo]nce|[Aa]s soon as|[Uu]ntil)\s+(?:[\w’'-]+\s+){1,3}?"
                                r"(?:arrives|comes|reaches|returns|leaves|departs|gets)\s+(?:[\w’'-]+\s+){0,2}?(?:on|by|at))"
                                r"\s+(?:the\s+)?$"))
FROM_ON = (re.compile(r"\b[Ff]rom\s+(?:the\s+)?$"), re.compile(r"\s+(?:on|onwards?)\b"))


def _forward(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is one to come, as the words before it (or
    "from ... on" around it) say."""
    before = text[max(0, start - 60):start]
    return bool(FORWARD_BEFORE.search(before) or (FROM_ON[0].search(before) and FROM_ON[1].match(text, end)))


def _value(kind: str, m: re.Match, context: str, g: dict | None = None) -> DateValue | None:
    """The date a match gives (g: its groups, where the caller reads them otherwise)."""
    g = g or m.groupdict()
    if kind == "span-years":
        return DateValue(from_=g["y1"], to=g["y2"]) if g["y1"] < g["y2"] else None
    if kind == "year":
        return DateValue(when=g["y"])
    if kind == "old-style":
        return _new_style(g)
    if kind == "both-styles":
        return _both_styles(g, context)
    if kind == "day-only":
        return _day_of_month(_day(g), m.string[:m.start("date") if "date" in m.re.groupindex else m.start()], context,
                             RELATIVE_MONTH.get(g.get("inst") or g.get("rel") or "", g.get("inst")), past=g.get("reported") is not None,
                             future=FUTURE_AFTER.match(m.string, m.end()) is not None)
    if kind == "numeric" and g.get("d") and (g.get("m") or "").isdigit() and g.get("y") and g.get("sep") \
            and m.start("d") < m.start("y"):
        day, month = int(g["d"]), int(g["m"])
        # the month first, as an American translation writes a form's dates ("received at
        # 05.29.1962 at 20:24"), where read so the date is the telegram's own ("06.04.1962" on a
        # cable of 4 June 1962; elsewhere "10.13.1949" is no date, "06.04.1962" the 6th of April)
        if day != month and context[:10] == f"{int(g['y']):04d}-{day:02d}-{month:02d}":
            g = {**g, "d": str(month), "m": str(day)}
    month = _month(g["m"])
    if month is None:
        return None
    inferred = False
    roman_span = kind == "span-days" and re.fullmatch(r"[IVX]{1,4}", g.get("m") or "") is not None  # ("5–7.II.49", as "7.II.49")
    # (a roman month in small letters, as a point's numbers are written, "3.iv.12": its two figures a year only near the
    # telegram's own, "12-iii-49", and never after a word naming a point, "clause 2.ii.48", "sub-points 4.iv.50 and 4.v.50")
    small_roman = (g.get("m") or "").islower()
    if g.get("yy") and ((kind != "numeric-short" and not roman_span) or small_roman) \
            and not (context[:4].isdigit() and abs(int(context[2:4]) - int(g["yy"])) <= 10):
        return None  # "25 January 49": a year only near the telegram's own
    if g.get("yy") and small_roman and _POINT_BEFORE.search(m.string, 0, m.start()):
        return None
    if g.get("yy"):
        year = int((context[:2] if context[:4].isdigit() else "19") + g["yy"])
        if context[:4].isdigit() and year > int(context[:4]) + 10:  # a telegram of 2001 citing 13.V.50
            year -= 100
    elif g.get("y"):
        year = int(g["y"])
    elif g.get("yw"):
        year = year_from_words(g["yw"])
    elif kind == "month-year":
        return None
    else:
        start = m.start("date") if "date" in m.re.groupindex else m.start()
        forward = _forward(m.string, start, m.end())
        past = not forward and bool(PAST_BEFORE.search(m.string, max(0, start - 60), start))
        year = _infer_year(month, _day(g), context, forward, past)
        if year is None:
            return None
        said = YEAR_SAID.match(m.string, m.end()) if context[:4].isdigit() else None
        if said:  # "on 1.III of next year": the year the words say, from the telegram's
            year = int(context[:4]) + (1 if said.group(1).lower() in ("next", "coming", "following") else -1)
        inferred = True
    if kind == "month-year":
        return DateValue(when=f"{year:04d}-{month:02d}")
    if kind == "span-days":
        d1, d2 = int(g["d1"]), int(g["d2"])
        if not (d1 < d2 and _valid(year, month, d1) and _valid(year, month, d2)):
            return None
        return DateValue(from_=f"{year:04d}-{month:02d}-{d1:02d}", to=f"{year:04d}-{month:02d}-{d2:02d}",
                         inferred=inferred)
    day = _day(g)
    if not _valid(year, month, day):
        return None
    return DateValue(when=f"{year:04d}-{month:02d}-{day:02d}", inferred=inferred)


def _new_style(g: dict) -> DateValue | None:
    """The New Style (Gregorian) date of a date given in both calendars: the one in brackets,
    where it is the Old Style's 12 or 13 days on (else they are two dates, not one) and Russia
    still kept the Old (to February 1918).  Where the brackets give the day alone, "November 11
    (24)", it is the Old's month, or the next where the day is smaller, "January 31 (13)"."""
    old_month = _month(g.get("m0") or g["m"])
    new_month = _month(g["m"]) if g["m"] else old_month if old_month is None or int(g["d"]) > int(g["d0"]) \
        else old_month % 12 + 1
    said = g.get("yn") or g.get("y") or g.get("y0")
    if said is None or None in (new_month, old_month):
        return None
    year, new_day, old_day = int(said), int(g["d"]), int(g["d0"])
    old_year = int(g["y0"]) if g.get("y0") else year - 1 if old_month == 12 and new_month == 1 else year
    if year > 1918 or not (_valid(year, new_month, new_day) and _valid(old_year, old_month, old_day)):
        return None
    if (datetime.date(year, new_month, new_day) - datetime.date(old_year, old_month, old_day)).days not in (12, 13):
        return None
    return DateValue(when=f"{year:04d}-{new_month:02d}-{new_day:02d}")


def _both_styles(g: dict, context: str) -> DateValue | None:
    """The New Style date of "10/23 January 1945", "23 January/5 February 1949": the second day,
    where it is the first's Julian date carried into the Gregorian calendar (13 days on in 1900-2099,
    12 in the 19th century); the year, where the text omits it, the telegram's (inferred)."""
    new_month = _month(g["m"])
    old_month = _month(g["m0"]) if g.get("m0") else new_month
    if new_month is None or old_month is None:
        return None
    inferred = not g.get("y")
    if inferred and not context[:4].isdigit():
        return None
    year = int(g["y"] or context[:4])
    old_year = year - 1 if old_month == 12 and new_month == 1 else year
    new_day, old_day = int(g["d"]), int(g["d0"])
    if not (_valid(year, new_month, new_day) and _valid(old_year, old_month, old_day)):
        return None
    century = old_year - 1 if old_month <= 2 else old_year  # (the Julian leap day of a century year falls at February's end)
    gap = century // 100 - century // 400 - 2
    if (datetime.date(year, new_month, new_day) - datetime.date(old_year, old_month, old_day)).days != gap:
        return None
    return DateValue(when=f"{year:04d}-{new_month:02d}-{new_day:02d}", inferred=inferred)


# the verb the day goes with, after it, to come: "on the 13th he will leave", "on the 20th the delegation is to arrive"
FUTURE_AFTER = re.compile(r"\s*,?\s*(?:[\w’'-]+\s+){0,3}?(?:will|shall|is\s+to|are\s+to|is\s+going\s+to|are\s+going\s+to)\b")


def _day_of_month(day: int, before: str, context: str, said: str | None = None, past: bool = False,
                  future: bool = False) -> DateValue | None:
    """"the 24th" in a telegram of 26 June 1949: 24 June.  A day after the telegram's is of
    the month before where the text looks back ("your telegram of the 28th", in a telegram of
    2 July; past: the verb it goes with is in the past), else of the same month ("they will
    leave on the 30th"); "the 28th inst." is of the telegram's month, "the 28th ult." of the
    month before, as they say (said: "inst", "ult"); in a telegram dated to its month only, a day
    of that month, uncertain (it may be the month before's)."""
    year, month = int(context[:4]), int(context[5:7])
    if len(context) < 10:  # (a telegram dated to its month, "c. February 1949": that month's day, uncertain)
        if said in ("ult", "next"):
            year, month = (year, month - 1) if said == "ult" and month > 1 else (year - 1, 12) if said == "ult" \
                else (year, month + 1) if month < 12 else (year + 1, 1)
        if not _valid(year, month, day):
            return None
        return DateValue(when=f"{year:04d}-{month:02d}-{day:02d}", inferred=True, uncertain=said is None)
    today = int(context[8:10])
    if said == "next":
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    # (not where its own verb is to come, whatever reports it: "he told me that on the 13th he will leave";
    # but "your telegram of the 28th will be answered" is a telegram past)
    elif said == "ult" or said is None and day > today and (past or PAST_REFERENCE.search(before)) \
            and not (future and not MESSAGE_OF.search(before)):
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    elif said is None and day < today and FORWARD_BEFORE.search(before[-60:]) and not PAST_AUXILIARY.search(before[-40:]):
        # a day before the telegram's that the text looks ahead to ("we shall send them by the 10th",
        # in a telegram of 28 August): the next month's
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    if not _valid(year, month, day):
        return None
    return DateValue(when=f"{year:04d}-{month:02d}-{day:02d}", inferred=True)


# a day and month the words after them give the year of: "1 March of next year", "of last year"
YEAR_SAID = re.compile(r"\s+of\s+(?:the\s+)?(next|coming|following|last|previous|past)\s+year\b", re.I)
# "the 25th of last month", "of this month", "of next month": the month as the text says (as
# "ult." and "inst." say it)
RELATIVE_MONTH = {"last": "ult", "past": "ult", "previous": "ult", "this": "inst", "present": "inst",
                  "current": "inst", "next": "next", "coming": "next", "prox": "next"}  # ("the 5th prox.", proximo)
# "your telegram of", "the ciphergram No. 12 of", "our talks of": a message of a day, told of later
_MESSAGE_OF = rf"\b(?:{CABLE_KIND}s?|letters?|messages?|notes?|conversations?|talks?|reports?)\s+(?:No\.\s*\d+\s+)?of\s+$"
MESSAGE_OF = re.compile(_MESSAGE_OF, re.I)
PAST_AUXILIARY = re.compile(r"\b(?:had|was|were|did)\b")  # ("had been concentrated by the 10th": done)
PAST_REFERENCE = re.compile(_MESSAGE_OF + (
                            # or a verb of reporting in the past, the day it was done on ("as we reported on
                            # the 30th", "we received your telegram on the 29th"), not one to come ("is
                            # scheduled on", "decided that they will leave on": no will, to, is between)
                            r"|\b(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )"
                            r"(?:reported|received|informed|telegraphed|cabled|wired|wrote|sent|told|notified|replied"
                            r"|answered|advised|communicated|transmitted|forwarded|handed|delivered|asked|requested)"
                            r"(?:\s+(?!(?:will|shall|would|should|to|is|are|be|must|can|may)\b)[\w’'.-]+){0,4}?\s+(?:on|of)\s+$"),
                            re.I)


def _day(g: dict) -> int:
    """The day a match gives, in figures or in words ("fourteenth")."""
    if g.get("dw"):
        return DAY_WORDS[g["dw"].lower()]
    return int(g.get("d") or g.get("d1"))


def _with_time(text: str, end: int, value: DateValue) -> tuple[int, DateValue] | None:
    """A day's date with the time written after it: (the end of both, the date with its time
    to the second, "1949-01-03T23:00:00"), or None."""
    if len(value.when) != 10:
        return None
    m = TIME_AFTER.match(text, end)
    if m is None:
        return None
    hour = int(m.group("h") or m.group("h2") or m.group("h3") or m.group("h4"))
    minute = int(m.group("min") or m.group("min3") or m.group("min4") or 0)
    half = (m.group("ap1") or m.group("ap2") or "").lower()
    if half and not 1 <= hour <= 12:
        return None
    if half:
        hour = hour % 12 + (12 if half == "p" else 0)
    return m.end(), at_time(value, hour, minute)
