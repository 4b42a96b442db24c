/** Vocabulary several yearly-report rules share. */

/** Child safeguarding practice reviews and the steps before them, in their 2018 and 2023 names. */
export const CSPR =
  /\b(?:rapid reviews?|LCSPRs?|CSPRs?|local child safeguarding practice reviews?|child safeguarding practice reviews?|practice reviews?|serious (?:incident|case) (?:notifications?|reviews?)|serious incidents?|case reviews?|SCRs?|safeguarding adults? reviews?)\b/i;

/** Months, for dates and timescales. */
export const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';

/** A measured change: "fell from 23% to 18%", "up from 64%", "40% more referrals", "halved". */
export const MEASURED_CHANGE =
  /\bfrom \d[\d,.]*%? to \d|\b(?:up|down) from\b|\b(?:fell|rose|reduced|increased|improved|dropped|declined|went (?:up|down)|halved|doubled|grew)\b[^.]{0,60}\d|\d[\d,.]*%? (?:more|fewer|less|higher|lower)\b|\b(?:fewer|more likely|less likely)\b[^.]{0,60}\d|\d[^.]{0,60}\b(?:fewer|more likely|less likely)\b|\breduction\b[^.]{0,40}\d|\d[^.]{0,40}\breduction\b|\b\d+ (?:of|out of) \d+\b[^.]{0,100}\b\d+ (?:of|out of) \d+\b|\d[^.]{0,80}\b(?:more|less|better|worse|clearer|fewer|higher|lower|quicker|faster|slower|(?!rather\b|other\b|whether\b|never\b)\w+er)\b(?:[ ,]+\w+){0,3} than (?:before|last year|the year before|the previous year|a year (?:ago|earlier)|in 20\d\d)\b/i;

/** Something the partners have actually done ("have introduced", "was formalised", "Complete"). */
export const IMPLEMENTED =
  /\b(?:have|has|had|we've)\s+(?:now\s+|already\s+|fully\s+)?(?:moved|implemented|introduced|appointed|revised|published|adopted|put in place|completed|updated|established|created|set up|aligned|embedded|changed|begun|started|reviewed|rolled out|signed off)\b|\bimplemented\b|\bin place\b|\bcomplete(?:d)?\b|\b(?:was|were) (?:formalised|introduced|implemented|appointed|revised|published|updated|adopted|rolled out|established)\b|\bwe (?:moved|introduced|appointed|revised|published|adopted|updated|established|created|set up|rolled out|aligned)\b/i;
