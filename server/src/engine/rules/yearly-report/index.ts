/** Every rule of this family; the registry imports this list. */
import type { Rule } from '../rule.js';
import { activity, effectiveness } from './activity.js';
import { partnerContributions } from './contributions.js';
import { scrutinyImpact, scrutinyThemes } from './scrutiny.js';
import { impactEvidence, littleProgress } from './impact.js';
import { keyDecisions, seriousIncidentLearning } from './learning.js';
import { childFamilyFeedback } from './feedback.js';
import { fundingBreakdown } from './funding.js';
import { educationRepresentation } from './education.js';
import { dataAndInformationSharing } from './data-sharing.js';
import { arrangementUpdates, nationalReforms } from './updates.js';
import { secureEstablishmentRestraint } from './restraint.js';
import { reportingPeriod } from './period.js';
import { submission } from './submission.js';
import { signOff } from './sign-off.js';

/** In catalogue order (requirements.md). */
export const rules: Rule[] = [
  activity,
  effectiveness,
  partnerContributions,
  scrutinyThemes,
  impactEvidence,
  littleProgress,
  seriousIncidentLearning,
  keyDecisions,
  childFamilyFeedback,
  fundingBreakdown,
  educationRepresentation,
  dataAndInformationSharing,
  scrutinyImpact,
  arrangementUpdates,
  nationalReforms,
  secureEstablishmentRestraint,
  reportingPeriod,
  submission,
  signOff,
];
