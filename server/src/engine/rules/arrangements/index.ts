/** Every rule of the arrangements family (WT2023 ¶103–105 and the paragraphs they point to); the registry imports this list. */
import type { Rule } from '../rule.js';
import { geography, independentScrutiny, practiceReviews, workingTogether } from './core.js';
import { scrutinyDetails } from './scrutiny.js';
import { chairSeparateFromScrutiny, delegatedPartnersNamed, leadPartnerRoles, leadPartnersNamed, partnershipChair, policeDspSeniority } from './people.js';
import { relevantAgencies, relevantAgencyContributions, vcseSports, youthCustodyResidential } from './agencies.js';
import { educationInclusion, educationStrategic } from './education.js';
import { dataIntelligence, escalationDisputes, informationSharing, trainingAudits, voiceOfChildren } from './practice.js';
import { funding } from './funding.js';
import { signOff, thresholdAlignment } from './documents.js';

/** In catalogue order. */
export const rules: Rule[] = [
  workingTogether,
  practiceReviews,
  independentScrutiny,
  scrutinyDetails,
  leadPartnersNamed,
  leadPartnerRoles,
  delegatedPartnersNamed,
  policeDspSeniority,
  partnershipChair,
  chairSeparateFromScrutiny,
  geography,
  relevantAgencies,
  relevantAgencyContributions,
  educationInclusion,
  educationStrategic,
  vcseSports,
  youthCustodyResidential,
  informationSharing,
  dataIntelligence,
  trainingAudits,
  funding,
  voiceOfChildren,
  escalationDisputes,
  thresholdAlignment,
  signOff,
];
