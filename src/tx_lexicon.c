/*
 * tx_lexicon.c - the word tables of the temporal tagger.
 *
 * One table per phenomenon; to teach the tagger a word, add a row here.
 * Words are lower case ASCII.  Multi-word expressions are built by the
 * rules in timex.c from these words.
 */
#include "tx_lexicon.h"

#include <string.h>

/* Month names and their news abbreviations. */
static const tx_word months[] = {
    {"january", TXC_MONTH, 1}, {"february", TXC_MONTH, 2}, {"march", TXC_MONTH, 3},
    {"april", TXC_MONTH, 4}, {"may", TXC_MONTH, 5}, {"june", TXC_MONTH, 6},
    {"july", TXC_MONTH, 7}, {"august", TXC_MONTH, 8}, {"september", TXC_MONTH, 9},
    {"october", TXC_MONTH, 10}, {"november", TXC_MONTH, 11}, {"december", TXC_MONTH, 12},
    {"jan", TXC_MONTHABBR, 1}, {"feb", TXC_MONTHABBR, 2}, {"mar", TXC_MONTHABBR, 3},
    {"apr", TXC_MONTHABBR, 4}, {"jun", TXC_MONTHABBR, 6}, {"jul", TXC_MONTHABBR, 7},
    {"aug", TXC_MONTHABBR, 8}, {"sep", TXC_MONTHABBR, 9}, {"sept", TXC_MONTHABBR, 9},
    {"oct", TXC_MONTHABBR, 10}, {"nov", TXC_MONTHABBR, 11}, {"dec", TXC_MONTHABBR, 12},
};

/* Days of the week (ISO numbering, Monday = 1). */
static const tx_word weekdays[] = {
    {"monday", TXC_WEEKDAY, 1}, {"tuesday", TXC_WEEKDAY, 2}, {"wednesday", TXC_WEEKDAY, 3},
    {"thursday", TXC_WEEKDAY, 4}, {"friday", TXC_WEEKDAY, 5}, {"saturday", TXC_WEEKDAY, 6},
    {"sunday", TXC_WEEKDAY, 7},
    {"mon", TXC_WEEKDAY, 1}, {"tue", TXC_WEEKDAY, 2}, {"tues", TXC_WEEKDAY, 2},
    {"wed", TXC_WEEKDAY, 3}, {"thu", TXC_WEEKDAY, 4}, {"thur", TXC_WEEKDAY, 4},
    {"thurs", TXC_WEEKDAY, 4}, {"fri", TXC_WEEKDAY, 5}, {"sat", TXC_WEEKDAY, 6},
    {"sun", TXC_WEEKDAY, 7},
    /* plurals recur: "on Mondays" is a SET (value + 10) */
    {"mondays", TXC_WEEKDAY, 11}, {"tuesdays", TXC_WEEKDAY, 12}, {"wednesdays", TXC_WEEKDAY, 13},
    {"thursdays", TXC_WEEKDAY, 14}, {"fridays", TXC_WEEKDAY, 15}, {"saturdays", TXC_WEEKDAY, 16},
    {"sundays", TXC_WEEKDAY, 17},
};

/* Numbers written as words (compounds like "twenty-four" are two words). */
static const tx_word numwords[] = {
    {"a", TXC_NUMWORD, 1}, {"an", TXC_NUMWORD, 1}, {"one", TXC_NUMWORD, 1},
    {"two", TXC_NUMWORD, 2}, {"three", TXC_NUMWORD, 3}, {"four", TXC_NUMWORD, 4},
    {"five", TXC_NUMWORD, 5}, {"six", TXC_NUMWORD, 6}, {"seven", TXC_NUMWORD, 7},
    {"eight", TXC_NUMWORD, 8}, {"nine", TXC_NUMWORD, 9}, {"ten", TXC_NUMWORD, 10},
    {"eleven", TXC_NUMWORD, 11}, {"twelve", TXC_NUMWORD, 12}, {"thirteen", TXC_NUMWORD, 13},
    {"fourteen", TXC_NUMWORD, 14}, {"fifteen", TXC_NUMWORD, 15}, {"sixteen", TXC_NUMWORD, 16},
    {"seventeen", TXC_NUMWORD, 17}, {"eighteen", TXC_NUMWORD, 18},
    {"nineteen", TXC_NUMWORD, 19}, {"twenty", TXC_NUMWORD, 20}, {"thirty", TXC_NUMWORD, 30},
    {"forty", TXC_NUMWORD, 40}, {"fifty", TXC_NUMWORD, 50}, {"sixty", TXC_NUMWORD, 60},
    {"seventy", TXC_NUMWORD, 70}, {"eighty", TXC_NUMWORD, 80}, {"ninety", TXC_NUMWORD, 90},
    {"hundred", TXC_NUMWORD, 100}, {"thousand", TXC_NUMWORD, 1000},
    {"dozen", TXC_NUMWORD, 12}, {"half", TXC_NUMWORD, -2},
};

/* Ordinal numbers, as words and as suffixed digits' suffixes. */
static const tx_word ordinals[] = {
    {"first", TXC_ORDINAL, 1}, {"second", TXC_ORDINAL, 2}, {"third", TXC_ORDINAL, 3},
    {"fourth", TXC_ORDINAL, 4}, {"fifth", TXC_ORDINAL, 5}, {"sixth", TXC_ORDINAL, 6},
    {"seventh", TXC_ORDINAL, 7}, {"eighth", TXC_ORDINAL, 8}, {"ninth", TXC_ORDINAL, 9},
    {"tenth", TXC_ORDINAL, 10}, {"eleventh", TXC_ORDINAL, 11}, {"twelfth", TXC_ORDINAL, 12},
    {"thirteenth", TXC_ORDINAL, 13}, {"fourteenth", TXC_ORDINAL, 14},
    {"fifteenth", TXC_ORDINAL, 15}, {"sixteenth", TXC_ORDINAL, 16},
    {"seventeenth", TXC_ORDINAL, 17}, {"eighteenth", TXC_ORDINAL, 18},
    {"nineteenth", TXC_ORDINAL, 19}, {"twentieth", TXC_ORDINAL, 20},
    {"thirtieth", TXC_ORDINAL, 30}, {"twenty-first", TXC_ORDINAL, 21},
    {"st", TXC_ORDINAL, -1}, {"nd", TXC_ORDINAL, -1}, {"rd", TXC_ORDINAL, -1},
    {"th", TXC_ORDINAL, -1}, {"last", TXC_ORDINAL, -9},
};

/* Units of time, singular and plural. */
static const tx_word units[] = {
    {"second", TXC_UNIT, TXU_SECOND}, {"seconds", TXC_UNIT, TXU_SECOND | TXU_PLURAL},
    {"minute", TXC_UNIT, TXU_MINUTE}, {"minutes", TXC_UNIT, TXU_MINUTE | TXU_PLURAL},
    {"min", TXC_UNIT, TXU_MINUTE}, {"mins", TXC_UNIT, TXU_MINUTE | TXU_PLURAL},
    {"hour", TXC_UNIT, TXU_HOUR}, {"hours", TXC_UNIT, TXU_HOUR | TXU_PLURAL},
    {"hr", TXC_UNIT, TXU_HOUR}, {"hrs", TXC_UNIT, TXU_HOUR | TXU_PLURAL},
    {"day", TXC_UNIT, TXU_DAY}, {"days", TXC_UNIT, TXU_DAY | TXU_PLURAL},
    {"weekend", TXC_UNIT, TXU_WEEKEND}, {"weekends", TXC_UNIT, TXU_WEEKEND | TXU_PLURAL},
    {"week", TXC_UNIT, TXU_WEEK}, {"weeks", TXC_UNIT, TXU_WEEK | TXU_PLURAL},
    {"fortnight", TXC_UNIT, TXU_FORTNIGHT},
    {"month", TXC_UNIT, TXU_MONTH}, {"months", TXC_UNIT, TXU_MONTH | TXU_PLURAL},
    {"quarter", TXC_UNIT, TXU_QUARTER}, {"quarters", TXC_UNIT, TXU_QUARTER | TXU_PLURAL},
    {"year", TXC_UNIT, TXU_YEAR}, {"years", TXC_UNIT, TXU_YEAR | TXU_PLURAL},
    {"yr", TXC_UNIT, TXU_YEAR}, {"yrs", TXC_UNIT, TXU_YEAR | TXU_PLURAL},
    {"decade", TXC_UNIT, TXU_DECADE}, {"decades", TXC_UNIT, TXU_DECADE | TXU_PLURAL},
    {"century", TXC_UNIT, TXU_CENTURY}, {"centuries", TXC_UNIT, TXU_CENTURY | TXU_PLURAL},
    {"millennium", TXC_UNIT, TXU_MILLENNIUM},
    {"millennia", TXC_UNIT, TXU_MILLENNIUM | TXU_PLURAL},
};

/* Seasons (TIMEX3: SP, SU, FA, WI). */
static const tx_word seasons[] = {
    {"spring", TXC_SEASON, 1}, {"summer", TXC_SEASON, 2}, {"fall", TXC_SEASON, 3},
    {"autumn", TXC_SEASON, 3}, {"winter", TXC_SEASON, 4},
    {"springtime", TXC_SEASON, 1}, {"summertime", TXC_SEASON, 2}, {"wintertime", TXC_SEASON, 4},
};

/* Parts of the day. */
static const tx_word pods[] = {
    {"morning", TXC_POD, TXP_MO}, {"afternoon", TXC_POD, TXP_AF},
    {"evening", TXC_POD, TXP_EV}, {"night", TXC_POD, TXP_NI},
    {"overnight", TXC_POD, TXP_NI}, {"daytime", TXC_POD, TXP_DT},
    {"noon", TXC_POD, TXP_NOON}, {"midday", TXC_POD, TXP_NOON},
    {"midnight", TXC_POD, TXP_MIDNIGHT}, {"mid-afternoon", TXC_POD, TXP_AF},
    {"mid-morning", TXC_POD, TXP_MO}, {"midafternoon", TXC_POD, TXP_AF},
    {"midmorning", TXC_POD, TXP_MO},
    {"mornings", TXC_POD, TXP_MO + 10}, {"afternoons", TXC_POD, TXP_AF + 10},
    {"evenings", TXC_POD, TXP_EV + 10}, {"nights", TXC_POD, TXP_NI + 10},
};

/* The day's turning points, told as times: "at dawn", "by nightfall". */
static const tx_word daylight[] = {
    {"dawn", TXC_DAYLIGHT, TXP_MO}, {"daybreak", TXC_DAYLIGHT, TXP_MO},
    {"sunrise", TXC_DAYLIGHT, TXP_MO}, {"dusk", TXC_DAYLIGHT, TXP_EV},
    {"nightfall", TXC_DAYLIGHT, TXP_EV}, {"sunset", TXC_DAYLIGHT, TXP_EV},
    {"sundown", TXC_DAYLIGHT, TXP_EV},
};

/* Seasons counted ("two summers ago"). */
static const tx_word seasons_pl[] = {
    {"springs", TXC_SEASONS, 1}, {"summers", TXC_SEASONS, 2}, {"autumns", TXC_SEASONS, 3},
    {"winters", TXC_SEASONS, 4},
};

/* Days named relative to the speaker's day. */
static const tx_word reldays[] = {
    {"today", TXC_RELDAY, 0}, {"yesterday", TXC_RELDAY, -1}, {"tomorrow", TXC_RELDAY, 1},
    {"tonight", TXC_RELDAY, 10},
};

/* Direction words before a unit, weekday, month or season. */
static const tx_word dirs[] = {
    {"last", TXC_DIR, -1}, {"past", TXC_DIR, -2}, {"previous", TXC_DIR, -1},
    {"preceding", TXC_DIR, -1}, {"prior", TXC_DIR, -1}, {"this", TXC_DIR, 0},
    {"current", TXC_DIR, 0}, {"present", TXC_DIR, 0}, {"next", TXC_DIR, 1},
    {"coming", TXC_DIR, 2}, {"following", TXC_DIR, 3}, {"upcoming", TXC_DIR, 2},
    {"that", TXC_DIR, 9}, {"same", TXC_DIR, 9}, {"latest", TXC_DIR, 8},
    {"recent", TXC_DIR, -3},
};

/* Position inside a period: "early", "mid", "late". */
static const tx_word posmods[] = {
    {"early", TXC_POSMOD, TXM_START}, {"earlier", TXC_POSMOD, TXM_START},
    {"mid", TXC_POSMOD, TXM_MID}, {"middle", TXC_POSMOD, TXM_MID},
    {"late", TXC_POSMOD, TXM_END}, {"later", TXC_POSMOD, TXM_END},
    {"end", TXC_POSMOD, TXM_END}, {"beginning", TXC_POSMOD, TXM_START},
    {"start", TXC_POSMOD, TXM_START}, {"dawn", TXC_POSMOD, TXM_START},
};

/* Hedges before a quantity of time that TimeML keeps inside the extent
 * ("nearly four years"); "about", "over", "only" stay outside. */
static const tx_word approxes[] = {
    {"around", TXC_APPROX, TXM_APPROX}, {"nearly", TXC_APPROX, TXM_LESS_THAN},
    {"almost", TXC_APPROX, TXM_LESS_THAN}, {"more", TXC_APPROX, TXM_MORE_THAN},
    {"less", TXC_APPROX, TXM_LESS_THAN}, {"least", TXC_APPROX, TXM_EQUAL_OR_MORE},
    {"most", TXC_APPROX, TXM_EQUAL_OR_LESS},
};

/* Vague references to the present, past and future. */
static const tx_word refs[] = {
    {"now", TXC_REF, TXR_PRESENT}, {"currently", TXC_REF, TXR_PRESENT},
    {"nowadays", TXC_REF, TXR_PRESENT}, {"presently", TXC_REF, TXR_PRESENT},
    {"recently", TXC_REF, TXR_PAST}, {"lately", TXC_REF, TXR_PAST},
    {"soon", TXC_REF, TXR_FUTURE}, {"future", TXC_REF, TXR_FUTURE},
    {"once", TXC_REF, TXR_PAST},
};

/* Function words that can begin an expression ("the third quarter", "at
 * least a week"); other words not in any table never start one. */
static const tx_word starters[] = {
    {"the", TXC_STARTER, 1}, {"at", TXC_STARTER, 1}, {"its", TXC_STARTER, 1},
    {"their", TXC_STARTER, 1}, {"no", TXC_STARTER, 1}, {"up", TXC_STARTER, 1},
    {"new", TXC_STARTER, 1}, {"these", TXC_STARTER, 1}, {"fiscal", TXC_STARTER, 1},
    {"twice", TXC_STARTER, 1}, {"comparable", TXC_STARTER, 1}, {"corresponding", TXC_STARTER, 1},
    {"opening", TXC_STARTER, 1}, {"debut", TXC_STARTER, 1}, {"fewer", TXC_STARTER, 1}, {"election", TXC_STARTER, 1}, {"right", TXC_STARTER, 1},
    {"q", TXC_STARTER, 1}, {"h", TXC_STARTER, 1}, {"fy", TXC_STARTER, 1},
    {"near", TXC_STARTER, 1}, {"short", TXC_STARTER, 1}, {"long", TXC_STARTER, 1},
    {"quite", TXC_STARTER, 1}, {"st", TXC_STARTER, 1}, {"saint", TXC_STARTER, 1},
    {"another", TXC_STARTER, 1}, {"well", TXC_STARTER, 1}, {"just", TXC_STARTER, 1},
    {"slightly", TXC_STARTER, 1}, {"close", TXC_STARTER, 1},
    {"ad", TXC_STARTER, 1}, {"lunar", TXC_STARTER, 1}, {"chinese", TXC_STARTER, 1},
    {"full", TXC_STARTER, 1}, {"over", TXC_STARTER, 1},
};

/* Nouns for a span in results news and outlooks ("the latest period",
 * "the near term"). */
static const tx_word periods[] = {
    {"period", TXC_PERIOD, 1}, {"term", TXC_PERIOD, 2},
};

/* Nouns that name the past, present or future after "the" / "at". */
static const tx_word refnouns[] = {
    {"past", TXC_REFNOUN, TXR_PAST}, {"present", TXC_REFNOUN, TXR_PRESENT},
    {"future", TXC_REFNOUN, TXR_FUTURE}, {"moment", TXC_REFNOUN, TXR_PRESENT},
    /* "for a while", "for some time", "at a later date": vague spans and days */
    {"while", TXC_REFNOUN, 0}, {"time", TXC_REFNOUN, 0}, {"date", TXC_REFNOUN, 0},
    {"moments", TXC_REFNOUN, 0},  /* "moments ago" */
};

/* Adverbs of recurrence: a SET with this unit. */
static const tx_word setadvs[] = {
    {"hourly", TXC_SETADV, TXU_HOUR}, {"daily", TXC_SETADV, TXU_DAY},
    {"nightly", TXC_SETADV, TXU_DAY}, {"weekly", TXC_SETADV, TXU_WEEK},
    {"biweekly", TXC_SETADV, TXU_FORTNIGHT}, {"fortnightly", TXC_SETADV, TXU_FORTNIGHT},
    {"monthly", TXC_SETADV, TXU_MONTH},
    {"annually", TXC_SETADV, TXU_YEAR},
    {"yearly", TXC_SETADV, TXU_YEAR}, {"annual", TXC_SETADV, -TXU_YEAR},
    /* adverbs only at a clause end ("dividends are paid quarterly"), not
     * "quarterly profit": r_set */
    {"quarterly", TXC_SETADV, -TXU_QUARTER}, {"semiannually", TXC_SETADV, -TXU_HALF},
    {"biennially", TXC_SETADV, -TXU_DECADE},
};

/* Quantifiers that make a SET ("every week", "each year", "per day"). */
static const tx_word quants[] = {
    {"every", TXC_QUANT, 1}, {"each", TXC_QUANT, 2}, {"per", TXC_QUANT, 3},
};

/* Vague counts ("a few days", "several years"). */
static const tx_word fews[] = {
    {"few", TXC_FEW, 1}, {"several", TXC_FEW, 2}, {"many", TXC_FEW, 3},
    {"couple", TXC_FEW, 4}, {"some", TXC_FEW, 5}, {"numerous", TXC_FEW, 6},
};

/* Words after a quantity of time that make it a point ("two days ago"). */
static const tx_word agos[] = {
    {"ago", TXC_AGO, -1}, {"earlier", TXC_AGO, -2}, {"before", TXC_AGO, -2},
    {"later", TXC_AGO, 2}, {"after", TXC_AGO, 2}, {"hence", TXC_AGO, 1},
    {"afterward", TXC_AGO, 2}, {"afterwards", TXC_AGO, 2}, {"back", TXC_AGO, -1},
};

/* Time zones written after clock times. */
static const tx_word tzs[] = {
    {"est", TXC_TZ, -5}, {"edt", TXC_TZ, -4}, {"cst", TXC_TZ, -6}, {"cdt", TXC_TZ, -5},
    {"mst", TXC_TZ, -7}, {"mdt", TXC_TZ, -6}, {"pst", TXC_TZ, -8}, {"pdt", TXC_TZ, -7},
    {"gmt", TXC_TZ, 0}, {"utc", TXC_TZ, 0}, {"bst", TXC_TZ, 1}, {"cet", TXC_TZ, 1},
    {"cest", TXC_TZ, 2}, {"eet", TXC_TZ, 2}, {"eest", TXC_TZ, 3}, {"msk", TXC_TZ, 3},
    {"hkt", TXC_TZ, 8}, {"sgt", TXC_TZ, 8}, {"jst", TXC_TZ, 9}, {"kst", TXC_TZ, 9},
    {"aest", TXC_TZ, 10}, {"aedt", TXC_TZ, 11}, {"nzst", TXC_TZ, 12}, {"nzdt", TXC_TZ, 13},
};

/* Words that show the sentence speaks of the future. */
static const tx_word futcues[] = {
    {"will", TXC_FUTCUE, 3}, {"ll", TXC_FUTCUE, 3}, {"shall", TXC_FUTCUE, 3},
    {"won", TXC_FUTCUE, 2}, {"going", TXC_FUTCUE, 1}, {"scheduled", TXC_FUTCUE, 3},
    {"expected", TXC_FUTCUE, 3}, {"expects", TXC_FUTCUE, 2}, {"expect", TXC_FUTCUE, 2},
    {"ahead", TXC_FUTCUE, 1}, {"possible", TXC_FUTCUE, 1}, {"plans", TXC_FUTCUE, 2},
    {"planned", TXC_FUTCUE, 2}, {"planning", TXC_FUTCUE, 2}, {"until", TXC_FUTCUE, 2},
    {"soon", TXC_FUTCUE, 2}, {"resume", TXC_FUTCUE, 2}, {"would", TXC_FUTCUE, 2},
    {"postponed", TXC_FUTCUE, 2}, {"through", TXC_FUTCUE, 1},
    {"effective", TXC_FUTCUE, 3}, {"tentatively", TXC_FUTCUE, 2}, {"due", TXC_FUTCUE, 2}, {"upcoming", TXC_FUTCUE, 3},
    {"tomorrow", TXC_FUTCUE, 2}, {"await", TXC_FUTCUE, 1},
    {"awaiting", TXC_FUTCUE, 1},
    {"intends", TXC_FUTCUE, 2},
    {"starting", TXC_FUTCUE, 1}, {"begins", TXC_FUTCUE, 2}, {"opens", TXC_FUTCUE, 2},
    {"ends", TXC_FUTCUE, 2}, {"starts", TXC_FUTCUE, 2}, {"resumes", TXC_FUTCUE, 2},
    {"meets", TXC_FUTCUE, 2}, {"next", TXC_FUTCUE, 2}, {"meet", TXC_FUTCUE, 2},
    {"visits", TXC_FUTCUE, 2}, {"travels", TXC_FUTCUE, 2}, {"arrives", TXC_FUTCUE, 2},
    {"leaves", TXC_FUTCUE, 2}, {"returns", TXC_FUTCUE, 2}, {"hosts", TXC_FUTCUE, 2},
    {"votes", TXC_FUTCUE, 1}, {"faces", TXC_FUTCUE, 2},
    {"might", TXC_FUTCUE, 2}, {"must", TXC_FUTCUE, 2}, {"should", TXC_FUTCUE, 2},
    {"can", TXC_FUTCUE, 2},
    {"plays", TXC_FUTCUE, 2},
};

/* Words that show the sentence speaks of the past. */
static const tx_word pastcues[] = {
    {"was", TXC_PASTCUE, 3}, {"were", TXC_PASTCUE, 3}, {"had", TXC_PASTCUE, 3},
    {"did", TXC_PASTCUE, 3}, {"said", TXC_PASTCUE, 2}, {"since", TXC_PASTCUE, 3},
    {"ago", TXC_PASTCUE, 3}, {"yesterday", TXC_PASTCUE, 2}, {"been", TXC_PASTCUE, 2},
    {"came", TXC_PASTCUE, 3}, {"took", TXC_PASTCUE, 3}, {"made", TXC_PASTCUE, 2},
    {"began", TXC_PASTCUE, 3}, {"met", TXC_PASTCUE, 3}, {"told", TXC_PASTCUE, 3},
    {"went", TXC_PASTCUE, 3}, {"gave", TXC_PASTCUE, 3}, {"saw", TXC_PASTCUE, 3},
    {"rose", TXC_PASTCUE, 3}, {"fell", TXC_PASTCUE, 3}, {"won", TXC_PASTCUE, 1},
    {"left", TXC_PASTCUE, 2}, {"held", TXC_PASTCUE, 3}, {"sold", TXC_PASTCUE, 3},
    {"closed", TXC_PASTCUE, 3}, {"ended", TXC_PASTCUE, 3}, {"got", TXC_PASTCUE, 3},
    {"struck", TXC_PASTCUE, 3}, {"spent", TXC_PASTCUE, 3}, {"lost", TXC_PASTCUE, 2},
    {"didn", TXC_PASTCUE, 3},
    {"wasn", TXC_PASTCUE, 3}, {"weren", TXC_PASTCUE, 3}, {"hadn", TXC_PASTCUE, 3},
    /* irregular past forms (the ambiguous set/put/cut/hit/read are left out) */
    {"brought", TXC_PASTCUE, 3}, {"bought", TXC_PASTCUE, 3}, {"thought", TXC_PASTCUE, 2},
    {"fought", TXC_PASTCUE, 3}, {"sought", TXC_PASTCUE, 3}, {"caught", TXC_PASTCUE, 3},
    {"taught", TXC_PASTCUE, 3}, {"ran", TXC_PASTCUE, 3}, {"sent", TXC_PASTCUE, 3},
    {"built", TXC_PASTCUE, 3}, {"stood", TXC_PASTCUE, 3}, {"wrote", TXC_PASTCUE, 3},
    {"spoke", TXC_PASTCUE, 3}, {"broke", TXC_PASTCUE, 3}, {"chose", TXC_PASTCUE, 3},
    {"drove", TXC_PASTCUE, 3}, {"flew", TXC_PASTCUE, 3}, {"grew", TXC_PASTCUE, 3},
    {"knew", TXC_PASTCUE, 3}, {"threw", TXC_PASTCUE, 3}, {"drew", TXC_PASTCUE, 3},
    {"withdrew", TXC_PASTCUE, 3}, {"shot", TXC_PASTCUE, 2}, {"fled", TXC_PASTCUE, 3},
    {"led", TXC_PASTCUE, 3}, {"paid", TXC_PASTCUE, 3}, {"laid", TXC_PASTCUE, 3},
    {"found", TXC_PASTCUE, 3}, {"became", TXC_PASTCUE, 3}, {"sat", TXC_PASTCUE, 3},
    {"kept", TXC_PASTCUE, 3}, {"felt", TXC_PASTCUE, 3}, {"heard", TXC_PASTCUE, 3},
    {"meant", TXC_PASTCUE, 3}, {"dealt", TXC_PASTCUE, 3}, {"slept", TXC_PASTCUE, 3},
    {"swept", TXC_PASTCUE, 3}, {"stole", TXC_PASTCUE, 3}, {"rode", TXC_PASTCUE, 3},
    {"shook", TXC_PASTCUE, 3}, {"froze", TXC_PASTCUE, 3}, {"hid", TXC_PASTCUE, 3},
    {"forgot", TXC_PASTCUE, 3}, {"undertook", TXC_PASTCUE, 3}, {"overtook", TXC_PASTCUE, 3},
    {"sank", TXC_PASTCUE, 3}, {"sang", TXC_PASTCUE, 3}, {"rang", TXC_PASTCUE, 3},
    {"swore", TXC_PASTCUE, 3}, {"tore", TXC_PASTCUE, 3}, {"wore", TXC_PASTCUE, 3},
    {"woke", TXC_PASTCUE, 3}, {"understood", TXC_PASTCUE, 3}, {"hung", TXC_PASTCUE, 2},
    {"dug", TXC_PASTCUE, 3}, {"stuck", TXC_PASTCUE, 2},
    {"arose", TXC_PASTCUE, 3}, {"bore", TXC_PASTCUE, 2}, {"overcame", TXC_PASTCUE, 3},
    /* short forms in -ed the suffix test skips, and more irregular pasts */
    {"died", TXC_PASTCUE, 3}, {"tied", TXC_PASTCUE, 2}, {"bled", TXC_PASTCUE, 3},
    {"underwent", TXC_PASTCUE, 3}, {"forgave", TXC_PASTCUE, 3}, {"beat", TXC_PASTCUE, 1},
    {"wound", TXC_PASTCUE, 1}, {"strode", TXC_PASTCUE, 3},
    {"slid", TXC_PASTCUE, 3}, {"sprang", TXC_PASTCUE, 3}, {"swam", TXC_PASTCUE, 3},
    {"blew", TXC_PASTCUE, 3}, {"crept", TXC_PASTCUE, 3}, {"lit", TXC_PASTCUE, 2},
    {"shrank", TXC_PASTCUE, 3}, {"fed", TXC_PASTCUE, 2},
    {"lent", TXC_PASTCUE, 3}, {"bent", TXC_PASTCUE, 2}, {"clung", TXC_PASTCUE, 3},
    {"spun", TXC_PASTCUE, 2}, {"sped", TXC_PASTCUE, 3},
    {"shone", TXC_PASTCUE, 3}, {"strove", TXC_PASTCUE, 3}, {"wept", TXC_PASTCUE, 3},
    {"oversaw", TXC_PASTCUE, 3}, {"foresaw", TXC_PASTCUE, 3}, {"upheld", TXC_PASTCUE, 3},
    {"withheld", TXC_PASTCUE, 3}, {"mistook", TXC_PASTCUE, 3}, {"rebuilt", TXC_PASTCUE, 3},
};

/* Words before a participle in -ed that make it an adjective, not a past
 * verb ("a hastily planned trip", "the unnamed official"). */
static const tx_word adjprev[] = {
    {"a", TXC_ADJPREV, 1}, {"an", TXC_ADJPREV, 1}, {"the", TXC_ADJPREV, 1},
    {"second", TXC_ADJPREV, 1}, {"third", TXC_ADJPREV, 1},
    {"its", TXC_ADJPREV, 1}, {"their", TXC_ADJPREV, 1}, {"his", TXC_ADJPREV, 1},
    {"her", TXC_ADJPREV, 1}, {"our", TXC_ADJPREV, 1}, {"your", TXC_ADJPREV, 1},
    {"these", TXC_ADJPREV, 1}, {"all", TXC_ADJPREV, 1}, {"every", TXC_ADJPREV, 1},
    {"those", TXC_ADJPREV, 1}, {"newly", TXC_ADJPREV, 1}, {"so-called", TXC_ADJPREV, 1},
    {"very", TXC_ADJPREV, 1}, {"most", TXC_ADJPREV, 1}, {"more", TXC_ADJPREV, 1},
    {"less", TXC_ADJPREV, 1}, {"well", TXC_ADJPREV, 1}, {"still", TXC_ADJPREV, 1},
    {"long", TXC_ADJPREV, 1}, {"much", TXC_ADJPREV, 1}, {"highly", TXC_ADJPREV, 1},
    {"widely", TXC_ADJPREV, 1}, {"hastily", TXC_ADJPREV, 1}, {"previously", TXC_ADJPREV, 1},
    {"recently", TXC_ADJPREV, 1}, {"be", TXC_ADJPREV, 1}, {"is", TXC_ADJPREV, 1},
    {"are", TXC_ADJPREV, 1}, {"am", TXC_ADJPREV, 1}, {"being", TXC_ADJPREV, 1},
    {"get", TXC_ADJPREV, 1}, {"gets", TXC_ADJPREV, 1}, {"remain", TXC_ADJPREV, 1},
    {"remains", TXC_ADJPREV, 1}, {"stay", TXC_ADJPREV, 1}, {"stays", TXC_ADJPREV, 1},
};

/* Verbs whose "to" complement lies ahead of them: "agreed to meet
 * Friday" is a coming Friday even though "agreed" is past. */
static const tx_word fwdverbs[] = {
    {"agreed", TXC_FWDVERB, 1}, {"agree", TXC_FWDVERB, 1}, {"decided", TXC_FWDVERB, 1},
    {"voted", TXC_FWDVERB, 1}, {"promised", TXC_FWDVERB, 1}, {"vowed", TXC_FWDVERB, 1},
    {"pledged", TXC_FWDVERB, 1}, {"threatened", TXC_FWDVERB, 1}, {"planned", TXC_FWDVERB, 1},
    {"plan", TXC_FWDVERB, 1}, {"plans", TXC_FWDVERB, 1}, {"planning", TXC_FWDVERB, 1},
    {"scheduled", TXC_FWDVERB, 1}, {"expected", TXC_FWDVERB, 1}, {"intended", TXC_FWDVERB, 1},
    {"intends", TXC_FWDVERB, 1}, {"hoped", TXC_FWDVERB, 1}, {"hopes", TXC_FWDVERB, 1},
    {"hope", TXC_FWDVERB, 1}, {"wanted", TXC_FWDVERB, 1}, {"wants", TXC_FWDVERB, 1},
    {"aimed", TXC_FWDVERB, 1}, {"aims", TXC_FWDVERB, 1}, {"prepared", TXC_FWDVERB, 1},
    {"preparing", TXC_FWDVERB, 1}, {"asked", TXC_FWDVERB, 1}, {"urged", TXC_FWDVERB, 1},
    {"invited", TXC_FWDVERB, 1}, {"due", TXC_FWDVERB, 1}, {"likely", TXC_FWDVERB, 1},
    {"ready", TXC_FWDVERB, 1}, {"poised", TXC_FWDVERB, 1}, {"going", TXC_FWDVERB, 1},
    {"set", TXC_FWDVERB, 1}, {"offered", TXC_FWDVERB, 1}, {"proposed", TXC_FWDVERB, 1},
    {"called", TXC_FWDVERB, 1}, {"ordered", TXC_FWDVERB, 1}, {"told", TXC_FWDVERB, 1},
    {"chose", TXC_FWDVERB, 1}, {"picked", TXC_FWDVERB, 1}, {"about", TXC_FWDVERB, 1},
    /* present forms: "officials expect the storm to make landfall Thursday" */
    {"expect", TXC_FWDVERB, 1}, {"expects", TXC_FWDVERB, 1}, {"expecting", TXC_FWDVERB, 1},
    {"agrees", TXC_FWDVERB, 1}, {"decide", TXC_FWDVERB, 1}, {"decides", TXC_FWDVERB, 1},
    {"promise", TXC_FWDVERB, 1}, {"promises", TXC_FWDVERB, 1}, {"vow", TXC_FWDVERB, 1},
    {"vows", TXC_FWDVERB, 1}, {"pledge", TXC_FWDVERB, 1}, {"pledges", TXC_FWDVERB, 1},
    {"threaten", TXC_FWDVERB, 1}, {"threatens", TXC_FWDVERB, 1}, {"intend", TXC_FWDVERB, 1},
    {"want", TXC_FWDVERB, 1}, {"aim", TXC_FWDVERB, 1}, {"prepare", TXC_FWDVERB, 1},
    {"prepares", TXC_FWDVERB, 1}, {"ask", TXC_FWDVERB, 1}, {"asks", TXC_FWDVERB, 1},
    {"urge", TXC_FWDVERB, 1}, {"urges", TXC_FWDVERB, 1}, {"invite", TXC_FWDVERB, 1},
    {"invites", TXC_FWDVERB, 1}, {"propose", TXC_FWDVERB, 1}, {"proposes", TXC_FWDVERB, 1},
    {"tells", TXC_FWDVERB, 1}, {"slated", TXC_FWDVERB, 1}, {"supposed", TXC_FWDVERB, 1},
    {"forecast", TXC_FWDVERB, 1}, {"projected", TXC_FWDVERB, 1}, {"predicted", TXC_FWDVERB, 1},
};

/* Nouns of intent: an infinitive right after them lies ahead ("a program
 * to pay down the loan by February", "a bid to win the vote on Sunday"). */
static const tx_word fwdnouns[] = {
    {"program", TXC_FWDVERB, 2}, {"programme", TXC_FWDVERB, 2}, {"effort", TXC_FWDVERB, 2},
    {"efforts", TXC_FWDVERB, 2}, {"bid", TXC_FWDVERB, 2}, {"deal", TXC_FWDVERB, 2},
    {"agreement", TXC_FWDVERB, 2}, {"proposal", TXC_FWDVERB, 2}, {"move", TXC_FWDVERB, 2},
    {"push", TXC_FWDVERB, 2}, {"campaign", TXC_FWDVERB, 2}, {"attempt", TXC_FWDVERB, 2},
    {"drive", TXC_FWDVERB, 2}, {"commitment", TXC_FWDVERB, 2}, {"deadline", TXC_FWDVERB, 2}, {"target", TXC_FWDVERB, 2},
    {"goal", TXC_FWDVERB, 2}, {"scheme", TXC_FWDVERB, 2}, {"strategy", TXC_FWDVERB, 2},
    {"mission", TXC_FWDVERB, 2}, {"offer", TXC_FWDVERB, 2}, {"request", TXC_FWDVERB, 2},
    {"invitation", TXC_FWDVERB, 2},
};

/* Verbs that move a date or an end ahead: with "until"/"through" they
 * name a coming day even in the past ("the trial was adjourned until
 * Monday", "the curfew was extended through Friday"). */
static const tx_word delayverbs[] = {
    {"extended", TXC_DELAYVERB, 1}, {"postponed", TXC_DELAYVERB, 1},
    {"delayed", TXC_DELAYVERB, 1}, {"adjourned", TXC_DELAYVERB, 1},
    {"suspended", TXC_DELAYVERB, 1}, {"deferred", TXC_DELAYVERB, 1},
    {"pushed", TXC_DELAYVERB, 1}, {"remanded", TXC_DELAYVERB, 1},
    {"recessed", TXC_DELAYVERB, 1}, {"prolonged", TXC_DELAYVERB, 1},
    {"rescheduled", TXC_DELAYVERB, 1}, {"slipped", TXC_DELAYVERB, 1},
    {"slips", TXC_DELAYVERB, 1},
};

/* Present-tense verbs of scheduled events: news speaks of a coming event
 * in the present ("Voters go to the polls on Sunday", "the court hears
 * the case on Monday").  Only forms that are seldom nouns; no cue after
 * "the", "not", "didn't" ... (see tense_cue). */
static const tx_word presverbs[] = {
    {"go", TXC_PRESVERB, 2}, {"goes", TXC_PRESVERB, 2},
    {"take", TXC_PRESVERB, 2}, {"takes", TXC_PRESVERB, 2},
    {"hold", TXC_PRESVERB, 2}, {"holds", TXC_PRESVERB, 2},
    {"begin", TXC_PRESVERB, 2}, {"start", TXC_PRESVERB, 2},
    {"fly", TXC_PRESVERB, 2}, {"flies", TXC_PRESVERB, 2},
    {"testify", TXC_PRESVERB, 2}, {"testifies", TXC_PRESVERB, 2},
    {"appear", TXC_PRESVERB, 2}, {"appears", TXC_PRESVERB, 2},
    {"unveil", TXC_PRESVERB, 2}, {"unveils", TXC_PRESVERB, 2},
    {"reopen", TXC_PRESVERB, 2}, {"reopens", TXC_PRESVERB, 2},
    {"expire", TXC_PRESVERB, 2}, {"expires", TXC_PRESVERB, 2},
    {"convene", TXC_PRESVERB, 2}, {"convenes", TXC_PRESVERB, 2},
    {"gather", TXC_PRESVERB, 2}, {"gathers", TXC_PRESVERB, 2},
    {"hears", TXC_PRESVERB, 2}, {"sits", TXC_PRESVERB, 2},
    {"consider", TXC_PRESVERB, 2}, {"considers", TXC_PRESVERB, 2},
    {"discuss", TXC_PRESVERB, 2}, {"discusses", TXC_PRESVERB, 2},
    {"decide", TXC_PRESVERB, 2}, {"decides", TXC_PRESVERB, 2},
    {"elect", TXC_PRESVERB, 2}, {"elects", TXC_PRESVERB, 2},
    {"publishes", TXC_PRESVERB, 2}, {"launches", TXC_PRESVERB, 2},
    {"kicks", TXC_PRESVERB, 2}, {"plan", TXC_PRESVERB, 2}, {"shuts", TXC_PRESVERB, 2},
    {"names", TXC_PRESVERB, 2},
    {"open", TXC_PRESVERB, 2}, {"closes", TXC_PRESVERB, 2},
    {"turn", TXC_PRESVERB, 2}, {"turns", TXC_PRESVERB, 2},
    {"mark", TXC_PRESVERB, 2}, {"marks", TXC_PRESVERB, 2},
    {"enter", TXC_PRESVERB, 2}, {"enters", TXC_PRESVERB, 2},
    {"come", TXC_PRESVERB, 2}, {"comes", TXC_PRESVERB, 2},
    {"host", TXC_PRESVERB, 2}, {"play", TXC_PRESVERB, 2},
    {"visit", TXC_PRESVERB, 2}, {"return", TXC_PRESVERB, 2}, {"travel", TXC_PRESVERB, 2},
    {"release", TXC_PRESVERB, 2}, {"releases", TXC_PRESVERB, 2},
    {"face", TXC_PRESVERB, 2}, {"premiere", TXC_PRESVERB, 2}, {"premieres", TXC_PRESVERB, 2},
    {"debut", TXC_PRESVERB, 2}, {"debuts", TXC_PRESVERB, 2},
    {"arrive", TXC_PRESVERB, 2}, {"lands", TXC_PRESVERB, 2},
    {"falls", TXC_PRESVERB, 2}, {"gives", TXC_PRESVERB, 2}, {"meets", TXC_PRESVERB, 2},
    {"meet", TXC_PRESVERB, 2}, {"plays", TXC_PRESVERB, 2},
    {"hosts", TXC_PRESVERB, 2}, {"resumes", TXC_PRESVERB, 2}, {"resume", TXC_PRESVERB, 2},
    {"ends", TXC_PRESVERB, 2}, {"end", TXC_PRESVERB, 2}, {"speaks", TXC_PRESVERB, 2},
    {"speak", TXC_PRESVERB, 2}, {"walk", TXC_PRESVERB, 2}, {"walks", TXC_PRESVERB, 2},
    {"continues", TXC_PRESVERB, 2}, {"finishes", TXC_PRESVERB, 2},
    {"finish", TXC_PRESVERB, 2}, {"reaches", TXC_PRESVERB, 2},
    {"votes", TXC_PRESVERB, 2}, {"vote", TXC_PRESVERB, 2},
    {"rules", TXC_PRESVERB, 2}, {"leaves", TXC_PRESVERB, 2}, {"leave", TXC_PRESVERB, 2},
    {"departs", TXC_PRESVERB, 2}, {"competes", TXC_PRESVERB, 2}, {"compete", TXC_PRESVERB, 2},
    {"performs", TXC_PRESVERB, 2}, {"perform", TXC_PRESVERB, 2}, {"signs", TXC_PRESVERB, 2},
    {"announces", TXC_PRESVERB, 2}, {"reports", TXC_PRESVERB, 2},
    {"celebrates", TXC_PRESVERB, 2}, {"joins", TXC_PRESVERB, 2}, {"join", TXC_PRESVERB, 2},
    {"attends", TXC_PRESVERB, 2}, {"tours", TXC_PRESVERB, 2}, {"addresses", TXC_PRESVERB, 2},
    {"airs", TXC_PRESVERB, 2}, {"screens", TXC_PRESVERB, 2}, {"tapes", TXC_PRESVERB, 2},
};

/* Words in -ed that are not past verbs. */
static const tx_word notpast[] = {
    {"hundred", TXC_NOTPAST, 1}, {"indeed", TXC_NOTPAST, 1}, {"proceed", TXC_NOTPAST, 1},
    {"succeed", TXC_NOTPAST, 1}, {"exceed", TXC_NOTPAST, 1}, {"kindred", TXC_NOTPAST, 1},
    {"sacred", TXC_NOTPAST, 1}, {"naked", TXC_NOTPAST, 1}, {"wicked", TXC_NOTPAST, 1},
    {"beloved", TXC_NOTPAST, 1}, {"rugged", TXC_NOTPAST, 1}, {"wretched", TXC_NOTPAST, 1},
    {"ragged", TXC_NOTPAST, 1}, {"tired", TXC_NOTPAST, 1}, {"interested", TXC_NOTPAST, 1},
    {"concerned", TXC_NOTPAST, 1}, {"supposed", TXC_NOTPAST, 1}, {"used", TXC_NOTPAST, 1},
    {"based", TXC_NOTPAST, 1}, {"related", TXC_NOTPAST, 1}, {"detailed", TXC_NOTPAST, 1},
    {"limited", TXC_NOTPAST, 1}, {"united", TXC_NOTPAST, 1}, {"speed", TXC_NOTPAST, 1},
    {"breed", TXC_NOTPAST, 1}, {"greed", TXC_NOTPAST, 1},
};

/* "twenties" ... "nineties": decades written as words. */
static const tx_word decwords[] = {
    {"twenties", TXC_DECWORD, 20}, {"thirties", TXC_DECWORD, 30},
    {"forties", TXC_DECWORD, 40}, {"fifties", TXC_DECWORD, 50},
    {"sixties", TXC_DECWORD, 60}, {"seventies", TXC_DECWORD, 70},
    {"eighties", TXC_DECWORD, 80}, {"nineties", TXC_DECWORD, 90},
};

/* Fixed-date holidays (month * 100 + day). */
static const tx_word holidays[] = {
    {"christmas", TXC_HOLIDAY, 1225}, {"xmas", TXC_HOLIDAY, 1225},
    {"halloween", TXC_HOLIDAY, 1031}, {"valentine", TXC_HOLIDAY, 214},
    {"thanksgiving", TXC_HOLIDAY, 1100 + 44},  /* 4th Thursday of November */
    {"hogmanay", TXC_HOLIDAY, 1231}, {"juneteenth", TXC_HOLIDAY, 619},
    {"cinco", TXC_HOLIDAY, 505},               /* "Cinco de Mayo" */
    {"easter", TXC_HOLIDAY, 300 + 97},         /* the computus, from March */
};

/* Named days, written out word by word (an "'s" or "s'" after a word, a
 * full stop after an abbreviation and a hyphen between words are skipped;
 * the first word must be capitalised).  The code is month*1000 + day, or
 * month*1000 + 100 + a day code of nth_weekday (tx_resolve.c): "Memorial
 * Day" is the last (9) Monday (1) of May, 5191; "Mother's Day" the 2nd
 * Sunday of May, 5127; the feasts counted from Easter, the Jewish and
 * Islamic feasts and Diwali have codes of their own there.  flag 1: only
 * after "St", "St." or "Saint"; 2: the first word may be in lower case
 * ("the late May bank holiday"); later words may be ("bank holiday"). */
const tx_named_day tx_named_days[] = {
    {{"memorial", "day"}, 5191, 0}, {{"labor", "day"}, 9111, 0},
    {{"veterans", "day"}, 11011, 0}, {{"veteran", "day"}, 11011, 0},
    {{"armistice", "day"}, 11011, 0}, {{"remembrance", "day"}, 11011, 0},
    {{"remembrance", "sunday"}, 11127, 0}, {{"presidents", "day"}, 2131, 0},
    {{"columbus", "day"}, 10121, 0}, {{"mother", "day"}, 5127, 0},
    {{"mothers", "day"}, 5127, 0}, {{"father", "day"}, 6137, 0},
    {{"fathers", "day"}, 6137, 0}, {{"boxing", "day"}, 12026, 0},
    {{"bastille", "day"}, 7014, 0}, {{"groundhog", "day"}, 2002, 0},
    {{"inauguration", "day"}, 1020, 0}, {{"martin", "luther", "king", "day"}, 1131, 0},
    {{"martin", "luther", "king", "jr", "day"}, 1131, 0}, {{"black", "friday"}, 11198, 0},
    {{"cyber", "monday"}, 11170, 0}, {{"mardi", "gras"}, 3160, 0},
    {{"shrove", "tuesday"}, 3160, 0}, {{"pancake", "day"}, 3160, 0},
    {{"fat", "tuesday"}, 3160, 0}, {{"ash", "wednesday"}, 3161, 0},
    {{"palm", "sunday"}, 3163, 0}, {{"maundy", "thursday"}, 3164, 0},
    {{"holy", "thursday"}, 3164, 0}, {{"holy", "saturday"}, 3165, 0},
    {{"good", "friday"}, 3196, 0}, {{"ascension", "day"}, 3166, 0},
    {{"pentecost"}, 3167, 0}, {{"whit", "sunday"}, 3167, 0}, {{"whitsunday"}, 3167, 0},
    {{"whit", "monday"}, 3168, 0}, {{"corpus", "christi"}, 3177, 0},
    {{"orthodox", "easter"}, 3169, 0}, {{"orthodox", "christmas"}, 1007, 0},
    {{"epiphany"}, 1006, 0}, {{"twelfth", "night"}, 1005, 0},
    {{"all", "saints", "day"}, 11001, 0}, {{"all", "souls", "day"}, 11002, 0},
    {{"day", "of", "the", "dead"}, 11002, 0},
    {{"passover"}, 3171, 0}, {{"rosh", "hashanah"}, 3172, 0}, {{"rosh", "hashana"}, 3172, 0},
    {{"yom", "kippur"}, 3173, 0}, {{"eid", "al", "fitr"}, 1174, 0},
    {{"eid", "ul", "fitr"}, 1174, 0}, {{"eid", "al", "adha"}, 1175, 0},
    {{"eid", "ul", "adha"}, 1175, 0}, {{"diwali"}, 10176, 0}, {{"deepavali"}, 10176, 0},
    {{"independence", "day"}, 7004, 0}, {{"canada", "day"}, 7001, 0},
    {{"australia", "day"}, 1026, 0}, {{"anzac", "day"}, 4025, 0},
    {{"bonfire", "night"}, 11005, 0}, {{"guy", "fawkes", "night"}, 11005, 0},
    {{"guy", "fawkes", "day"}, 11005, 0}, {{"burns", "night"}, 1025, 0},
    {{"april", "fools", "day"}, 4001, 0}, {{"april", "fool", "day"}, 4001, 0},
    {{"patriots", "day"}, 4131, 0}, {{"flag", "day"}, 6014, 0},
    {{"super", "tuesday"}, 3112, 0}, {{"leap", "day"}, 2029, 0},
    {{"earth", "day"}, 4022, 0}, {{"may", "day"}, 5001, 0},
    {{"patrick", "day"}, 3017, 1}, {{"andrew", "day"}, 11030, 1},
    {{"david", "day"}, 3001, 1}, {{"stephen", "day"}, 12026, 1},
    {{"george", "day"}, 4023, 1}, {{"valentine", "day"}, 2014, 1},
    /* British bank holidays: the first and last Mondays of May, the last of August */
    {{"may", "day", "bank", "holiday"}, 5111, 0}, {{"early", "may", "bank", "holiday"}, 5111, 2},
    {{"spring", "bank", "holiday"}, 5191, 2}, {{"late", "may", "bank", "holiday"}, 5191, 2},
    {{"august", "bank", "holiday"}, 8191, 0}, {{"summer", "bank", "holiday"}, 8191, 2},
};
const size_t tx_n_named_days = sizeof tx_named_days / sizeof tx_named_days[0];

/* The first words of named days (the phrases are in tx_named_days). */
static const tx_word nameddays[] = {
    {"memorial", TXC_NAMEDDAY, 1}, {"labor", TXC_NAMEDDAY, 1}, {"veterans", TXC_NAMEDDAY, 1},
    {"veteran", TXC_NAMEDDAY, 1}, {"armistice", TXC_NAMEDDAY, 1},
    {"remembrance", TXC_NAMEDDAY, 1}, {"presidents", TXC_NAMEDDAY, 1},
    {"columbus", TXC_NAMEDDAY, 1}, {"mother", TXC_NAMEDDAY, 1}, {"mothers", TXC_NAMEDDAY, 1},
    {"father", TXC_NAMEDDAY, 1}, {"fathers", TXC_NAMEDDAY, 1}, {"boxing", TXC_NAMEDDAY, 1},
    {"bastille", TXC_NAMEDDAY, 1}, {"groundhog", TXC_NAMEDDAY, 1},
    {"inauguration", TXC_NAMEDDAY, 1}, {"martin", TXC_NAMEDDAY, 1}, {"black", TXC_NAMEDDAY, 1},
    {"cyber", TXC_NAMEDDAY, 1}, {"mardi", TXC_NAMEDDAY, 1}, {"shrove", TXC_NAMEDDAY, 1},
    {"pancake", TXC_NAMEDDAY, 1}, {"fat", TXC_NAMEDDAY, 1}, {"ash", TXC_NAMEDDAY, 1},
    {"palm", TXC_NAMEDDAY, 1}, {"maundy", TXC_NAMEDDAY, 1}, {"holy", TXC_NAMEDDAY, 1},
    {"good", TXC_NAMEDDAY, 1}, {"ascension", TXC_NAMEDDAY, 1}, {"pentecost", TXC_NAMEDDAY, 1},
    {"whit", TXC_NAMEDDAY, 1}, {"whitsunday", TXC_NAMEDDAY, 1}, {"corpus", TXC_NAMEDDAY, 1},
    {"orthodox", TXC_NAMEDDAY, 1}, {"epiphany", TXC_NAMEDDAY, 1}, {"twelfth", TXC_NAMEDDAY, 1},
    {"all", TXC_NAMEDDAY, 1}, {"day", TXC_NAMEDDAY, 1}, {"passover", TXC_NAMEDDAY, 1},
    {"rosh", TXC_NAMEDDAY, 1}, {"yom", TXC_NAMEDDAY, 1}, {"eid", TXC_NAMEDDAY, 1},
    {"diwali", TXC_NAMEDDAY, 1}, {"deepavali", TXC_NAMEDDAY, 1},
    {"independence", TXC_NAMEDDAY, 1}, {"canada", TXC_NAMEDDAY, 1},
    {"australia", TXC_NAMEDDAY, 1}, {"anzac", TXC_NAMEDDAY, 1}, {"bonfire", TXC_NAMEDDAY, 1},
    {"guy", TXC_NAMEDDAY, 1}, {"burns", TXC_NAMEDDAY, 1}, {"april", TXC_NAMEDDAY, 1},
    {"patriots", TXC_NAMEDDAY, 1}, {"flag", TXC_NAMEDDAY, 1}, {"super", TXC_NAMEDDAY, 1},
    {"leap", TXC_NAMEDDAY, 1}, {"earth", TXC_NAMEDDAY, 1}, {"may", TXC_NAMEDDAY, 1},
    {"early", TXC_NAMEDDAY, 1}, {"late", TXC_NAMEDDAY, 1}, {"spring", TXC_NAMEDDAY, 1},
    {"summer", TXC_NAMEDDAY, 1}, {"august", TXC_NAMEDDAY, 1},
    /* saints' days, after "St" or "Saint" */
    {"patrick", TXC_NAMEDDAY, 1}, {"andrew", TXC_NAMEDDAY, 1}, {"david", TXC_NAMEDDAY, 1},
    {"stephen", TXC_NAMEDDAY, 1}, {"george", TXC_NAMEDDAY, 1}, {"valentine", TXC_NAMEDDAY, 1},
};

/* After "May" or "March", words that show a verb or a name, not a month:
 * "may be", "may have", "march on", "March Madness". */
static const tx_word mayverbnext[] = {
    {"be", TXC_MAYVERBNEXT, 1}, {"have", TXC_MAYVERBNEXT, 1}, {"not", TXC_MAYVERBNEXT, 1},
    {"also", TXC_MAYVERBNEXT, 1}, {"well", TXC_MAYVERBNEXT, 1}, {"never", TXC_MAYVERBNEXT, 1},
    {"still", TXC_MAYVERBNEXT, 1}, {"even", TXC_MAYVERBNEXT, 1}, {"only", TXC_MAYVERBNEXT, 1},
    {"soon", TXC_MAYVERBNEXT, 1}, {"take", TXC_MAYVERBNEXT, 1}, {"get", TXC_MAYVERBNEXT, 1},
    {"i", TXC_MAYVERBNEXT, 1}, {"we", TXC_MAYVERBNEXT, 1}, {"you", TXC_MAYVERBNEXT, 1},
    {"on", TXC_MAYVERBNEXT, 2}, {"madness", TXC_MAYVERBNEXT, 1}, {"against", TXC_MAYVERBNEXT, 1},
    /* "May said she would not resign": the person */
    {"said", TXC_MAYVERBNEXT, 1}, {"says", TXC_MAYVERBNEXT, 1}, {"told", TXC_MAYVERBNEXT, 1},
    {"added", TXC_MAYVERBNEXT, 1}, {"insisted", TXC_MAYVERBNEXT, 1},
    {"warned", TXC_MAYVERBNEXT, 1}, {"wrote", TXC_MAYVERBNEXT, 1},
    {"toward", TXC_MAYVERBNEXT, 1}, {"towards", TXC_MAYVERBNEXT, 1}, {"through", TXC_MAYVERBNEXT, 2},
    {"make", TXC_MAYVERBNEXT, 1}, {"need", TXC_MAYVERBNEXT, 1}, {"want", TXC_MAYVERBNEXT, 1},
    {"seem", TXC_MAYVERBNEXT, 1}, {"help", TXC_MAYVERBNEXT, 1}, {"come", TXC_MAYVERBNEXT, 1},
    {"lead", TXC_MAYVERBNEXT, 1}, {"prove", TXC_MAYVERBNEXT, 1}, {"face", TXC_MAYVERBNEXT, 1},
};

/* Words after a weekday or month that make it part of a name. */
static const tx_word falsenext[] = {
    {"times", TXC_FALSENEXT, 1}, {"telegraph", TXC_FALSENEXT, 1},
    {"mirror", TXC_FALSENEXT, 1}, {"express", TXC_FALSENEXT, 1},
    {"herald", TXC_FALSENEXT, 1}, {"post", TXC_FALSENEXT, 1}, {"school", TXC_FALSENEXT, 1},
    {"night", TXC_FALSENEXT, 0}, {"madness", TXC_FALSENEXT, 1}, {"street", TXC_FALSENEXT, 1},
    {"avenue", TXC_FALSENEXT, 1}, {"magazine", TXC_FALSENEXT, 1}, {"club", TXC_FALSENEXT, 1},
    {"movement", TXC_FALSENEXT, 1}, {"revolution", TXC_FALSENEXT, 1},
    {"accord", TXC_FALSENEXT, 1}, {"accords", TXC_FALSENEXT, 1},
    {"agreement", TXC_FALSENEXT, 1}, {"group", TXC_FALSENEXT, 1},
    {"offensive", TXC_FALSENEXT, 1}, {"war", TXC_FALSENEXT, 1},
    {"harbor", TXC_FALSENEXT, 1}, {"harbour", TXC_FALSENEXT, 1},
    {"river", TXC_FALSENEXT, 1}, {"lake", TXC_FALSENEXT, 1}, {"island", TXC_FALSENEXT, 1},
};

/* Words before a four-digit number that make it a count or a label. */
static const tx_word notyearprev[] = {
    {"about", TXC_NOTYEARPREV, 1}, {"around", TXC_NOTYEARPREV, 1},
    {"nearly", TXC_NOTYEARPREV, 1}, {"approximately", TXC_NOTYEARPREV, 1},
    {"some", TXC_NOTYEARPREV, 1}, {"over", TXC_NOTYEARPREV, 1}, {"than", TXC_NOTYEARPREV, 1},
    {"route", TXC_NOTYEARPREV, 1}, {"room", TXC_NOTYEARPREV, 1}, {"flight", TXC_NOTYEARPREV, 1},
    {"page", TXC_NOTYEARPREV, 1}, {"number", TXC_NOTYEARPREV, 1}, {"no", TXC_NOTYEARPREV, 1},
    {"bus", TXC_NOTYEARPREV, 1}, {"highway", TXC_NOTYEARPREV, 1}, {"gate", TXC_NOTYEARPREV, 1},
    {"exit", TXC_NOTYEARPREV, 1}, {"channel", TXC_NOTYEARPREV, 1}, {"model", TXC_NOTYEARPREV, 1},
    {"version", TXC_NOTYEARPREV, 1}, {"at", TXC_NOTYEARPREV, 1}, {"almost", TXC_NOTYEARPREV, 1},
    {"roughly", TXC_NOTYEARPREV, 1}, {"only", TXC_NOTYEARPREV, 1}, {"total", TXC_NOTYEARPREV, 1},
    {"suite", TXC_NOTYEARPREV, 1}, {"apartment", TXC_NOTYEARPREV, 1}, {"resolution", TXC_NOTYEARPREV, 1},
    /* titles: "Orwell's novel 1984", "the disaster film 2012" */
    {"novel", TXC_NOTYEARPREV, 1}, {"film", TXC_NOTYEARPREV, 1}, {"movie", TXC_NOTYEARPREV, 1},
    {"album", TXC_NOTYEARPREV, 1}, {"song", TXC_NOTYEARPREV, 1}, {"musical", TXC_NOTYEARPREV, 1},
};

/* Words after a four-digit number that make it a count. */
static const tx_word notyearnext[] = {
    {"people", TXC_NOTYEARNEXT, 1}, {"pages", TXC_NOTYEARNEXT, 1}, {"points", TXC_NOTYEARNEXT, 1},
    {"feet", TXC_NOTYEARNEXT, 1}, {"meters", TXC_NOTYEARNEXT, 1}, {"metres", TXC_NOTYEARNEXT, 1},
    {"miles", TXC_NOTYEARNEXT, 1}, {"votes", TXC_NOTYEARNEXT, 1}, {"troops", TXC_NOTYEARNEXT, 1},
    {"workers", TXC_NOTYEARNEXT, 1}, {"cars", TXC_NOTYEARNEXT, 1}, {"units", TXC_NOTYEARNEXT, 1},
    {"shares", TXC_NOTYEARNEXT, 1}, {"employees", TXC_NOTYEARNEXT, 1}, {"jobs", TXC_NOTYEARNEXT, 1},
    {"dollars", TXC_NOTYEARNEXT, 1}, {"soldiers", TXC_NOTYEARNEXT, 1}, {"residents", TXC_NOTYEARNEXT, 1},
    {"students", TXC_NOTYEARNEXT, 1}, {"members", TXC_NOTYEARNEXT, 1}, {"tons", TXC_NOTYEARNEXT, 1},
    {"barrels", TXC_NOTYEARNEXT, 1}, {"kilometers", TXC_NOTYEARNEXT, 1}, {"acres", TXC_NOTYEARNEXT, 1},
    {"delegates", TXC_NOTYEARNEXT, 1}, {"deaths", TXC_NOTYEARNEXT, 1}, {"cases", TXC_NOTYEARNEXT, 1},
    {"homes", TXC_NOTYEARNEXT, 1}, {"is", TXC_NOTYEARNEXT, 2}, {"percent", TXC_NOTYEARNEXT, 1},
};

#define T(x) {#x, x, sizeof x / sizeof x[0]}
/* All tables, for the index and the tests. */
static const tx_table tables[] = {
    T(months), T(weekdays), T(numwords), T(ordinals), T(units), T(seasons), T(pods), T(daylight), T(seasons_pl),
    T(reldays), T(refnouns), T(periods), T(starters), T(dirs), T(posmods), T(approxes), T(refs), T(setadvs), T(quants),
    T(fews), T(agos), T(tzs), T(futcues), T(pastcues), T(adjprev), T(notpast), T(fwdverbs), T(fwdnouns), T(delayverbs), T(presverbs), T(decwords), T(holidays), T(nameddays),
    T(mayverbnext), T(falsenext), T(notyearprev), T(notyearnext),
};
#undef T

/* All tables and their number (for the tests). */
const tx_table *tx_tables(size_t *n)
{
    *n = sizeof tables / sizeof tables[0];
    return tables;
}

/* FNV-1a hash of w[0..n). */
static uint32_t hash(const char *w, size_t n)
{
    uint32_t h = TX_HASH_INIT;
    for (size_t i = 0; i < n; i++)
        h = TX_HASH_STEP(h, (unsigned char)w[i]);
    return h;
}

/* 1 when words of class cls can begin an expression: not the cue words
 * the rules only look at around one (verbs, "said", "people", "Times"). */
static int class_starts(int cls)
{
    switch (cls) {
    case TXC_FUTCUE: case TXC_PASTCUE: case TXC_ADJPREV: case TXC_NOTPAST: case TXC_FWDVERB:
    case TXC_DELAYVERB: case TXC_PRESVERB: case TXC_MAYVERBNEXT: case TXC_FALSENEXT:
    case TXC_NOTYEARPREV: case TXC_NOTYEARNEXT:
        return 0;
    default:
        return 1;
    }
}

/* Hash every word of every table into ix; a word in several tables gets several classes. */
void tx_index_build(tx_index *ix)
{
    memset(ix->slot, 0, sizeof ix->slot);
    ix->ne = 0;
    for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++) {
        for (size_t i = 0; i < tables[t].n; i++) {
            const tx_word *w = &tables[t].v[i];
            size_t wl = strlen(w->w);
            size_t s = tx_find_slot(ix, w->w, wl, hash(w->w, wl));
            struct tx_entry *e;
            if (ix->slot[s]) {
                e = &ix->e[ix->slot[s] - 1];
            } else {
                if (ix->ne >= sizeof ix->e / sizeof ix->e[0])
                    continue;
                e = &ix->e[ix->ne++];
                e->w = w->w;
                e->wl = (uint8_t)wl;
                e->start = 0;
                e->n = 0;
                ix->slot[s] = (uint16_t)ix->ne;
                ix->hash[s] = hash(w->w, wl);
            }
            if (e->n < TX_MAXCLS) {
                e->start |= class_starts(w->cls);
                e->cls[e->n] = w->cls;
                e->val[e->n] = w->val;
                e->n++;
            }
        }
    }
}

/* The entry of lower-case word w[0..n), or NULL. */
const struct tx_entry *tx_lookup(const tx_index *ix, const char *w, size_t n)
{
    return n ? tx_lookup_hashed(ix, w, n, hash(w, n)) : NULL;
}

/* TIMEX3 spelling of a tx_mod ("" for none). */
const char *tx_mod_name(int mod)
{
    static const char *const names[] = {
        "", "START", "MID", "END", "APPROX", "LESS_THAN", "MORE_THAN",
        "EQUAL_OR_LESS", "EQUAL_OR_MORE", "BEFORE", "AFTER"
    };
    return mod >= 0 && mod < (int)(sizeof names / sizeof names[0]) ? names[mod] : "";
}

/* TIMEX3 spelling of a part of day (after the T). */
const char *tx_pod_name(int pod)
{
    static const char *const names[] = {"", "MO", "AF", "EV", "NI", "DT", "12:00", "24:00"};
    return pod >= 0 && pod < (int)(sizeof names / sizeof names[0]) ? names[pod] : "";
}

/* Duration letter(s) of a unit. */
const char *tx_unit_letter(int unit)
{
    switch (unit) {
    case TXU_SECOND: return "S";
    case TXU_MINUTE: return "M";
    case TXU_HOUR: return "H";
    case TXU_DAY: return "D";
    case TXU_WEEKEND: return "WE";
    case TXU_WEEK: return "W";
    case TXU_FORTNIGHT: return "W";
    case TXU_MONTH: return "M";
    case TXU_QUARTER: return "Q";
    case TXU_HALF: return "H";
    case TXU_YEAR: return "Y";
    case TXU_DECADE: return "DE";
    case TXU_CENTURY: return "CE";
    case TXU_MILLENNIUM: return "ML";
    default: return "X";
    }
}

/* 1 for hours, minutes and seconds (written after "PT"). */
int tx_unit_is_time(int unit)
{
    return unit == TXU_SECOND || unit == TXU_MINUTE || unit == TXU_HOUR;
}
