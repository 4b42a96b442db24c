/** ¶107: how feedback from children and families was sought and used to inform the work and influence services. */
import { reportRule } from './evidence.js';

const SOUGHT =
  /\bsurvey\w*|\basked\b|\bsought\b|\bgather\w*|\bcollect\w*|\bheard from\b|\bconsult\w*|\bpanels?\b|\bforums?\b|\bgroups?\b|\bcouncils?\b|\bchampions?\b|\bscrutineers?\b|\binterview\w*|\bfeedback\b|\blisten\w*|\bsessions?\b|\bworkshops?\b|\bresponses\b|\bparticipa\w*|\btold us\b|\bsaid\b|\byou said\b/i;
const USED =
  /\byou said\b|\bwe did\b|\bas a result\b|\bin response\b|\bled to\b|\bchanged?\b|\bchanges\b|\b(?:have |has |we )?(?:rewrote|rewritten|created|introduced|redesigned|produced|co-produced|developed|updated|improved|piloting|piloted)\b|\binfluenc\w*|\binform(?:ed|s)\b|\bshap(?:ed|es)\b|\bwhat we did with\b|\bhow we used\b|\bused (?:it|this|their|the feedback|what)\b|\bnow (?:must|go|goes|have|has|get|gets|include|includes|use|uses|write|writes|hold|holds|offer|offers|meet|meets|run|runs|ask|asks|see|sees|visit|visits|check|checks|record|records|send|sends|share|shares|attend|attends)\b|\bagreed (?:that|to)\b|\b(?:this|that|which) is why\b|\bbecause of what (?:they|you|children|young people|parents|families) (?:told|said)\b|\bfrom (?:\w+ )?20\d\d\b[^.]{0,60}\b(?:are|is) (?:now )?(?:shared|sent|offered|given|written|held|explained)\b/i;

/** Unmistakable feedback from children and families (not from practitioners). */
const VOICE =
  /\b(?:children|young people|families|parents|carers|pupils|students)(?: and (?:young people|families|parents|carers))? (?:told us|said|say|asked for|described)\b|\b(?:feedback|views|survey|consultation|responses?) (?:from|of|with) (?:the |our )?(?:\d[\d,]* )?(?:children|young people|families|parents|carers|pupils|students)\b|\basked (?:\d[\d,]* )?(?:children|young people|families|parents|carers|pupils)\b|\bsurvey of [\d,]+ (?:\w+ )?(?:pupils|young people|children|parents|students)\b|\b(?:youth|young people'?s|children'?s) (?:forum|council|panel|parliament|champions)\b|\byoung scrutineers\b|\bchildren in care councils?\b|\byou said\b/i;

export const childFamilyFeedback = reportRule(
  {
    id: 'yearly-report/child-family-feedback',
    level: 'should',
    appliesTo: ['yearly-report'],
    paragraphs: ['107'],
    citation: 'WT2023 ¶107',
    title: 'How feedback from children and families was sought and used to inform the work and influence services',
    description:
      'Looks for a section on children\'s and families\' voice ("Listening to children and families", "Voice of the child", "What children told us", "You said, we did", "Participation") and checks both halves of ¶107: how feedback was sought (surveys, panels, forums, young scrutineers, consultations) and how it was used (you said / we did, changed, introduced, as a result, influenced). A table of engagement activities and participant numbers alone is reported as missing how the feedback was used. Without such a section, a paragraph with unmistakable feedback from children or families ("young people told us", a survey of pupils, a youth forum) counts and needs the same two parts. Feedback from practitioners does not count.',
    example:
      '## Listening to children and families\n\n412 young people answered our survey. They told us they felt unsafe at the bus station; as a result, police patrols there were increased on Friday and Saturday evenings.',
  },
  {
    what: 'how feedback from children and families was sought and used to inform the partnership\'s work and influence services',
    headings: [
      /\bvoice\b/i,
      /\blisten(?:ing)? to\b|\bhearing (?:from|the)\b|\bhearing (?:children|young people|families|parents|voices)\b|\bhow (?:do )?we hear\b/i,
      /\b(?:what )?(?:children|young people|families|parents|carers)(?: and (?:young people|families|parents|carers))? (?:told|tell|said|say)\b/i,
      /\bfeedback\b/i,
      /\bparticipation\b|\bengag(?:ement|ing) with (?:children|young people|families|parents)\b|\b(?:children|young people)'?s? (?:engagement|involvement|participation)\b/i,
      /\byou said\b|\bco[- ]?production\b|\blived experience\b/i,
    ],
    notHeadings: [/\bpractitioners?\b|\bstaff\b|\bworkforce\b|\bprofessionals?\b/i],
    body: [[VOICE]],
    facets: [
      { missing: 'how feedback from children and families was sought (surveys, panels, forums, consultations)', any: [[SOUGHT]] },
      {
        missing: 'how the feedback from children and families was used to inform the partnership\'s work and influence services (what changed as a result)',
        any: [[USED]],
      },
    ],
    near: [/\bimpact\b|\beffective|\bwhat (?:we|the partnership) (?:did|have done)\b/i],
    done: true,
    templateHeading: 'Listening to children and families',
    templateBody:
      '${1:How we sought feedback from children, young people and families this year.}\n\n| You said | We did |\n|---|---|\n| ${2:what children or families told us} | ${3:what changed as a result} |',
  },
);
